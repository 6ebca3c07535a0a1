#pragma once

#include <QString>

namespace deliverboard {

// Where in the SMTP conversation a delivery attempt ended. The ids are stable: they are
// stored in the database and printed in JSON.
enum class SmtpStage {
    Unknown,
    Dns,             // MX/A lookup of the recipient domain
    Connect,         // TCP connection to the receiving server
    Greeting,        // the server's 220 banner
    Helo,            // EHLO/HELO/LHLO
    StartTls,        // STARTTLS and the TLS handshake
    Auth,            // SMTP AUTH
    MailFrom,        // MAIL FROM
    RcptTo,          // RCPT TO
    Data,            // DATA command
    EndOfData,       // the message body and the final "."
    AfterAcceptance, // the server said 250, the failure came back later as mail
    Local,           // local/virtual/pipe delivery on the sending host
};

QString stageId(SmtpStage stage);
SmtpStage stageFromId(const QString& id);

} // namespace deliverboard
