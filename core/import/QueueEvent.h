#pragma once

#include "model/SmtpStage.h"

#include <QString>

namespace deliverboard {

// What an MTA log line says about the remote answer: who answered, the reply code and
// enhanced code, a clean reply text and the SMTP stage.
struct ReplyDetails {
    QString remoteHost;  // host named in the text ("host X[ip] said", "connect to X[ip]")
    QString remoteIp;
    QString code;        // "550"; empty when no server replied
    QString enhanced;    // ESC written in the reply itself (not Postfix's dsn=)
    QString reply;       // the reply or condition, without continuation prefixes
    SmtpStage stage = SmtpStage::Unknown;
    bool suppressed = false;        // "delivery temporarily suspended": no network attempt now
    bool bookkeeping =
        false; // the line carries no reply of its own (Exim "retry time not reached")
    bool possibleDuplicate = false; // timed out after the body was sent
};

// One MTA log line, classified by what it means for the delivery of a queued message.
// Postfix, Exim and PowerMTA lines all become these, so one correlator serves them all.
struct QueueEvent {
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
        Complaint,       // a feedback-loop report the MTA processed (PowerMTA `f`): `recipient` complained
    };

    Kind kind = Kind::Ignored;
    QString queueId; // Postfix queue id, Exim message id, or a key made for PowerMTA records

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
    bool exhausted = false; // the MTA gave up on this recipient (Exim retry timeout)
    ReplyDetails text;
};

} // namespace deliverboard
