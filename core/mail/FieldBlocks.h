#pragma once

#include "MimeEntity.h"

#include <QList>
#include <QString>

namespace deliverboard::mail {

// Reads "Name: value" fields (RFC 822 style, with folded continuation lines) as they
// appear in message/delivery-status, message/feedback-report and text/rfc822-headers.
// Lines that are no field are skipped. The fields are returned in order; a blank line
// is reported as a field with an empty name (a group separator).
QList<MailHeader> readFields(const QString& text);

// Address from a DSN/ARF address field: "rfc822; <User@Example.org>" -> "User@Example.org".
QString addressFromField(const QString& value);

} // namespace deliverboard::mail
