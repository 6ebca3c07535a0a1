#pragma once

#include "TextBounceParser.h"

#include <QList>
#include <QString>

namespace deliverboard::mail {

// The report text of PMDF and its descendants, Sun ONE / Oracle Communications Messaging
// Server ("Your message cannot be delivered to the following recipients:" then one
// indented block per recipient: "Recipient address: X", optionally "Original address: Y",
// then "Reason: ...", "Diagnostic code: ...", "Remote system: ..."; PMDF 5.2 writes its
// VMS error lines, e.g. "-SYSTEM-F-EXDISKQUOTA, disk quota exceeded", in place of
// "Reason:"). Sisimai's MessagingServer parser reads the same labels. A block ends at a
// blank line. The diagnostic is the block without its address and host lines (addresses
// and host names are no evidence), "Diagnostic code:" first so that its reply code leads.
// The recipient is the original address when there is one (the address as the sender gave
// it, RFC 3464 2.3.1), else the recipient address; `alias` keeps the other one so that the
// block can be found under a DSN's Final-Recipient too.
struct MessagingServerBlock {
    TextBounceRecipient recipient;
    QString alias;
};

class MessagingServerReport {
public:
    static bool matches(const QString& reportText);
    static QList<MessagingServerBlock> blocks(const QString& reportText);
    static QList<TextBounceRecipient> parse(const QString& reportText);
};

} // namespace deliverboard::mail
