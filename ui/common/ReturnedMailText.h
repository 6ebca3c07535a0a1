#pragma once

#include "report/MessageRows.h"

#include <QCoreApplication>

namespace deliverboard::ui {

// Returned mail (DSNs, text bounces, ARF reports, auto-replies) as plain text: one block
// per mail with kind, class, reason, codes and the diagnostic. What a remote server wrote
// is never interpreted as markup by whoever shows this text.
class ReturnedMailText {
    Q_DECLARE_TR_FUNCTIONS(ReturnedMailText)
public:
    static QString kind(const QString& kindId);
    static QString format(const QList<ReturnedMailRow>& rows, bool withRecipient = false);
};

} // namespace deliverboard::ui
