#pragma once

#include "TextBounceParser.h"

#include <QList>
#include <QString>

namespace deliverboard::mail {

// Netscape Messaging Server's own report (issue 13, a format that came out `unknown`): the
// reason stated once as a paragraph after "This Message was undeliverable due to the
// following reason:", then one or more "The following recipient(s) did not receive your
// message:" lines, each followed by indented "<address>" lines (NMS 3.x; au EZweb writes the
// same lists, Sisimai's EZweb parser), or, NMS 4.x, "Recipient: <address>" / "Reason: <the
// remote server's reply>" pairs. flufl.bounce's netscape detector reads both layouts (it
// names the NMS 3.6 and 4.1 servers it saw them from).
// The recipients come from those lists only, never from the reason paragraph or the quoted
// original; every recipient gets the reason paragraph as its diagnostic.
class NetscapeReport {
public:
    static bool matches(const QString& reportText);
    static QList<TextBounceRecipient> parse(const QString& reportText);
};

} // namespace deliverboard::mail
