#pragma once

#include "model/SmtpStage.h"

#include <QString>
#include <QStringView>

namespace deliverboard {

// The parenthesised text after `status=WORD` on a Postfix recipient line, taken apart:
// who answered, the reply code and enhanced code, a clean reply text and the SMTP stage
// (FORMATS.md section 2.4).
struct PostfixStatusText {
    QString remoteHost;  // host named in the text ("host X[ip] said", "connect to X[ip]")
    QString remoteIp;
    QString code;        // "550"; empty when no server replied
    QString enhanced;    // ESC written in the reply itself (not Postfix's dsn=)
    QString reply;       // the reply or condition, without continuation prefixes
    SmtpStage stage = SmtpStage::Unknown;
    bool suppressed = false;        // "delivery temporarily suspended": no network attempt now
    bool possibleDuplicate = false; // timed out after the body was sent

    static PostfixStatusText parse(QStringView text);
};

// Splits `host[ip]` or `host[ip]:port` (IPv6 inside the brackets keeps its colons).
void splitHostAddress(QStringView text, QString& host, QString& ip, int* port = nullptr);

} // namespace deliverboard
