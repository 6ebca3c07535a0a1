#pragma once

#include "PostfixStatusText.h"

#include <QByteArrayView>
#include <QString>

namespace deliverboard {

// One Postfix log message body (the part after `postfix/<daemon>[pid]: `), classified
// by what it means for the delivery of a queued message (FORMATS.md section 2).
struct PostfixEvent {
    enum class Kind {
        Ignored,         // no queue id or nothing about delivery (TLS, warnings, stats)
        MessageOpened,   // smtpd `client=` / pickup `uid=`: a new queue file exists
        Sender,          // pickup `uid= from=` or qmgr `from=, size=, nrcpt=`
        MessageId,       // cleanup `message-id=`
        RecipientResult, // `to=..., status=sent|deferred|bounced`
        Expired,         // qmgr `status=expired, returned to sender`
        Removed,         // qmgr `removed`
        AdminRemoved,    // postsuper `removed`
        Rejected,        // cleanup milter-reject/reject: the message was never queued
        Probe,           // address verification result, not a delivery
    };

    Kind kind = Kind::Ignored;
    QString queueId;

    QString sender; // Sender/Expired; "" for the null sender <>
    bool senderKnown = false;
    qint64 size = -1;
    int nrcpt = 0;
    QString messageId;

    // RecipientResult
    QString recipient;
    QString originalRecipient;
    QString relay;     // raw relay= value
    QString relayHost; // host part ("none", "local" and transport names stay as they are)
    QString relayIp;
    int relayPort = 0;
    QString dsn;
    QString status; // sent, deferred, bounced (SOFTBOUNCE becomes deferred)
    bool softBounce = false;
    bool truncated = false; // the line was cut before the closing ')'
    PostfixStatusText text;
};

// Stateless: parses one body. `daemon` is the last component of the program tag.
class PostfixLineParser {
public:
    static bool isPostfixProgram(const QString& program);
    static PostfixEvent parse(const QString& daemon, QStringView body);
    static bool looksLikeQueueId(QStringView token);
};

} // namespace deliverboard
