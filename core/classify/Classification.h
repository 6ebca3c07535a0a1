#pragma once

#include "model/DeliveryClass.h"
#include "model/SmtpStage.h"

#include <QString>

namespace deliverboard {

// What the MTA itself did with the recipient after this reply, when known. It keeps a
// reply that reads like a hard bounce but was only deferred (soft_bounce=yes) honest.
enum class MtaVerdict { Unknown, Accepted, Temporary, Permanent };

// Everything known about one reply when it is classified.
struct ReplyInput {
    QString text;     // full reply or diagnostic text, as logged (may contain code and ESC)
    QString code;     // SMTP reply code if known separately ("550")
    QString enhanced; // RFC 3463 enhanced status code if known separately ("5.1.1")
    SmtpStage stage = SmtpStage::Unknown; // stage when the log already tells it
    QString recipient; // recipient address or just its domain
    QString relayHost; // MX/relay host name that answered, if any
    MtaVerdict verdict = MtaVerdict::Unknown;
    // A returned-mail report after which nobody retries (DSN `Action: failed`). A
    // temporary code in it still says why the message failed in the end, so the class
    // follows the reason (contract section 3: a later bounce counts "by its own reason").
    bool finalReport = false;
};

// The engine's answer. `ruleId` names the rule that decided, so `explain` can show why.
struct Classification {
    DeliveryClass cls = DeliveryClass::Unknown;
    QString reason = QStringLiteral("undefined"); // contract section 6 id
    SmtpStage stage = SmtpStage::Unknown;
    QString code;     // reply code found (input or text)
    QString enhanced; // enhanced status code found (input, text, or derived)
    QString ispId = QStringLiteral("other");
    Blame blame = Blame::Unknown;
    QString ruleId;
    QString helpUrl; // the ISP's error-code help page, deep-linked when the ISP allows
};

} // namespace deliverboard
