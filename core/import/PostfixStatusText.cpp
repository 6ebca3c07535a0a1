#include "PostfixStatusText.h"
#include "SmtpReply.h"
#include "classify/StageDetector.h"

#include <QRegularExpression>

namespace deliverboard {

namespace {

// Postfix's own phrases (smtp_proto.c: "in reply to X command", "while X") name an SMTP
// command or client state; resources/rules/stages.json says which stage each one is.
SmtpStage stageOfPhrase(QStringView phrase) {
    return StageDetector::standard().ofCommand(phrase);
}

} // namespace


ReplyDetails PostfixStatusText::parse(QStringView text)
{
    ReplyDetails out;
    static const QLatin1String kSuspended("delivery temporarily suspended: ");
    if (text.startsWith(kSuspended)) {
        out.suppressed = true;
        text = text.mid(kSuspended.size());
    }

    // "host H[ip] said: REPLY (in reply to X command)"; the reply may hold parentheses,
    // so the stage is searched from the right.
    static const QLatin1String kHost("host ");
    static const QLatin1String kSaid(" said: ");
    static const QLatin1String kRefused(" refused to talk to me: ");
    if (text.startsWith(kHost)) {
        const qsizetype said = text.indexOf(kSaid);
        const qsizetype refused = text.indexOf(kRefused);
        if (said > 0 && (refused < 0 || said < refused)) {
            splitHostAddress(text.mid(kHost.size(), said - kHost.size()), out.remoteHost,
                             out.remoteIp);
            QStringView reply = text.mid(said + kSaid.size());
            static const QLatin1String kInReply(" (in reply to ");
            const qsizetype inReply = reply.lastIndexOf(kInReply);
            if (inReply >= 0) {
                QStringView phrase = reply.mid(inReply + kInReply.size());
                if (phrase.endsWith(QLatin1Char(')')))
                    phrase.chop(1);
                out.stage = stageOfPhrase(phrase);
                reply = reply.left(inReply);
            }
            parseSmtpReply(reply, out);
            return out;
        }
        if (refused > 0) {
            splitHostAddress(text.mid(kHost.size(), refused - kHost.size()), out.remoteHost,
                             out.remoteIp);
            out.stage = SmtpStage::Greeting;
            parseSmtpReply(text.mid(refused + kRefused.size()), out);
            return out;
        }
    }

    static const QLatin1String kConnect("connect to ");
    if (text.startsWith(kConnect)) {
        // "connect to H[ip]:25: Connection timed out"
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        qsizetype reasonStart = text.indexOf(QLatin1String(": "), close >= 0 ? close + 2 : 0);
        splitHostAddress(text.mid(kConnect.size(),
                                  (reasonStart >= 0 ? reasonStart : text.size()) - kConnect.size()),
                         out.remoteHost, out.remoteIp);
        out.stage = SmtpStage::Connect;
        out.reply = reasonStart >= 0 ? text.mid(reasonStart + 2).toString() : text.toString();
        return out;
    }

    static const QLatin1String kLost("lost connection with ");
    static const QLatin1String kConversation("conversation with ");
    if (text.startsWith(kLost) || text.startsWith(kConversation)) {
        const qsizetype start = text.startsWith(kLost) ? kLost.size() : kConversation.size();
        const qsizetype hostEnd = text.indexOf(QLatin1Char(' '), start);
        if (hostEnd > start)
            splitHostAddress(text.mid(start, hostEnd - start), out.remoteHost, out.remoteIp);
        static const QLatin1String kWhile(" while ");
        const qsizetype whilePos = text.indexOf(kWhile);
        if (whilePos >= 0) {
            const QStringView state = text.mid(whilePos + kWhile.size());
            out.stage = stageOfPhrase(state);
            out.possibleDuplicate = state.contains(QLatin1String("message may be sent more than once"));
        }
        out.reply = text.toString();
        return out;
    }

    // No "host ... said:": a DNS, TLS or local-delivery text (the stage rules say which),
    // or a bare reply ("250 2.0.0 Ok: queued as ...", from a content filter or relay).
    out.reply = text.toString();
    out.stage = StageDetector::standard().detect(out.reply);
    static const QRegularExpression bareReply(QStringLiteral("^[2-5]\\d\\d[ -]"));
    if (out.stage == SmtpStage::Unknown || bareReply.match(out.reply).hasMatch())
        parseSmtpReply(text, out);
    return out;
}

} // namespace deliverboard
