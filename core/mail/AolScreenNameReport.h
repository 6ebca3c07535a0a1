#pragma once

#include "MimeEntity.h"
#include "TextBounceParser.h"

#include <QList>
#include <QString>

namespace deliverboard::mail {

// AOL's own report for mail its members refuse (From: MAILER-DAEMON@aol.com, "Your mail to
// the following recipients could not be delivered because they are not accepting mail
// from x@y:" or "... with attachments or embedded images:"), followed by one indented AOL
// screen name per line. A screen name is the local part of the member's aol.com address,
// so "screenname" is screenname@aol.com; a line that already is an address stays as it is.
// The report names no other address of the recipient, and the sender's own address in
// the sentence is not one.
class AolScreenNameReport {
public:
    // Sent from aol.com and worded as that report.
    static bool matches(const MimeEntity& message, const QString& reportText);
    // One recipient per listed screen name, the sentence as its diagnostic.
    static QList<TextBounceRecipient> parse(const QString& reportText);
};

} // namespace deliverboard::mail
