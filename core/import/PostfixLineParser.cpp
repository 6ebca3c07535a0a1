#include "PostfixLineParser.h"

#include "SmtpReply.h"

namespace deliverboard {

namespace {

bool isShortIdChar(QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F'); }

// Long queue ids: base-52 without vowels, then 'z', then more of the same alphabet.
bool isLongIdChar(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return true;
    if (!c.isLetter() || c.unicode() > 127)
        return false;
    static const QLatin1String kVowels("AEIOUaeiouz");
    return !kVowels.contains(c);
}

// Reads `<address>` (quote-aware: `<"a, b>c"@d>`) or a bare address up to ", ".
QString readAddress(QStringView s, qsizetype& pos)
{
    if (pos < s.size() && s[pos] == u'<') {
        bool quoted = false;
        for (qsizetype i = pos + 1; i < s.size(); ++i) {
            const QChar c = s[i];
            if (c == u'"' && s[i - 1] != u'\\')
                quoted = !quoted;
            else if (c == u'>' && !quoted &&
                     (i + 1 == s.size() || s[i + 1] == u',' || s[i + 1] == u' ')) {
                const QString address = s.mid(pos + 1, i - pos - 1).toString();
                pos = i + 1;
                return address;
            }
        }
        const QString rest = s.mid(pos + 1).toString();
        pos = s.size();
        return rest;
    }
    const qsizetype end = s.indexOf(QLatin1String(", "), pos);
    const qsizetype stop = end < 0 ? s.size() : end;
    const QString address = s.mid(pos, stop - pos).toString();
    pos = stop;
    return address;
}

void parseRecipientResult(QStringView s, QueueEvent& event)
{
    qsizetype pos = 0;
    while (pos < s.size()) {
        while (pos < s.size() && (s[pos] == u' ' || s[pos] == u','))
            ++pos;
        const qsizetype eq = s.indexOf(u'=', pos);
        if (eq < 0)
            break;
        const QStringView key = s.mid(pos, eq - pos);
        pos = eq + 1;
        if (key == u"to" || key == u"orig_to") {
            const QString address = readAddress(s, pos);
            (key == u"to" ? event.recipient : event.originalRecipient) = address;
            continue;
        }
        if (key == u"status") {
            const qsizetype space = s.indexOf(u' ', pos);
            event.status = s.mid(pos, (space < 0 ? s.size() : space) - pos).toString();
            QStringView text = space < 0 ? QStringView() : s.mid(space + 1).trimmed();
            if (text.startsWith(u'(')) {
                text = text.mid(1);
                if (text.endsWith(u')'))
                    text.chop(1);
                else
                    event.truncated = true;
            }
            event.text = PostfixStatusText::parse(text);
            return;
        }
        const qsizetype comma = s.indexOf(QLatin1String(", "), pos);
        const qsizetype end = comma < 0 ? s.size() : comma;
        const QStringView value = s.mid(pos, end - pos);
        if (key == u"relay") {
            event.relay = value.toString();
            splitHostAddress(value, event.relayHost, event.relayIp, &event.relayPort);
        } else if (key == u"dsn") {
            event.dsn = value.toString();
        }
        pos = end;
    }
    // A line cut before status= still names the recipient; it is not a result.
    event.truncated = true;
}

qint64 leadingNumber(QStringView s)
{
    qsizetype end = 0;
    while (end < s.size() && s[end].isDigit())
        ++end;
    return s.left(end).toLongLong();
}

// `from=<S>` somewhere in `s`.
bool readSender(QStringView s, QueueEvent& event)
{
    const qsizetype at = s.indexOf(QLatin1String("from="));
    if (at < 0)
        return false;
    qsizetype pos = at + 5;
    event.sender = readAddress(s, pos);
    event.senderKnown = true;
    return true;
}

} // namespace

bool PostfixLineParser::isPostfixProgram(const QString& program)
{
    return program.startsWith(QLatin1String("postfix"));
}

bool PostfixLineParser::looksLikeQueueId(QStringView token)
{
    if (token.size() < 6)
        return false;
    if (std::all_of(token.begin(), token.end(), isShortIdChar))
        return true;
    const qsizetype z = token.indexOf(u'z');
    if (z < 6 || z == token.size() - 1)
        return false;
    return std::all_of(token.begin(), token.begin() + z, isLongIdChar) &&
           std::all_of(token.begin() + z + 1, token.end(), isLongIdChar);
}

QueueEvent PostfixLineParser::parse(const QString& daemon, QStringView body)
{
    QueueEvent event;
    const qsizetype colon = body.indexOf(QLatin1String(": "));
    if (colon <= 0 || !looksLikeQueueId(body.left(colon)))
        return event; // NOQUEUE rejects, warnings, statistics, connects
    event.queueId = body.left(colon).toString();
    const QStringView rest = body.mid(colon + 2);

    if (rest.startsWith(QLatin1String("to="))) {
        parseRecipientResult(rest, event);
        if (event.recipient.isEmpty() || event.status.isEmpty()) {
            event.kind = QueueEvent::Kind::Ignored;
            return event;
        }
        if (event.status == QLatin1String("SOFTBOUNCE")) {
            event.status = QStringLiteral("deferred");
            event.softBounce = true;
        }
        if (event.status == QLatin1String("sent") || event.status == QLatin1String("deferred") ||
            event.status == QLatin1String("bounced"))
            event.kind = QueueEvent::Kind::RecipientResult;
        else
            event.kind = QueueEvent::Kind::Probe; // deliverable, undeliverable, ...
        return event;
    }
    if (rest == u"removed") {
        event.kind = daemon == QLatin1String("postsuper") ? QueueEvent::Kind::AdminRemoved
                                                          : QueueEvent::Kind::Removed;
        return event;
    }
    if (rest.startsWith(QLatin1String("message-id="))) {
        event.kind = QueueEvent::Kind::MessageId;
        QStringView id = rest.mid(11).trimmed();
        if (id.startsWith(u'<') && id.endsWith(u'>'))
            id = id.mid(1, id.size() - 2);
        event.messageId = id.toString();
        return event;
    }
    if (rest.startsWith(QLatin1String("client=")) || rest.startsWith(QLatin1String("uid="))) {
        event.kind = QueueEvent::Kind::MessageOpened;
        if (readSender(rest, event)) // pickup: "uid=1001 from=<news@...>"
            event.kind = QueueEvent::Kind::Sender;
        return event;
    }
    if (rest.startsWith(QLatin1String("from="))) {
        readSender(rest, event);
        if (rest.contains(QLatin1String("status=expired"))) {
            event.kind = QueueEvent::Kind::Expired;
            return event;
        }
        event.kind = QueueEvent::Kind::Sender;
        const qsizetype size = rest.indexOf(QLatin1String("size="));
        if (size >= 0)
            event.size = leadingNumber(rest.mid(size + 5));
        const qsizetype nrcpt = rest.indexOf(QLatin1String("nrcpt="));
        if (nrcpt >= 0)
            event.nrcpt = static_cast<int>(leadingNumber(rest.mid(nrcpt + 6)));
        return event;
    }
    if (daemon == QLatin1String("cleanup") &&
        (rest.startsWith(QLatin1String("milter-reject:")) || rest.startsWith(QLatin1String("reject:")))) {
        event.kind = QueueEvent::Kind::Rejected;
        return event;
    }
    return event; // host events, TLS, warnings with a queue id: not recipient results
}

} // namespace deliverboard
