#pragma once

#include "model/DeliveryClass.h"
#include "model/SmtpStage.h"

#include <QString>

namespace deliverboard::mail {

// What kind of returned mail a record came from.
enum class ReturnedKind { Dsn, TextBounce, Arf, AutoReply, Unknown };

QString kindId(ReturnedKind kind); // "dsn", "text-bounce", "arf", "auto-reply", "unknown"
ReturnedKind kindFromId(const QString& id); // Unknown for any other text

// One recipient found in one returned mail.
struct ReturnedMailRecord {
    QString file;
    QString recipient;
    DeliveryClass cls = DeliveryClass::Unknown;
    QString reason = QStringLiteral("undefined");
    SmtpStage stage = SmtpStage::Unknown;
    QString code;
    QString enhanced;
    QString isp = QStringLiteral("other");
    QString diagnostic;
    QString originalMessageId; // from the attached original's headers, without <>
    QString verpRecipient;     // recipient encoded in a VERP return path (bounce+user=domain@...)
    QString action;            // DSN Action in lower case (failed, delayed, delivered, ...) when known
    QString remoteMta;
    QString lastAttempt;
    // When the returned mail says the failure happened (DSN Last-Attempt-Date, else the
    // mail's Date), in ms since the epoch; 0 when unknown. Picks the right delivery when
    // a recipient got several messages of the campaign.
    qint64 reportedAt = 0;
    ReturnedKind kind = ReturnedKind::Unknown;
    int messageIndex = 0; // position of the message in an mbox file
};

} // namespace deliverboard::mail
