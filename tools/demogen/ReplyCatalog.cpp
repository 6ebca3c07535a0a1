#include "ReplyCatalog.h"

#include "TimeFormat.h"

namespace {

const ReplyInfo kInfo[] = {
    /* Ok */ {ReplyClass::Ok, Stage::None, Shape::Success, "250", "2.0.0", "2.0.0"},
    /* Greylist */ {ReplyClass::Temp, Stage::RcptTo, Shape::Remote, "451", "4.7.1", "4.7.1"},
    /* GmailNoSuchUser */ {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.1.1", "5.1.1"},
    /* MsMailboxUnavailable */
    {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.5.0", "5.5.0"},
    /* M365AccessDenied */
    {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.4.1", "5.4.1"},
    /* YahooNoAccount */
    {ReplyClass::Hard, Stage::EndOfData, Shape::Remote, "554", "5.0.0", "5.0.0"},
    /* GmxMailboxUnavailable */
    {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.0.0", "5.0.0"},
    /* IcloudNoUser */ {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.1.1", "5.1.1"},
    /* TOnlineUnknown */ {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.1.1", "5.1.1"},
    /* OrangeInvalid */ {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.1.1", "5.1.1"},
    /* ComcastNotCustomer */
    {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.1.1", "5.1.1"},
    /* VirtualUnknown */ {ReplyClass::Hard, Stage::RcptTo, Shape::Remote, "550", "5.1.1", "5.1.1"},
    /* DnsHostNotFound */ {ReplyClass::Hard, Stage::Dns, Shape::Dns, "", "5.4.4", "5.4.4"},
    /* NullMx */ {ReplyClass::Hard, Stage::Dns, Shape::NullMx, "", "5.1.0", "5.1.0"},
    /* GmailUnsolicited */
    {ReplyClass::Spam, Stage::EndOfData, Shape::Remote, "550", "5.7.1", "5.7.1"},
    /* GmailDmarc */ {ReplyClass::Spam, Stage::EndOfData, Shape::Remote, "550", "5.7.26", "5.7.26"},
    /* MsBlockList */ {ReplyClass::Spam, Stage::MailFrom, Shape::Remote, "550", "5.7.1", "5.7.1"},
    /* SpamhausZen */ {ReplyClass::Spam, Stage::RcptTo, Shape::Remote, "554", "5.7.1", "5.7.1"},
    /* TOnlineGreetingBl */
    {ReplyClass::Spam, Stage::Greeting, Shape::Greeting, "554", "5.0.0", "5.0.0"},
    /* YahooPolicy */ {ReplyClass::Spam, Stage::EndOfData, Shape::Remote, "554", "5.7.9", "5.7.9"},
    /* IcloudPolicy */ {ReplyClass::Spam, Stage::EndOfData, Shape::Remote, "554", "5.7.1", "5.7.1"},
    /* GmxGreetingBl */
    {ReplyClass::Spam, Stage::Greeting, Shape::Greeting, "554", "5.0.0", "5.0.0"},
    /* OrangeBlacklisted */
    {ReplyClass::Spam, Stage::MailFrom, Shape::Remote, "554", "5.7.1", "5.7.1"},
    /* ComcastGreetingBl */
    {ReplyClass::Spam, Stage::Greeting, Shape::Greeting, "554", "5.0.0", "5.0.0"},
    /* MailboxFull552 */
    {ReplyClass::SoftFinal, Stage::EndOfData, Shape::Remote, "552", "5.2.2", "5.2.2"},
    /* YahooTss04 */ {ReplyClass::Temp, Stage::MailFrom, Shape::Remote, "421", "4.7.0", "4.7.0"},
    /* GmailRateLimit */
    {ReplyClass::Temp, Stage::EndOfData, Shape::Remote, "421", "4.7.28", "4.7.28"},
    /* MsServerBusy */
    {ReplyClass::Temp, Stage::MailFrom, Shape::Remote, "451", "4.7.500", "4.7.500"},
    /* ConnectTimeout */ {ReplyClass::Temp, Stage::Connect, Shape::Connect, "", "4.4.1", "4.4.1"},
    /* GmailOverQuota */ {ReplyClass::Temp, Stage::RcptTo, Shape::Remote, "452", "4.2.2", "4.2.2"},
    /* MailboxFull452 */ {ReplyClass::Temp, Stage::RcptTo, Shape::Remote, "452", "4.2.2", "4.2.2"},
    /* LateForwardUnknown */
    {ReplyClass::Hard, Stage::AfterAcceptance, Shape::Returned, "550", "5.1.1", "5.1.1"},
    /* LateM365NotFound */
    {ReplyClass::Hard, Stage::AfterAcceptance, Shape::Returned, "550", "5.1.10", "5.1.10"},
    /* LateMailboxFull */
    {ReplyClass::SoftFinal, Stage::AfterAcceptance, Shape::Returned, "552", "5.2.2", "5.2.2"},
    /* LateSpamContent */
    {ReplyClass::Spam, Stage::AfterAcceptance, Shape::Returned, "550", "5.7.1", "5.7.1"},
    /* LateBackendDown */
    {ReplyClass::Temp, Stage::AfterAcceptance, Shape::Returned, "", "4.4.1", "4.4.1"},
};

const char kAlnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
const char kUpperAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// Deterministic pseudo-ids for the bits of text that differ per reply (Gmail's tracking id,
// Microsoft's front-end host name, ...).
QByteArray token(quint64 seed, int len, const char* alphabet, int alphabetLen) {
    QByteArray t;
    t.reserve(len);
    quint64 s = seed;
    for (int i = 0; i < len; ++i) {
        s = Prng::mix(s + 0x9E3779B97F4A7C15ULL);
        t.append(alphabet[s % quint64(alphabetLen)]);
    }
    return t;
}

QByteArray gsmtpId(quint64 seed) {
    // e.g. "a640c23a62f3a-a7d1b2c3e4fsi1234567.89"
    return token(seed, 13, kAlnum, 36) + '-' + token(seed + 1, 11, kAlnum, 36) + "si" +
           QByteArray::number(1000000 + Prng::mix(seed + 2) % 8999999) + '.' +
           QByteArray::number(10 + Prng::mix(seed + 3) % 89);
}

QByteArray outlookFrontEnd(quint64 seed) {
    static const char* const kRegions[] = {"eurprd04", "eurprd02", "EURPRD83", "eurprd05"};
    return token(seed, 4, kUpperAlnum, 36) + "PEPF" + token(seed + 7, 8, kUpperAlnum, 36) + '.' +
           kRegions[Prng::mix(seed + 9) % 4] + ".prod.outlook.com";
}

const char* stageText(Stage s) {
    switch (s) {
    case Stage::MailFrom:
        return "MAIL FROM command";
    case Stage::RcptTo:
        return "RCPT TO command";
    case Stage::Data:
        return "DATA command";
    case Stage::EndOfData:
        return "end of DATA command";
    default:
        return "RCPT TO command";
    }
}

QByteArray gmxLabel(const Domain& d) {
    return d.name == "web.de" ? QByteArray("web.de (mxweb1") : QByteArray("gmx.net (mxgmx0");
}

} // namespace

const char* stageId(Stage s) {
    static const char* const ids[] = {"",         "dns",         "connect",
                                      "greeting", "helo",        "mail_from",
                                      "rcpt_to",  "data",        "end_of_data",
                                      "unknown",  "after_acceptance"};
    return ids[static_cast<int>(s)];
}

const ReplyInfo& replyInfo(ReplyKind kind) {
    return kInfo[static_cast<int>(kind)];
}

void appendReplyText(QByteArray& out, ReplyKind kind, const ReplyContext& c) {
    const ReplyInfo& info = replyInfo(kind);
    const Domain& d = *c.domain;
    const MxHost& mx = d.mx[c.mx];
    const quint64 t = c.token;

    switch (info.shape) {
    case Shape::Connect:
        out += "connect to " + mx.host + '[' + mx.ip + "]:25: Connection timed out";
        return;
    case Shape::Dns:
        out += "Host or domain name not found. Name service error for name=" + d.name +
               " type=A: Host not found";
        return;
    case Shape::NullMx:
        out += "Domain " + d.name + " does not accept mail (nullMX)";
        return;
    case Shape::Greeting:
        out += "host " + mx.host + '[' + mx.ip + "] refused to talk to me: ";
        break;
    case Shape::Remote:
        out += "host " + mx.host + '[' + mx.ip + "] said: ";
        break;
    case Shape::Success:
    case Shape::Returned:
        break;
    }

    const QByteArray rcpt = c.rcpt;
    switch (kind) {
    case ReplyKind::Ok:
        switch (d.isp) {
        case Isp::Google:
            out += "250 2.0.0 OK  " + QByteArray::number(c.usec / kUsecPerSec) + ' ' + gsmtpId(t) +
                   " - gsmtp";
            break;
        case Isp::Microsoft:
            out += "250 2.6.0 " + c.msgId + " [InternalId=" +
                   QByteArray::number(10000000000000ULL + Prng::mix(t) % 89999999999999ULL) +
                   ", Hostname=" + outlookFrontEnd(t) + "] " + QByteArray::number(c.size + 2311) +
                   " bytes in 0." + QByteArray::number(100 + Prng::mix(t + 5) % 899) +
                   ", 97.112 KB/sec Queued mail for delivery";
            break;
        case Isp::Yahoo:
            out += "250 ok dirdel";
            break;
        case Isp::Apple:
            out += "250 2.0.0 Ok: queued as " + token(t, 8, kUpperAlnum, 36) + '-' +
                   token(t + 3, 4, kUpperAlnum, 36);
            break;
        case Isp::Gmx:
            out += "250 Requested mail action okay, completed: id=1M" + token(t, 5, kAlnum, 36) +
                   '-' + token(t + 1, 10, kAlnum, 36);
            break;
        case Isp::TOnline:
            out += "250 2.0.0 1t" + token(t, 4, kAlnum, 36) + "-" + token(t + 1, 7, kAlnum, 36) +
                   ": Message accepted.";
            break;
        case Isp::Orange:
        case Isp::Comcast:
            out += "250 2.0.0 " + token(t, 14, kAlnum, 36) + " mail accepted for delivery";
            break;
        case Isp::Other:
            out += "250 2.0.0 Ok: queued as " + token(t, 10, "0123456789ABCDEF", 16);
            break;
        }
        return;
    case ReplyKind::Greylist:
        out += "451 4.7.1 <" + rcpt +
               ">: Recipient address rejected: Greylisted, see "
               "http://postgrey.schweikert.ch/help/" +
               d.name + ".html";
        break;
    case ReplyKind::GmailNoSuchUser:
        out += "550-5.1.1 The email account that you tried to reach does not exist. Please try "
               "550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 "
               "unnecessary spaces. For more information, go to 550 5.1.1  "
               "https://support.google.com/mail/?p=NoSuchUser " +
               gsmtpId(t) + " - gsmtp";
        break;
    case ReplyKind::MsMailboxUnavailable:
        out += "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [" +
               outlookFrontEnd(t) + ']';
        break;
    case ReplyKind::M365AccessDenied:
        out += "550 5.4.1 Recipient address rejected: Access denied. For more information see "
               "https://aka.ms/EXOSmtpErrors [" +
               outlookFrontEnd(t) + ']';
        break;
    case ReplyKind::YahooNoAccount:
        out += "554 delivery error: dd This user doesn't have a " + d.name + " account (" + rcpt +
               ") [0] - mta" + QByteArray::number(1000 + Prng::mix(t) % 300) +
               ".mail.ne1.yahoo.com";
        break;
    case ReplyKind::GmxMailboxUnavailable:
        out += "550 Requested action not taken: mailbox unavailable";
        break;
    case ReplyKind::IcloudNoUser:
        out += "550 5.1.1 <" + rcpt + ">: user does not exist";
        break;
    case ReplyKind::TOnlineUnknown:
        out += "550 5.1.1 <" + rcpt + ">: Recipient address rejected: User unknown";
        break;
    case ReplyKind::OrangeInvalid:
        out += "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 "
               "[416]";
        break;
    case ReplyKind::ComcastNotCustomer:
        out += "550 5.1.1 <" + rcpt + "> Not our Customer";
        break;
    case ReplyKind::VirtualUnknown:
        out += "550 5.1.1 <" + rcpt +
               ">: Recipient address rejected: User unknown in virtual "
               "mailbox table";
        break;
    case ReplyKind::GmailUnsolicited:
        out += QByteArray("550-5.7.1 [") + kOurIp +
               "] Our system has detected that this message is likely 550-5.7.1 unsolicited "
               "mail. To reduce the amount of spam sent to Gmail, this 550-5.7.1 message has been "
               "blocked. For more information, go to 550 5.7.1  "
               "https://support.google.com/mail/?p=UnsolicitedMessageError " +
               gsmtpId(t) + " - gsmtp";
        break;
    case ReplyKind::GmailDmarc:
        out += "550-5.7.26 This mail is unauthenticated, which poses a security risk to the "
               "550-5.7.26 sender and Gmail users, and has been blocked. The sender must "
               "550-5.7.26 authenticate with at least one of SPF or DKIM and pass the "
               "550-5.7.26 domain's DMARC policy. For more information, go to 550 5.7.26  "
               "https://support.google.com/mail/answer/81126#authentication " +
               gsmtpId(t) + " - gsmtp";
        break;
    case ReplyKind::MsBlockList:
        out += QByteArray("550 5.7.1 Unfortunately, messages from [") + kOurIp +
               "] weren't sent. Please contact your Internet service provider since part of their "
               "network is on our block list (S3140). You can also refer your provider to "
               "http://mail.live.com/mail/troubleshooting.aspx#errors. [" +
               outlookFrontEnd(t) + ']';
        break;
    case ReplyKind::SpamhausZen:
        out += QByteArray("554 5.7.1 Service unavailable; Client host [") + kOurIp +
               "] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/" + kOurIp;
        break;
    case ReplyKind::TOnlineGreetingBl:
        out += QByteArray("554 IP=") + kOurIp +
               " - A problem occurred. (Ask your postmaster for help or to contact "
               "tosa@rx.t-online.de to clarify.) (BL)";
        return;
    case ReplyKind::YahooPolicy:
        out += "554 5.7.9 Message not accepted for policy reasons.  See "
               "https://postmaster.yahooinc.com/error-codes";
        break;
    case ReplyKind::IcloudPolicy:
        out += "554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
               "https://support.apple.com/en-us/HT204137";
        break;
    case ReplyKind::GmxGreetingBl:
        out += "554-" + gmxLabel(d) + QByteArray::number(10 + Prng::mix(t) % 89) +
               ") Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is "
               "black listed. 554 For explanation visit "
               "https://www.gmx.net/mail/senderguidelines?c=bl";
        return;
    case ReplyKind::OrangeBlacklisted:
        out += QByteArray("554 5.7.1 Service refused; client host [") + kOurIp +
               "] is blacklisted. OFR_506 [506]";
        break;
    case ReplyKind::ComcastGreetingBl: {
        const QByteArray node =
            "resimta-po-" + QByteArray::number(10 + Prng::mix(t) % 80) + "v.sys.comcast.net";
        out += "554 " + node + ' ' + node + ' ' + kOurIp +
               " found on one or more DNSBLs, see "
               "http://postmaster.comcast.net/smtp-error-codes.php#BL000001";
        return;
    }
    case ReplyKind::MailboxFull552:
        out += "552 5.2.2 <" + rcpt + ">... Mailbox full";
        break;
    case ReplyKind::YahooTss04:
        out += QByteArray("421 4.7.0 [TSS04] Messages from ") + kOurIp +
               " temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; "
               "see https://postmaster.yahooinc.com/error-codes";
        break;
    case ReplyKind::GmailRateLimit:
        out += QByteArray("421-4.7.28 [") + kOurIp +
               "      15] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail "
               "originating from your IP address. To protect our 421-4.7.28 users from spam, "
               "mail sent from your IP address has been temporarily 421-4.7.28 rate limited. For "
               "more information, go to 421 4.7.28  "
               "https://support.google.com/mail/?p=UnsolicitedRateLimitError " +
               gsmtpId(t) + " - gsmtp";
        break;
    case ReplyKind::MsServerBusy:
        out += QByteArray("451 4.7.500 Server busy. Please try again later from [") + kOurIp +
               "]. (S77714) [" + outlookFrontEnd(t) + ']';
        break;
    case ReplyKind::GmailOverQuota:
        out +=
            "452-4.2.2 The recipient's inbox is out of storage space. Please direct the "
            "452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp " +
            gsmtpId(t) + " - gsmtp";
        break;
    case ReplyKind::MailboxFull452:
        out += "452 4.2.2 <" + rcpt + ">: Mailbox full";
        break;
    case ReplyKind::LateForwardUnknown:
        // The forward target's own wording; the DSN adds "(in reply to RCPT TO command)".
        out += "550 5.1.1 <" + rcpt + ">: Recipient address rejected: User unknown";
        return;
    case ReplyKind::LateM365NotFound:
        out += "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
               "lookup";
        return;
    case ReplyKind::LateMailboxFull:
        out += "552 5.2.2 <" + rcpt + "> Quota exceeded (mailbox for user is full)";
        return;
    case ReplyKind::LateSpamContent:
        out += "550 5.7.1 <" + rcpt + ">: Message rejected as spam by content filter (score " +
               QByteArray::number(7 + Prng::mix(t) % 6) + '.' +
               QByteArray::number(Prng::mix(t + 1) % 10) + " > 6.0)";
        return;
    case ReplyKind::LateBackendDown:
        // The MX relays to the company's own mail server, which is down.
        out += "connect to exchange01." + d.name + "[10.20.0." +
               QByteArray::number(5 + Prng::mix(t) % 40) + "]:25: Connection timed out";
        return;
    default:
        break;
    }
    out += " (in reply to ";
    out += stageText(info.stage);
    out += ')';
}

ReplyKind userUnknownReply(DomainClass c) {
    switch (c) {
    case DomainClass::Gmail:
    case DomainClass::Workspace:
        return ReplyKind::GmailNoSuchUser;
    case DomainClass::Microsoft:
        return ReplyKind::MsMailboxUnavailable;
    case DomainClass::M365:
        return ReplyKind::M365AccessDenied;
    case DomainClass::Yahoo:
        return ReplyKind::YahooNoAccount;
    case DomainClass::Apple:
        return ReplyKind::IcloudNoUser;
    case DomainClass::Gmx:
        return ReplyKind::GmxMailboxUnavailable;
    case DomainClass::TOnline:
        return ReplyKind::TOnlineUnknown;
    case DomainClass::Orange:
        return ReplyKind::OrangeInvalid;
    case DomainClass::Comcast:
        return ReplyKind::ComcastNotCustomer;
    case DomainClass::Dead:
        return ReplyKind::DnsHostNotFound;
    case DomainClass::NullMx:
        return ReplyKind::NullMx;
    case DomainClass::OwnMx:
        break;
    }
    return ReplyKind::VirtualUnknown;
}
