// RFC 3464 delivery status notifications, in the two shapes that make up most bounces
// after acceptance: Postfix's (a small company's MX that accepted, then failed to hand the
// message on) and Exchange Online's NDR (a Microsoft 365 tenant that looks recipients up
// only after accepting).

#include "ReturnedMailWriter.h"

#include "TimeFormat.h"

namespace {

const char kPostfixPreamble[] =
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n"
    "\n"
    "For further assistance, please send mail to postmaster.\n"
    "\n"
    "If you do so, please include this problem report. You can\n"
    "delete your own text from the attached returned message.\n"
    "\n"
    "                   The mail system\n";

const char kPostfixWarning[] =
    "####################################################################\n"
    "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
    "####################################################################\n"
    "\n"
    "Your message could not be delivered for more than 4 hour(s).\n"
    "It will be retried until it is 5 day(s) old.\n"
    "\n"
    "For further assistance, please send mail to postmaster.\n"
    "\n"
    "If you do so, please include this problem report. You can\n"
    "delete your own text from the attached returned message.\n"
    "\n"
    "                   The mail system\n";

// The host behind the MX and what the DSN says about it.
struct Hop {
    QByteArray host;
    QByteArray ip;
    const char* stage; // "RCPT TO", "end of DATA"
};

Hop hopOf(const ReturnedItem& item) {
    const QByteArray& domain = item.domain.name;
    const quint64 t = item.after.token;
    const QByteArray internal = "10.20.0." + QByteArray::number(5 + Prng::mix(t + 3) % 40);
    switch (item.after.reply) {
    case ReplyKind::LateForwardUnknown:
        if (item.after.forwardTo.endsWith("@t-online.de"))
            return {"mx00.t-online.de", "194.25.134.8", "RCPT TO"};
        return {"mx01.mail.icloud.com", "17.57.155.23", "RCPT TO"};
    case ReplyKind::LateMailboxFull:
        return {"mailstore." + domain, "private/dovecot-lmtp", "end of DATA"};
    case ReplyKind::LateSpamContent:
        return {"filter." + domain, internal, "end of DATA"};
    default:
        return {"exchange01." + domain, internal, ""};
    }
}

// A Postfix bounce(8) message: text part, delivery-status, the returned message's headers.
// originalRcpt differs from finalRcpt for a forward; namesOriginal: the DSN carries it as
// Original-Recipient (Postfix does when the sender passed ORCPT).
QByteArray postfixDsn(const QByteArray& reportingHost, const QByteArray& finalRcpt,
                      const QByteArray& originalRcpt, bool namesOriginal, const Hop& hop,
                      ReplyKind reply,
                      const QByteArray& diagnostic, std::int64_t arrivalAt, std::int64_t at,
                      int offset, quint64 token, const QByteArray& headers) {
    const bool delayed = replyInfo(reply).cls == ReplyClass::Temp;
    const QByteArray boundary = hexId(token + 21, 10) + '.' + QByteArray::number(at / kUsecPerSec) +
                                "/" + reportingHost;
    const QByteArray queueId = hexId(token + 22, 10);
    QByteArray m;
    m += QByteArray("Return-Path: <>\n");
    m += "Received: from " + reportingHost + " (" + reportingHost + " [198.51.100." +
         QByteArray::number(1 + Prng::mix(token + 4) % 250) +
         "])\n\tby " + kInboundHost + " (Postfix) with ESMTPS id " + hexId(token + 23, 10) +
         "\n\tfor <" + kSender + ">; " + rfc5322Date(at + 2 * kUsecPerSec, offset) + '\n';
    m += "Date: " + rfc5322Date(at, offset) + '\n';
    m += "From: MAILER-DAEMON@" + reportingHost + " (Mail Delivery System)\n";
    m += delayed ? "Subject: Delayed Mail (still being retried)\n"
                 : "Subject: Undelivered Mail Returned to Sender\n";
    m += QByteArray("To: ") + kSender + '\n';
    m += "Auto-Submitted: auto-replied\n";
    m += "MIME-Version: 1.0\n";
    m += "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + boundary +
         "\"\n";
    m += "Content-Transfer-Encoding: 8bit\n";
    m += "Message-Id: <" + hexId(token + 24, 12) + '.' + queueId +
         '@' + reportingHost + ">\n\n";
    m += "This is a MIME-encapsulated message.\n\n";

    m += "--" + boundary +
         "\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n";
    m += "This is the mail system at host " + reportingHost + ".\n\n";
    m += delayed ? kPostfixWarning : kPostfixPreamble;
    m += "\n<" + finalRcpt + '>';
    if (finalRcpt != originalRcpt)
        m += " (expanded from <" + originalRcpt + ">)";
    if (delayed)
        m += ": " + diagnostic + '\n';
    else
        m += ": host " + hop.host + '[' + hop.ip + "] said: " + diagnostic + " (in reply to " +
             hop.stage + " command)\n";

    m += "\n--" + boundary + "\nContent-Description: Delivery report\n"
                             "Content-Type: message/delivery-status\n\n";
    m += "Reporting-MTA: dns; " + reportingHost + '\n';
    m += "X-Postfix-Queue-ID: " + queueId + '\n';
    m += QByteArray("X-Postfix-Sender: rfc822; ") + kSender + '\n';
    m += "Arrival-Date: " + rfc5322Date(arrivalAt, offset) + "\n\n";
    m += "Final-Recipient: rfc822; " + finalRcpt + '\n';
    if (namesOriginal)
        m += "Original-Recipient: rfc822;" + originalRcpt + '\n';
    m += delayed ? "Action: delayed\n" : "Action: failed\n";
    m += QByteArray("Status: ") + replyInfo(reply).enhanced + '\n';
    if (delayed) {
        m += "Diagnostic-Code: X-Postfix; " + diagnostic + '\n';
        m += "Will-Retry-Until: " + rfc5322Date(arrivalAt + 5 * 24 * kUsecPerHour, offset) + '\n';
    } else {
        m += "Remote-MTA: dns; " + hop.host + '\n';
        m += "Diagnostic-Code: smtp; " + diagnostic + '\n';
    }

    m += "\n--" + boundary + "\nContent-Description: " +
         (delayed ? QByteArray("Delayed Message Headers") : QByteArray("Undelivered Message Headers")) +
         "\nContent-Type: text/rfc822-headers\n\n";
    m += headers;
    m += "\n--" + boundary + "--\n";
    return m;
}

// Exchange Online's NDR for a recipient its directory does not know.
QByteArray exchangeNdr(const ReturnedItem& item, const MailContext& c, const QByteArray& diagnostic) {
    const quint64 t = item.after.token;
    const std::int64_t at = item.after.returnedAt;
    QByteArray tenant = item.domain.name;
    tenant.chop(int(sizeof(".example") - 1));
    tenant.replace("-", "");
    const QByteArray server = "AM9PR04MB" + QByteArray::number(8000 + Prng::mix(t + 5) % 1999) +
                              ".eurprd04.prod.outlook.com";
    const QByteArray boundary = "_000_" + hexId(t + 31, 24) + "_";
    const QByteArray rcpt = item.address;
    QByteArray m;
    m += "Return-Path: <>\n";
    m += "Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound."
         "protection.outlook.com [40.107.22.91])\n\tby " +
         QByteArray(kInboundHost) + " (Postfix) with ESMTPS id " + hexId(t + 32, 10) + "\n\tfor <" +
         kSender + ">; " + rfc5322Date(at + 3 * kUsecPerSec, c.localOffset) + '\n';
    m += "From: Microsoft Outlook <postmaster@" + tenant + ".onmicrosoft.com>\n";
    m += QByteArray("To: <") + kSender + ">\n";
    m += "Date: " + rfc5322Date(at, 0) + '\n';
    m += "Subject: Undeliverable: " + encodedWord(c.subject) + '\n';
    m += "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + boundary +
         "\"\n";
    m += "Content-Language: en-US\n";
    m += "Message-ID: <" + hexId(t + 33, 8) + '-' + hexId(t + 34, 4) + '-' + hexId(t + 35, 4) + '-' +
         hexId(t + 36, 4) + '-' + hexId(t + 37, 12) + '@' + server + ">\n";
    m += "In-Reply-To: " + item.msgId + '\n';
    m += "References: " + item.msgId + '\n';
    m += "Auto-Submitted: auto-replied\n";
    m += "X-MS-Exchange-Message-Is-Ndr:\n";
    m += "MIME-Version: 1.0\n\n";

    m += "--" + boundary + "\nContent-Type: text/plain; charset=\"us-ascii\"\n\n";
    m += "Delivery has failed to these recipients or groups:\n\n";
    m += rcpt + " (" + rcpt + ")\n";
    m += "The email address you entered couldn't be found. Please check the recipient's email "
         "address and try to send the message again. If the problem continues, please contact "
         "your helpdesk.\n\n";
    m += "Diagnostic information for administrators:\n\n";
    m += "Generating server: " + server + "\n\n";
    m += rcpt + "\nRemote Server returned '" + diagnostic + "'\n\n";

    m += "--" + boundary + "\nContent-Type: message/delivery-status\n\n";
    m += "Reporting-MTA: dns;" + server + '\n';
    m += "Received-From-MTA: dns;mail.demo-shop.example\n";
    m += "Arrival-Date: " + rfc5322Date(item.after.deliveredAt, 0) + "\n\n";
    m += "Original-Recipient: rfc822;" + rcpt + '\n';
    m += "Final-Recipient: rfc822;" + rcpt + '\n';
    m += "Action: failed\n";
    m += QByteArray("Status: ") + replyInfo(item.after.reply).enhanced + '\n';
    m += "Diagnostic-Code: smtp;" + diagnostic + "\n\n";

    m += "--" + boundary + "\nContent-Type: text/rfc822-headers\n\n";
    m += originalHeaders(originalOf(item, c));
    m += "\n--" + boundary + "--\n";
    return m;
}

} // namespace

QByteArray renderDsn(const ReturnedItem& item, const MailContext& c) {
    const Aftermath& a = item.after;
    const bool forward = a.reply == ReplyKind::LateForwardUnknown;
    const QByteArray finalRcpt = forward ? a.forwardTo : item.address;
    ReplyContext rc;
    rc.domain = &item.domain;
    rc.rcpt = finalRcpt;
    rc.token = a.token;
    QByteArray diagnostic;
    appendReplyText(diagnostic, a.reply, rc);
    if (a.reply == ReplyKind::LateM365NotFound)
        return exchangeNdr(item, c, diagnostic);
    return postfixDsn(item.domain.mx[item.mx].host, finalRcpt, item.address, a.namesOriginal,
                      hopOf(item), a.reply, diagnostic, a.deliveredAt, a.returnedAt,
                      c.localOffset, a.token, originalHeaders(originalOf(item, c)));
}

QByteArray renderUnmatchedDsn(std::int64_t at, quint64 token, const MailContext& c) {
    // The winter sale went out in December; its bounce for a shared mailbox that has since
    // been deleted was stuck in the company's queue and comes back during this send. Neither
    // the address nor the Message-ID belongs to this campaign.
    const QByteArray host = "mail.holzbau-keller.example";
    const QByteArray rcpt = "vertrieb@holzbau-keller.example";
    OriginalMessage o;
    o.rcpt = rcpt;
    o.msgId = "<nl-winter25.1873." + hexId(token + 1, 8).toLower() + "@mail.demo-shop.example>";
    o.subject = "Winter Sale 2025";
    o.mxHost = host;
    o.sentAt = at - 88 * 24 * kUsecPerHour;
    o.receivedAt = o.sentAt + 40 * kUsecPerSec;
    o.offsetSeconds = c.localOffset;
    o.token = token;
    Hop hop{"mailbox01.holzbau-keller.example", "10.1.1.20", "RCPT TO"};
    const QByteArray diagnostic =
        "550 5.1.1 <" + rcpt + ">: Recipient address rejected: User unknown in virtual mailbox table";
    return postfixDsn(host, rcpt, rcpt, true, hop, ReplyKind::LateForwardUnknown, diagnostic, o.receivedAt,
                      at, c.localOffset, token, originalHeaders(o));
}
