#pragma once

#include "MimeEntity.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace deliverboard::mail {

// An address a text bounce names, and where.
struct RecipientMention {
    QString address;
    int firstLine = -1; // line where the failure about it starts, -1 when not in the report
    bool strong = false;
};

// The addresses the report lines name as failed recipients, with the line where each is
// first shown as failed: X-Failed-Recipients, then addresses on lines that read like a
// failure about them ("RCPT TO:", "<a@b>... User unknown", a bare address). Addresses in
// `excluded` (the bounce's own parties) count only when nothing else is found.
QList<RecipientMention> findRecipientMentions(const MimeEntity& message, const QStringList& lines, QSet<QString> excluded);

} // namespace deliverboard::mail
