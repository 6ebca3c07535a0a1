#pragma once

#include <QByteArray>
#include <QString>

// Handmade returned mail for tests: an RFC 3464 DSN, an RFC 5965 ARF report and an
// RFC 3834 auto-reply, each about one recipient of a "news@example.org" campaign.
namespace returnedmail {

inline QByteArray dsn(const QString& recipient, const QString& action, const QString& status,
               const QString& diagnostic, const QString& messageId)
{
    return QStringLiteral(
               "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
               "To: news@example.org\n"
               "Subject: Undelivered Mail Returned to Sender\n"
               "Date: Sun, 15 Mar 2026 10:00:00 +0000\n"
               "MIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"BOUNDARY\"\n"
               "\n"
               "--BOUNDARY\n"
               "Content-Type: text/plain\n"
               "\n"
               "Your message could not be delivered.\n"
               "\n"
               "--BOUNDARY\n"
               "Content-Type: message/delivery-status\n"
               "\n"
               "Reporting-MTA: dns; mx.example.net\n"
               "\n"
               "Final-Recipient: rfc822; %1\n"
               "Action: %2\n"
               "Status: %3\n"
               "Diagnostic-Code: smtp; %4\n"
               "\n"
               "--BOUNDARY\n"
               "Content-Type: text/rfc822-headers\n"
               "\n"
               "From: news@example.org\n"
               "To: %1\n"
               "Message-ID: <%5>\n"
               "Subject: Spring news\n"
               "\n"
               "--BOUNDARY--\n")
        .arg(recipient, action, status, diagnostic, messageId)
        .toUtf8();
}

inline QByteArray arf(const QString& recipient)
{
    return QStringLiteral(
               "From: feedback@fbl.example.net\n"
               "To: abuse@example.org\n"
               "Subject: FW: Spring news\n"
               "MIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=feedback-report; boundary=\"B2\"\n"
               "\n"
               "--B2\n"
               "Content-Type: text/plain\n"
               "\n"
               "This is an email abuse report.\n"
               "\n"
               "--B2\n"
               "Content-Type: message/feedback-report\n"
               "\n"
               "Feedback-Type: abuse\n"
               "User-Agent: ExampleFBL/1.0\n"
               "Version: 1\n"
               "Original-Rcpt-To: %1\n"
               "\n"
               "--B2\n"
               "Content-Type: message/rfc822\n"
               "\n"
               "From: news@example.org\n"
               "To: %1\n"
               "Subject: Spring news\n"
               "\n"
               "Hello\n"
               "--B2--\n")
        .arg(recipient)
        .toUtf8();
}

inline QByteArray autoReply(const QString& from)
{
    return QStringLiteral("From: %1\nTo: news@example.org\nSubject: Abwesenheitsnotiz: Spring news\n"
                          "Auto-Submitted: auto-replied\nDate: Sun, 15 Mar 2026 10:00:00 +0000\n\n"
                          "Ich bin bis 20. März nicht im Büro.\n")
        .arg(from)
        .toUtf8();
}

} // namespace returnedmail
