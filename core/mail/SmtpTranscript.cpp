#include "SmtpTranscript.h"

#include "classify/StageDetector.h"

#include <QRegularExpression>

#include <functional>

namespace deliverboard::mail {

namespace {

// Hostile input: a real transcript is never this long.
constexpr int kMaxExchanges = 200;
constexpr int kMaxReplies = 40;
constexpr qsizetype kMaxLine = 1000;
constexpr qsizetype kMaxReply = 1200;

QRegularExpression caseless(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

// Sendmail: "... while talking to mx.example.org.:" starts the session with that host.
const QRegularExpression& sessionStart()
{
    static const QRegularExpression re = caseless(QStringLiteral(R"(while talking to\s+\[?([^\s:\]]+)\]?\s*:)"));
    return re;
}

// A command the sending MTA wrote: ">>> RCPT To:<a@b>" (Sendmail), "In: DATA" (Postfix).
const QRegularExpression& commandLine()
{
    static const QRegularExpression re = caseless(QStringLiteral(R"(^\s*(>>>|In:)\s*(.*)$)"));
    return re;
}

// A reply of the receiving server: "<<< 550 ..." (Sendmail), "Out: 550 ..." (Postfix).
const QRegularExpression& replyLine()
{
    static const QRegularExpression re = caseless(QStringLiteral(R"(^\s*(?:<<<|Out:)\s*(.*)$)"));
    return re;
}

// Sendmail's verdict about a host: "550 example.org (smtp)... 550 Host unknown".
const QRegularExpression& hostStatusLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*\d{3}\s+\[?([A-Za-z0-9.-]+)\]?\s+\([^)]*\)\.\.\.)"));
    return re;
}

// Sendmail's verdict about a recipient: "554 <a@example.org>... text", "a@example.org... text".
const QRegularExpression& recipientStatusLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:\d{3}\s+)?<?([^\s<>@]+@[^\s<>]+?)>?\.\.\.)"));
    return re;
}

bool isFailing(const QString& reply)
{
    static const QRegularExpression failing(QStringLiteral(R"(^[45]\d\d(?:[ -]|$))"));
    return failing.match(reply).hasMatch();
}

QString hostName(QString host)
{
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host.toLower();
}

// A reply with its addresses and punctuation left out, to compare quotes of it.
QString comparable(QString text)
{
    static const QRegularExpression address(QStringLiteral(R"([^\s<>@]+@[^\s<>]+)"));
    static const QRegularExpression noise(QStringLiteral(R"([^A-Za-z0-9.]+)"));
    text.remove(address);
    text.replace(noise, QStringLiteral(" "));
    return text.simplified().toLower();
}

// A transcript forwarded in a reply is quoted: "> <<< 550 ...", ">>>> DATA".
QString unquoted(const QString& line)
{
    if (line.startsWith(QLatin1String("> ")))
        return line.mid(2);
    if (line.startsWith(QLatin1String(">>>>")) || line == QLatin1String(">"))
        return line.mid(1);
    return line;
}

// Whether `text` names `address` as a whole address: "b@example.org" is not named by
// "bob@example.org" nor by "b@example.org.uk".
bool namesAddress(const QString& text, const QString& address)
{
    const auto partOfAddress = [](QChar c) {
        return c.isLetterOrNumber() || QStringView(u".-_+=~!#$%&'*/?^`{|}@").contains(c);
    };
    for (qsizetype at = text.indexOf(address, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(address, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + address.size();
        const bool startsClean = at == 0 || !partOfAddress(text.at(at - 1));
        // A trailing dot ends a sentence, not the domain.
        const bool endsClean = end == text.size() || !partOfAddress(text.at(end)) ||
                               (text.at(end) == u'.' && (end + 1 == text.size() || !partOfAddress(text.at(end + 1))));
        if (startsClean && endsClean)
            return true;
    }
    return false;
}

bool isRcptFor(const QString& command, const QString& address)
{
    return command.startsWith(QLatin1String("RCPT"), Qt::CaseInsensitive) && namesAddress(command, address);
}

} // namespace

SmtpTranscript SmtpTranscript::parse(const QStringList& lines)
{
    SmtpTranscript t;
    int session = 0;
    bool open = false;
    QString host;
    bool continuesCommand = false; // Postfix wraps long "In:" commands onto indented lines
    const auto openSession = [&](const QString& name) {
        ++session;
        open = true;
        host = hostName(name);
    };
    for (const QString& quotedLine : lines) {
        if (t.m_exchanges.size() >= kMaxExchanges)
            break;
        if (quotedLine.size() > kMaxLine)
            continue;
        const QString line = unquoted(quotedLine);
        if (line.trimmed().isEmpty()) {
            open = false; // a session is one paragraph
            continuesCommand = false;
            continue;
        }
        if (const QRegularExpressionMatch m = sessionStart().match(line); m.hasMatch()) {
            openSession(m.captured(1));
            continuesCommand = false;
            continue;
        }
        if (const QRegularExpressionMatch m = commandLine().match(line); m.hasMatch()) {
            if (!open)
                openSession(QString());
            t.m_exchanges.append({session, m.captured(2).trimmed(), {}});
            continuesCommand = m.captured(1).compare(QLatin1String("In:"), Qt::CaseInsensitive) == 0;
            continue;
        }
        if (const QRegularExpressionMatch m = replyLine().match(line); m.hasMatch()) {
            if (!open)
                openSession(QString());
            if (t.m_exchanges.isEmpty() || t.m_exchanges.last().session != session)
                t.m_exchanges.append({session, QString(), {}}); // the greeting: no command yet
            // Pipelined commands (MAIL, RCPT, DATA sent at once) are answered in order: a
            // reply belongs to the oldest unanswered command of the session; replies
            // beyond them (Sendmail lists RCPT answers after ">>> DATA") stay with the last.
            qsizetype target = t.m_exchanges.size() - 1;
            while (target > 0 && t.m_exchanges[target - 1].session == session && !t.m_exchanges[target - 1].answered)
                --target;
            if (t.m_exchanges[target].answered)
                target = t.m_exchanges.size() - 1;
            Exchange& exchange = t.m_exchanges[target];
            const QString reply = m.captured(1).trimmed();
            if (exchange.replies.size() < kMaxReplies)
                exchange.replies.append(reply);
            // "250-..." continues a multi-line reply; "250 ..." ends it.
            if (!(reply.size() > 3 && reply.at(3) == u'-'))
                exchange.answered = true;
            continuesCommand = false;
            continue;
        }
        if (continuesCommand && line.front().isSpace() && t.m_exchanges.last().command.size() < kMaxLine) {
            t.m_exchanges.last().command += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        continuesCommand = false;
        if (const QRegularExpressionMatch m = hostStatusLine().match(line); m.hasMatch()) {
            // Sendmail moved on to another host: later status lines are not about this session.
            if (hostName(m.captured(1)) != host)
                open = false;
            continue;
        }
        if (const QRegularExpressionMatch m = recipientStatusLine().match(line); m.hasMatch()) {
            const QString address = m.captured(1).toLower();
            if (open && !t.m_exchanges.isEmpty() && t.m_exchanges.last().session == session
                && !t.m_statusLineExchange.contains(address))
                t.m_statusLineExchange.insert(address, int(t.m_exchanges.size() - 1));
        }
    }
    return t;
}

std::optional<TranscriptFailure> SmtpTranscript::failureOf(int exchange, const std::function<bool(const QString&)>& accept) const
{
    const Exchange& e = m_exchanges[exchange];
    for (int i = 0; i < e.replies.size(); ++i) {
        const QString& reply = e.replies[i];
        if (!isFailing(reply) || (accept && !accept(reply)))
            continue;
        // A multi-line reply repeats its code on every line ("550-...", "550 ...").
        QString text = reply;
        for (int k = i + 1; k < e.replies.size() && e.replies[k].startsWith(reply.left(3)) && text.size() < kMaxReply; ++k)
            text += QLatin1Char(' ') + e.replies[k];
        return TranscriptFailure{e.command, text.left(kMaxReply)};
    }
    return std::nullopt;
}

std::optional<TranscriptFailure> SmtpTranscript::failureFor(const QString& address) const
{
    if (address.isEmpty())
        return std::nullopt;
    for (int i = 0; i < m_exchanges.size(); ++i) {
        if (!isRcptFor(m_exchanges[i].command, address))
            continue;
        if (auto f = failureOf(i))
            return f;
        // RCPT was accepted: the failure came with a later command of the same session
        // (DATA, the end of data), not with another recipient's RCPT.
        for (int j = i + 1; j < m_exchanges.size() && m_exchanges[j].session == m_exchanges[i].session; ++j)
            if (!m_exchanges[j].command.startsWith(QLatin1String("RCPT"), Qt::CaseInsensitive))
                if (auto f = failureOf(j))
                    return f;
        break;
    }
    const auto naming = [&address](const QString& reply) { return namesAddress(reply, address); };
    for (int i = 0; i < m_exchanges.size(); ++i)
        if (auto f = failureOf(i, naming))
            return f;
    if (const auto it = m_statusLineExchange.constFind(address.toLower()); it != m_statusLineExchange.constEnd())
        return failureOf(it.value());
    return std::nullopt;
}

SmtpStage SmtpTranscript::stageOf(const QString& command)
{
    const QString c = command.trimmed();
    if (c.isEmpty())
        return SmtpStage::Greeting; // a reply before any command: the greeting
    // ">>> ." (Sendmail's end of the message data) and every verb: stages.json's table.
    return StageDetector::standard().ofCommand(c);
}

std::optional<TranscriptFailure> SmtpTranscript::failureQuoting(const QString& diagnostic) const
{
    const QString wanted = comparable(diagnostic);
    if (wanted.size() < 8)
        return std::nullopt;
    const auto quoted = [&wanted](const QString& reply) { return comparable(reply) == wanted; };
    for (int i = 0; i < m_exchanges.size(); ++i)
        if (auto f = failureOf(i, quoted))
            return f;
    return std::nullopt;
}

} // namespace deliverboard::mail
