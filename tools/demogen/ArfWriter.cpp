// RFC 5965 abuse reports as the feedback loops of Yahoo/AOL, Microsoft (JMRP) and Comcast
// send them to the address the sender registered: a human-readable part, the machine-readable
// message/feedback-report, and the complained-about message itself.

#include "ReturnedMailWriter.h"

#include "TimeFormat.h"

namespace {

struct FeedbackLoop {
    const char* from;
    const char* subjectPrefix; // nullptr: a fixed subject naming our IP
    const char* userAgent;
    const char* reportingMta;
    const char* relayHost; // the FBL's outbound host, in our Received header
    const char* relayIp;
};

FeedbackLoop loopOf(Isp isp) {
    switch (isp) {
    case Isp::Yahoo:
        return {"Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>", "FW: ",
                "Yahoo!-Mail-Feedback/2.0", "dns; arf.mail.yahoo.com",
                "sonic314-21.consmr.mail.bf2.yahoo.com", "74.6.132.83"};
    case Isp::Comcast:
        return {"Comcast Feedback Loop <feedbackloop@comcastfbl.senderscore.net>", nullptr,
                "ReturnPathFBL/2.0", "dns; comcastfbl.senderscore.net",
                "fbl-out1.senderscore.net", "198.2.178.19"};
    default:
        return {"staff@hotmail.com", nullptr, "Microsoft JMRP/1.0",
                "dns; jmrp.mail.outlook.com", "mail-vi1eur05on2062.outbound.protection.outlook.com",
                "40.107.21.62"};
    }
}

} // namespace

QByteArray renderArf(const ReturnedItem& item, const MailContext& c) {
    const quint64 t = item.after.token;
    const std::int64_t at = item.after.returnedAt;
    const FeedbackLoop loop = loopOf(item.domain.isp);
    const QByteArray boundary = "----=_Part_" + QByteArray::number(100000 + Prng::mix(t + 41) % 899999) +
                                '_' + hexId(t + 42, 12);
    const QByteArray subject =
        loop.subjectPrefix ? loop.subjectPrefix + c.subject
                           : QByteArray("complaint about message from ") + kOurIp;
    QByteArray m;
    m += "Return-Path: <>\n";
    m += QByteArray("Received: from ") + loop.relayHost + " (" + loop.relayHost + " [" +
         loop.relayIp + "])\n\tby " + kInboundHost + " (Postfix) with ESMTPS id " +
         hexId(t + 43, 10) + "\n\tfor <" + kFblAddress + ">; " +
         rfc5322Date(at + 2 * kUsecPerSec, c.localOffset) + '\n';
    m += QByteArray("From: ") + loop.from + '\n';
    m += QByteArray("To: ") + kFblAddress + '\n';
    m += "Subject: " + encodedWord(subject) + '\n';
    m += "Date: " + rfc5322Date(at, 0) + '\n';
    m += "Message-ID: <" + hexId(t + 44, 16).toLower() + ".arf@" +
         QByteArray(loop.reportingMta).mid(5) + ">\n";
    m += "MIME-Version: 1.0\n";
    m += "Content-Type: multipart/report; report-type=feedback-report;\n\tboundary=\"" + boundary +
         "\"\n\n";
    m += "This is a multi-part message in MIME format.\n\n";

    m += "--" + boundary + "\nContent-Type: text/plain; charset=\"us-ascii\"\n"
                           "Content-Transfer-Encoding: 7bit\n\n";
    m += QByteArray("This is an email abuse report for an email message received from IP ") +
         kOurIp + " on " + rfc5322Date(item.after.deliveredAt, 0) + ".\n";
    m += "A user of this service has marked the attached message as spam.\n";
    m += "For more information about this format please see https://www.rfc-editor.org/rfc/rfc5965\n\n";

    m += "--" + boundary + "\nContent-Type: message/feedback-report\n\n";
    m += "Feedback-Type: abuse\n";
    m += QByteArray("User-Agent: ") + loop.userAgent + '\n';
    m += "Version: 1\n";
    m += QByteArray("Original-Mail-From: <") + kSender + ">\n";
    m += "Original-Rcpt-To: <" + item.address + ">\n";
    m += "Arrival-Date: " + rfc5322Date(item.after.deliveredAt, 0) + '\n';
    m += QByteArray("Reporting-MTA: ") + loop.reportingMta + '\n';
    m += QByteArray("Source-IP: ") + kOurIp + '\n';
    m += "Reported-Domain: demo-shop.example\n";
    m += "Authentication-Results: " + item.domain.mx[item.mx].host +
         "; dkim=pass header.d=demo-shop.example; spf=pass smtp.mailfrom=mail.demo-shop.example\n\n";

    m += "--" + boundary + "\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n";
    const OriginalMessage o = originalOf(item, c);
    m += originalHeaders(o) + '\n' + originalBody(o);
    m += "\n--" + boundary + "--\n";
    return m;
}
