#pragma once

#include "model/Outcome.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace deliverboard::ui {

// Translated display names of the core's stable ids, so that every view names an outcome
// or an SMTP stage the same way, in the user's language.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString outcome(Outcome outcome);
    static QString stage(const QString& stageId);
    static QString isp(const QString& ispId);
    static QString reason(const QString& reasonId);
    static QString reasonExplanation(const QString& reasonId);
    static QString attemptStatus(const QString& status);
    // One color per outcome, chosen to stay distinguishable on light and dark palettes.
    static QColor outcomeColor(Outcome outcome);
    static QString percent(qint64 part, qint64 whole);
    // The UI language ("en", "de", "nl") the reason catalog should answer in.
    static QString language();
};

} // namespace deliverboard::ui
