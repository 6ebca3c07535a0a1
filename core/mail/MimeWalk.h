#pragma once

#include "MimeEntity.h"

#include <QList>
#include <QString>

namespace deliverboard::mail {

// Navigation over a parsed message that the returned-mail parsers share.

// Leaf parts of the message itself (not inside an attached message), in order.
QList<const MimeEntity*> ownLeaves(const MimeEntity& message);
// First own leaf of one of the given types (e.g. "message/delivery-status").
const MimeEntity* findOwnLeaf(const MimeEntity& message, const QStringList& types);
// Headers of the attached original: a message/rfc822 part, text/rfc822-headers, or none.
QList<MailHeader> attachedOriginalHeaders(const MimeEntity& message);
// Every address in a header value ("A <a@x>, b@y").
QStringList addressesIn(const QString& value);
// "<id@host>" -> "id@host"
QString bareMessageId(const QString& value);

} // namespace deliverboard::mail
