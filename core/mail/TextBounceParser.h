#pragma once

#include "MimeEntity.h"
#include "SmtpTranscript.h"
#include "model/SmtpStage.h"

#include <QList>
#include <QString>

namespace deliverboard::mail {

struct TextBounceRecipient {
    QString recipient;
    QString diagnostic; // the error text about this recipient, whitespace collapsed
    SmtpStage stage = SmtpStage::Unknown; // when a quoted SMTP transcript shows the command that failed
};

// Bounces whose facts sit only in human-readable text (qmail, Exim, Sendmail
// transcripts, Exchange/Office 365, Gmail, Yahoo, GMX, T-Online, Domino, ... in English,
// German, Dutch, French). Works on wording shapes, not on vendor names.
class TextBounceParser {
public:
    // The message looks like a non-delivery report (sender, subject or body wording).
    static bool looksLikeBounce(const MimeEntity& message);
    // The readable report text of the message, without the quoted original.
    static QString reportText(const MimeEntity& message);
    // All readable text of the message itself (attached originals excluded).
    static QString bodyText(const MimeEntity& message);
    static QList<TextBounceRecipient> parse(const MimeEntity& message);
    // Message-ID of the original when it is quoted in the text body.
    static QString quotedMessageId(const MimeEntity& message);
    // The SMTP session quoted in the report, if any.
    static SmtpTranscript transcript(const MimeEntity& message);
};

} // namespace deliverboard::mail
