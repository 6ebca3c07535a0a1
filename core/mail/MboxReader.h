#pragma once

#include <QByteArray>
#include <QList>

namespace deliverboard::mail {

// Splits a file into messages: an mbox ("From " separator lines, ">From " unescaped) or
// a single message (.eml). Empty input gives no message.
QList<QByteArray> splitMailbox(const QByteArray& data);

} // namespace deliverboard::mail
