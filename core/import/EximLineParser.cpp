#include "EximLineParser.h"

#include "SmtpReply.h"
#include "classify/StageDetector.h"

#include <QRegularExpression>

namespace deliverboard {

namespace {

// Exim's "after <phrase>" wording names an SMTP command or client state
// (resources/rules/stages.json says which stage each one is).
SmtpStage stageOfPhrase(QStringView phrase)
{
    return StageDetector::standard().ofCommand(phrase);
}

// `H=host [ip]:port` (a trailing '*' after ']' occurs) anywhere in the fields.
void readHost(QStringView s, QString& host, QString& ip)
{
    const qsizetype at = s.indexOf(QLatin1String(" H="));
    if (at < 0)
        return;
    const qsizetype start = at + 3;
    const qsizetype open = s.indexOf(QLatin1Char('['), start);
    const qsizetype space = s.indexOf(QLatin1Char(' '), start);
    if (open < 0 || (space >= 0 && space + 1 != open && space < open)) {
        host = s.mid(start, (space < 0 ? s.size() : space) - start).toString();
        return;
    }
    host = s.mid(start, open - start).trimmed().toString();
    const qsizetype close = s.indexOf(QLatin1Char(']'), open);
    if (close > open)
        ip = s.mid(open + 1, close - open - 1).toString();
    if (host.isEmpty())
        host = ip;
}

// The quoted `C="..."` confirmation of a delivery.
QString readConfirmation(QStringView s)
{
    const qsizetype at = s.indexOf(QLatin1String(" C=\""));
    if (at < 0)
        return {};
    const qsizetype start = at + 4;
    qsizetype end = start;
    while (end < s.size() && !(s[end] == u'"' && s[end - 1] != u'\\'))
        ++end;
    return s.mid(start, end - start).toString();
}

// The error text of `**` and `==` lines: stage, remote host and reply.
void parseFailure(QStringView s, QueueEvent& event)
{
    ReplyDetails& out = event.text;
    static const QLatin1String kSmtpError("SMTP error from remote mail server after ");
    static const QLatin1String kTimeout("SMTP timeout after ");
    qsizetype at = s.indexOf(kSmtpError);
    const bool timeout = at < 0 && s.indexOf(kTimeout) >= 0;
    if (timeout)
        at = s.indexOf(kTimeout);
    if (at >= 0) {
        QStringView phrase = s.mid(at + (timeout ? kTimeout.size() : kSmtpError.size()));
        out.stage = stageOfPhrase(phrase);
        // The phrase may hold `<address>` and its own colon: the reply starts after the
        // ": " that follows the closing '>' (or the first ": " without one).
        const qsizetype angle = phrase.indexOf(QLatin1Char('<'));
        const qsizetype close = angle >= 0 ? phrase.indexOf(QLatin1Char('>'), angle) : -1;
        qsizetype colon = phrase.indexOf(QLatin1String(": "), close >= 0 ? close : 0);
        if (timeout) {
            out.reply = QStringLiteral("SMTP timeout");
            return;
        }
        QStringView reply = colon >= 0 ? phrase.mid(colon + 2) : QStringView();
        // Old layout: "host NAME [IP]: 450 ..." inside the text.
        if (reply.startsWith(QLatin1String("host "))) {
            const qsizetype hostEnd = reply.indexOf(QLatin1String(": "));
            if (hostEnd > 0) {
                QString ip;
                QStringView hostPart = reply.mid(5, hostEnd - 5);
                const qsizetype open = hostPart.indexOf(QLatin1Char('['));
                if (open > 0) {
                    out.remoteHost = hostPart.left(open).trimmed().toString();
                    out.remoteIp = hostPart.mid(open + 1, hostPart.indexOf(QLatin1Char(']')) - open - 1).toString();
                }
                reply = reply.mid(hostEnd + 2);
            }
        }
        QString joined = reply.toString();
        joined.replace(QLatin1String("\\n"), QLatin1String(" ")); // multi-line replies
        parseSmtpReply(joined, out);
        return;
    }
    // No SMTP conversation: connection, DNS, routing or retry conditions.
    const qsizetype colon = s.lastIndexOf(QLatin1String(": "));
    out.reply = (colon >= 0 ? s.mid(colon + 2) : s).trimmed().toString();
    // Which of them: the one stage detector (stages.json's connection and DNS wordings).
    out.stage = StageDetector::standard().detect(s.toString());
}

// A `==` line that only says the retry time of the address, its domain or its hosts has
// not come yet. Exim writes one at every queue run between real attempts: "routing defer
// (-51): retry time not reached" (real logs), "routing defer (-52): retry time not
// reached" and "defer (-53): Retry time not yet reached" (Exim's own test suite, 0264),
// "retry time not reached for any host". The negative numbers are Exim-internal and differ
// between versions and cases, so the wording decides; -53 and -54 alone (no host retry
// time, local-only) also mean no attempt.
bool isRetryBookkeeping(QStringView s) {
    static const QRegularExpression wording(QStringLiteral(R"(retry time not (?:yet )?reached)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noAttempt(QStringLiteral(R"(defer \((-5[34])\))"));
    if (s.contains(QLatin1String("SMTP error from remote mail server")))
        return false; // a real reply was logged
    return wording.match(s).hasMatch() || noAttempt.match(s).hasMatch();
}

} // namespace

bool EximLineParser::looksLikeMessageId(QStringView token)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9A-Za-z]{6}-(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{2}|[0-9A-Za-z]{11}-[0-9A-Za-z]{4})$"));
    return re.match(token).hasMatch();
}

qsizetype EximLineParser::parseTimestamp(QStringView line, const QTimeZone& zone, QDateTime& utc)
{
    // YYYY-MM-DD HH:MM:SS[.mmm] [+ZZZZ]
    if (line.size() < 19 || line[4] != u'-' || line[7] != u'-' || line[10] != u' ' ||
        line[13] != u':' || line[16] != u':')
        return -1;
    const QDate date = QDate::fromString(line.left(10).toString(), Qt::ISODate);
    qsizetype pos = 19;
    QString clock = line.mid(11, 8).toString();
    if (pos < line.size() && line[pos] == u'.') {
        const qsizetype start = pos;
        ++pos;
        while (pos < line.size() && line[pos].isDigit())
            ++pos;
        clock += line.mid(start, qMin<qsizetype>(pos - start, 4));
    }
    const QTime time = QTime::fromString(clock, clock.size() > 8 ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return -1;
    QTimeZone lineZone = zone;
    if (pos + 6 <= line.size() && line[pos] == u' ' && (line[pos + 1] == u'+' || line[pos + 1] == u'-') &&
        line[pos + 2].isDigit()) {
        const int sign = line[pos + 1] == u'-' ? -1 : 1;
        const int hours = line.mid(pos + 2, 2).toInt(), minutes = line.mid(pos + 4, 2).toInt();
        lineZone = QTimeZone(sign * (hours * 3600 + minutes * 60));
        pos += 6;
    }
    utc = QDateTime(date, time, lineZone).toUTC();
    return utc.isValid() ? pos : -1;
}

QueueEvent EximLineParser::parseBody(QStringView body)
{
    QueueEvent event;
    body = body.trimmed();
    if (body.startsWith(u'[')) { // +pid
        const qsizetype close = body.indexOf(u']');
        body = close > 0 ? body.mid(close + 1).trimmed() : body;
    }
    const qsizetype space = body.indexOf(u' ');
    if (space < 0 || !looksLikeMessageId(body.left(space)))
        return event; // no message id: host events, daemon starts, rejections
    event.queueId = body.left(space).toString();
    const QStringView rest = body.mid(space + 1);
    if (rest == u"Completed" || rest.startsWith(QLatin1String("Completed "))) {
        event.kind = QueueEvent::Kind::Removed;
        return event;
    }
    if (rest.size() < 3 || rest[2] != u' ')
        return event; // Frozen, host-level SMTP errors, ...
    const QStringView marker = rest.left(2);
    QStringView fields = rest.mid(3);
    if (marker == u"<=" || marker == u"(=") {
        event.kind = QueueEvent::Kind::Sender;
        const qsizetype end = fields.indexOf(u' ');
        QStringView sender = fields.left(end < 0 ? fields.size() : end);
        event.sender = sender == u"<>" ? QString() : sender.toString().toLower();
        event.senderKnown = true;
        const qsizetype size = fields.indexOf(QLatin1String(" S="));
        if (size >= 0)
            event.size = fields.mid(size + 3).split(u' ').first().toLongLong();
        const qsizetype id = fields.indexOf(QLatin1String(" id="));
        if (id >= 0)
            event.messageId = fields.mid(id + 4).split(u' ').first().toString();
        return event;
    }
    const bool delivered = marker == u"=>" || marker == u"->" || marker == u">>";
    const bool failed = marker == u"**";
    const bool deferred = marker == u"==";
    if (!delivered && !failed && !deferred)
        return event; // *> suppressed deliveries and unknown markers
    // The address, optionally glued to a colon ("a@b: retry timeout exceeded"), and the
    // optional original address in <>.
    qsizetype end = fields.indexOf(u' ');
    QStringView address = fields.left(end < 0 ? fields.size() : end);
    if (address.endsWith(u':'))
        address.chop(1);
    event.recipient = address.toString();
    QStringView after = end < 0 ? QStringView() : fields.mid(end + 1);
    if (after.startsWith(u'<')) {
        // The address was generated by a router (alias, forward, list, pipe, file): Exim
        // logs the address it delivered to, then the envelope address it came from in <>
        // (the spec's "Logging of deliveries"; deliver.c string_log_address). With
        // log_selector +all_parents every parent is listed, nearest first, separated by
        // ", ", the envelope address last. The envelope address is the recipient the
        // campaign sent to, so it keys the delivery (like Postfix's orig_to, it is also the
        // original recipient); one that fans out to several local addresses stays one.
        const qsizetype close = after.indexOf(u'>');
        const QStringView parents = after.mid(1, close < 0 ? after.size() - 1 : close - 1);
        const QString envelope = parents.toString().section(QLatin1String(", "), -1).trimmed();
        if (!envelope.isEmpty()) {
            event.recipient = envelope;
            event.originalRecipient = envelope;
        }
        after = close >= 0 ? after.mid(close + 1).trimmed() : QStringView();
    }
    const QString withSpace = QLatin1Char(' ') + after.toString();
    readHost(withSpace, event.relayHost, event.relayIp);
    event.kind = QueueEvent::Kind::RecipientResult;
    if (delivered) {
        event.status = QStringLiteral("sent");
        parseSmtpReply(readConfirmation(withSpace), event.text);
        return event;
    }
    if (failed) {
        const bool expiry = after.contains(QLatin1String("retry timeout exceeded")) ||
                            after.contains(QLatin1String("have been failing for a long time"));
        if (expiry) {
            // Exim gives up per address; the correlator turns the last deferral into expiry.
            event.status = QStringLiteral("deferred");
            event.text.suppressed = true;
            event.text.reply = after.mid(after.lastIndexOf(QLatin1String(": ")) + 1).trimmed().toString();
            event.exhausted = true;
            return event;
        }
        event.status = QStringLiteral("bounced");
        parseFailure(after, event);
        return event;
    }
    event.status = QStringLiteral("deferred");
    parseFailure(after, event);
    if (isRetryBookkeeping(after)) {
        // Nothing was tried: Exim only noted that the address's retry time has not come.
        event.text.suppressed = true;
        event.text.bookkeeping = true;
        event.text.stage = SmtpStage::Unknown;
    }
    return event;
}

} // namespace deliverboard
