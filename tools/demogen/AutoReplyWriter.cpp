// Out-of-office replies (RFC 3834): sent by the recipient's mail client or server to the
// envelope sender, with Auto-Submitted: auto-replied and In-Reply-To naming the campaign
// message. Subject prefix and text follow the language of the recipient's client, the way
// Outlook, Exchange and webmail vacation responders word them.

#include "ReturnedMailWriter.h"

#include "TimeFormat.h"

namespace {

struct Wording {
    const char* prefix;
    const char* body; // %1: first name, %2: date of return
};

Wording wordingOf(Language l) {
    switch (l) {
    case Language::German:
        return {"Abwesenheitsnotiz: ",
                "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich %2 nicht "
                "im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht "
                "weitergeleitet.\n\nMit freundlichen Grüßen\n%1\n"};
    case Language::Dutch:
        return {"Afwezigheidsbericht: ",
                "Beste afzender,\n\nBedankt voor uw bericht. Ik ben afwezig tot en met %2 en heb "
                "beperkt toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd.\n\n"
                "Met vriendelijke groet,\n%1\n"};
    case Language::French:
        return {"Réponse automatique : ",
                "Bonjour,\n\nJe suis absent(e) jusqu'au %2 inclus et je n'ai pas accès à mes "
                "e-mails. Votre message ne sera pas transféré.\n\nCordialement,\n%1\n"};
    case Language::English:
        break;
    }
    return {"Out of Office: ",
            "Hello,\n\nThank you for your message. I am out of the office until %2 with limited "
            "access to email. Your message will not be forwarded.\n\nKind regards,\n%1\n"};
}

// The host that sent the reply to us: the ISP's outbound relay (not its MX); small
// companies send from their own MX host.
MxHost outboundOf(const Domain& d) {
    switch (d.isp) {
    case Isp::Google:
        return {"mail-wm1-f54.google.com", "209.85.128.54"};
    case Isp::Microsoft:
        return {"mail-am6eur05on2091.outbound.protection.outlook.com", "40.107.22.91"};
    case Isp::Yahoo:
        return {"sonic302-21.consmr.mail.ir2.yahoo.com", "77.238.176.83"};
    case Isp::Apple:
        return {"qs51p00im-qukt01072701.me.com", "17.57.155.16"};
    case Isp::Gmx:
        return d.name == "web.de" ? MxHost{"mout.web.de", "212.227.15.3"}
                                  : MxHost{"mout.gmx.net", "212.227.17.21"};
    case Isp::TOnline:
        return {"mailout01.t-online.de", "194.25.134.80"};
    case Isp::Orange:
        return {"smtp.smtpout.orange.fr", "80.12.242.10"};
    case Isp::Comcast:
        return {"resomta-ch2-05v.sys.comcast.net", "96.102.19.36"};
    case Isp::Other:
        break;
    }
    return d.mx[0];
}

// RFC 5322 display name: an encoded word if it is not ASCII, quoted if it holds specials
// (the audience has names like "Marie, Claire").
QByteArray displayName(const QByteArray& utf8) {
    const QByteArray word = encodedWord(utf8);
    if (word != utf8)
        return word;
    for (char ch : utf8)
        if (QByteArray("()<>[]:;@\\,.\"").contains(ch)) {
            QByteArray q = utf8;
            q.replace("\\", "\\\\").replace("\"", "\\\"");
            return '"' + q + '"';
        }
    return utf8;
}

} // namespace

QByteArray renderAutoReply(const ReturnedItem& item, const MailContext& c) {
    const Aftermath& a = item.after;
    const quint64 t = a.token;
    const Wording w = wordingOf(a.language);
    const LocalClock::Civil back = LocalClock::civilFromSeconds(
        a.returnedAt / kUsecPerSec + std::int64_t(3 + Prng::mix(t + 51) % 12) * 86400);
    char date[16];
    if (a.language == Language::English)
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", back.year, back.month, back.day);
    else if (a.language == Language::French)
        std::snprintf(date, sizeof date, "%02d/%02d/%04d", back.day, back.month, back.year);
    else
        std::snprintf(date, sizeof date, "%02d.%02d.%04d", back.day, back.month, back.year);
    const QByteArray body = QByteArray(w.body).replace("%1", item.firstName).replace("%2", date);

    const bool exchange = item.domain.isp == Isp::Microsoft;
    // Consumer ISPs date their mail in UTC; small European hosts in local time.
    const int offset = item.domain.cls == DomainClass::OwnMx || item.domain.cls == DomainClass::Gmx ||
                               item.domain.cls == DomainClass::TOnline ||
                               item.domain.cls == DomainClass::Orange
                           ? c.localOffset
                           : 0;
    const MxHost mx = outboundOf(item.domain);
    QByteArray m;
    m += "Return-Path: <" + item.address + ">\n";
    m += "Received: from " + mx.host + " (" + mx.host + " [" + mx.ip + "])\n\tby " + kInboundHost +
         " (Postfix) with ESMTPS id " + hexId(t + 52, 10) + "\n\tfor <" + kSender + ">; " +
         rfc5322Date(a.returnedAt + 1 * kUsecPerSec, c.localOffset) + '\n';
    m += "Date: " + rfc5322Date(a.returnedAt, offset) + '\n';
    m += "From: " + displayName(item.firstName) + " <" + item.address + ">\n";
    m += QByteArray("To: ") + kSender + '\n';
    m += "Subject: " + encodedWord(w.prefix + c.subject) + '\n';
    m += "Message-ID: <" + hexId(t + 53, 20).toLower() + '@' + item.domain.name + ">\n";
    m += "In-Reply-To: " + item.msgId + '\n';
    m += "References: " + item.msgId + '\n';
    m += "Auto-Submitted: auto-replied\n";
    if (exchange)
        m += "X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: " + item.address + '\n';
    m += "MIME-Version: 1.0\n";
    m += "Content-Type: text/plain; charset=utf-8\n";
    m += "Content-Transfer-Encoding: 8bit\n\n";
    m += body;
    return m;
}
