#include "TextBounceParser.h"

#include "AolScreenNameReport.h"
#include "BounceRecipients.h"
#include "ListNotice.h"
#include "MessagingServerReport.h"
#include "NetscapeReport.h"
#include "MimeWalk.h"
#include "SmtpTranscript.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace deliverboard::mail {

namespace {

constexpr qsizetype kMaxDiagnostic = 1200;

QString fullText(const MimeEntity& message)
{
    QString plain;
    QString html;
    for (const MimeEntity* leaf : ownLeaves(message)) {
        if (leaf->mimeType == QLatin1String("text/plain") || leaf->mimeType.isEmpty()
            || leaf->mimeType.startsWith(QLatin1String("multipart/")))
            plain += leaf->text + QLatin1Char('\n');
        else if (leaf->mimeType == QLatin1String("text/html"))
            html += leaf->text + QLatin1Char('\n');
    }
    return plain.trimmed().isEmpty() ? html : plain;
}

// Where the quoted original starts.
const QRegularExpression& originalSeparator()
{
    static const QRegularExpression separator(
        QStringLiteral("^(\\s*-{2,}.*(original message|copy of (the|your) message|unsent message|returned message|message header|header of the original"
                       "|original header|headers of (the|your) original|message text follows|below this line)"
                       "|\\s*.*(Original (message|mail) (as )?follows|original message is attached|Below this line is a copy)"
                       "|\\s*Original message:?\\s*$"
                       "|content-type:\\s*message/rfc822|Return-Path:\\s*<|Received:\\s*from\\s|Message-Id:\\s*<)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return separator;
}

QString collapse(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    text = text.trimmed();
    if (text.size() > kMaxDiagnostic)
        text = text.left(kMaxDiagnostic);
    return text;
}

// Addresses that are the bounce's own parties, never the failed recipient.
QSet<QString> ownParties(const MimeEntity& message)
{
    QSet<QString> excluded;
    for (const char* name : {"From", "To", "Return-Path", "Reply-To", "Sender", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"})
        for (const QString& a : addressesIn(message.header(QLatin1String(name))))
            excluded.insert(a.toLower());
    const QList<MailHeader> original = attachedOriginalHeaders(message);
    for (const QString& a : addressesIn(headerValue(original, QStringLiteral("From"))))
        excluded.insert(a.toLower());
    for (const QString& a : addressesIn(headerValue(original, QStringLiteral("Return-Path"))))
        excluded.insert(a.toLower());
    return excluded;
}

// Recipients of the quoted original when the report itself names none.
QStringList quotedOriginalRecipients(const MimeEntity& message, qsizetype reportSize)
{
    const QStringList attached = addressesIn(headerValue(attachedOriginalHeaders(message), QStringLiteral("To")));
    if (!attached.isEmpty())
        return attached;
    static const QRegularExpression quotedTo(QStringLiteral("^\\s*To:\\s*(.+)$"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = quotedTo.match(fullText(message).mid(reportSize));
    return m.hasMatch() ? addressesIn(m.captured(1)) : QStringList();
}

bool hasReplyCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("(?:^|[\\s:(\\[])[45]\\d\\d(?:[\\s:\\])-]|$)"));
    return code.match(text).hasMatch();
}

// The lines from where the failure about `c` starts up to the next recipient's (or the
// next quoted SMTP session), empty when they say nothing beyond the address.
QString segmentDiagnostic(const QStringList& lines, const QList<RecipientMention>& candidates, const RecipientMention& c)
{
    if (c.firstLine < 0)
        return {};
    int end = int(lines.size());
    for (const RecipientMention& other : candidates)
        if (other.firstLine > c.firstLine && other.firstLine < end)
            end = other.firstLine;
    end = std::min(end, c.firstLine + 30);
    // Sendmail: "... while talking to host:" or "550 host (smtp)... text" starts what is
    // said about the next host.
    static const QRegularExpression nextSession(QStringLiteral("while talking to|^\\s*\\d{3}\\s+\\S+\\s+\\([^)]*\\)\\.\\.\\."),
                                                QRegularExpression::CaseInsensitiveOption);
    for (int n = c.firstLine + 1; n < end; ++n)
        if (nextSession.match(lines[n]).hasMatch())
            end = n;
    QString diagnostic = collapse(lines.mid(c.firstLine, end - c.firstLine).join(QLatin1Char('\n')));
    QString withoutAddress = diagnostic;
    withoutAddress.remove(c.address, Qt::CaseInsensitive);
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{4,}"));
    return letters.match(withoutAddress).hasMatch() ? diagnostic : QString();
}

// An error stated above the first recipient: an SMTP reply line ("550 5.1.1 User
// unknown", "550 - Requested action not taken") or else an "Error: ..." line.
QString preambleError(const QStringList& lines, int firstMentionLine)
{
    static const QRegularExpression reply(QStringLiteral("^\\s*[45]\\d\\d(?:[\\s-]|$)"));
    static const QRegularExpression labelled(QStringLiteral("^\\s*(error|reason)\\s*:\\s*\\S"), QRegularExpression::CaseInsensitiveOption);
    const int end = std::min(firstMentionLine, int(lines.size()));
    for (const QRegularExpression* shape : {&reply, &labelled})
        for (int n = 0; n < end; ++n)
            if (lines[n].size() <= 400 && shape->match(lines[n]).hasMatch())
                return collapse(lines[n]);
    return {};
}

} // namespace

bool TextBounceParser::looksLikeBounce(const MimeEntity& message)
{
    // MDaemon sends its notices as "MDaemon@<host>" (issue 13: 'Warning:'-style reports).
    static const QRegularExpression sender(
        QStringLiteral("mailer-daemon|post_?master|mail "
                       "delivery|mail-daemon|maildelivery|MAILER_DAEMON|\\bMDaemon@"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subject(
        QStringLiteral(
            "undeliver|undelivered|delivery (status|fail|notification|report|problem)|failure "
            "notice|returned mail|mail delivery|could not be delivered|"
            "non[- ]?delivery|not delivered|unzustellbar|nicht zugestellt|onbestelbaar|niet "
            "bezorgd|non remis|non distribu|echec|échec|"
            "delivery has failed|rejected|bounce|fehler|warning: could not|delayed mail|delivery "
            "delayed|message status|error|"
            "user unknown|no such user"),
        QRegularExpression::CaseInsensitiveOption);
    if (sender.match(message.header(QStringLiteral("From"))).hasMatch())
        return true;
    if (subject.match(message.header(QStringLiteral("Subject"))).hasMatch())
        return true;
    if (!message.header(QStringLiteral("X-Failed-Recipients")).isEmpty())
        return true;
    static const QRegularExpression body(
        QStringLiteral("delivery to the following recipient|could not be delivered|was not delivered|permanent fatal errors|wasn't able to deliver|"
                       "unable to deliver|delivery has failed|following address(es)? failed|Transcript of session follows|nicht zugestellt|"
                       "konnte nicht zugestellt|kon niet worden bezorgd|n'a pas pu .tre (remis|distribu)|error message below"),
        QRegularExpression::CaseInsensitiveOption);
    return body.match(reportText(message)).hasMatch() || ListNotice::isNotice(message);
}

QString TextBounceParser::reportText(const MimeEntity& message)
{
    QString text = fullText(message);
    const QRegularExpressionMatch cut = originalSeparator().match(text);
    // The quoted original starts at the separator unless the report states nothing before
    // it. Counting the report's own text, not its offset, keeps a short report such as
    // Ipswitch IMail's "Unknown user: a@b.example" (then "Original message follows.") from
    // being read together with the quoted headers (whose Reply-To: became a recipient).
    if (cut.hasMatch() && text.left(cut.capturedStart()).simplified().size() >= 16)
        text = text.left(cut.capturedStart());
    return text;
}

QString TextBounceParser::bodyText(const MimeEntity& message)
{
    return fullText(message);
}

QString TextBounceParser::quotedMessageId(const MimeEntity& message)
{
    const QString text = fullText(message);
    static const QRegularExpression id(QStringLiteral("^\\s*Message-Id:\\s*<([^<>\\s]+)>"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = id.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QList<TextBounceRecipient> TextBounceParser::parse(const MimeEntity& message)
{
    const QString text = reportText(message);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QSet<QString> excluded = ownParties(message);
    if (ListNotice::isNotice(message))
        return ListNotice::parse(message, text, excluded);
    if (AolScreenNameReport::matches(message, text))
        return AolScreenNameReport::parse(text);
    // Formats whose structure names the recipients and the reason: read from that
    // structure alone (not from every address the text happens to contain).
    if (NetscapeReport::matches(text)) {
        if (const QList<TextBounceRecipient> r = NetscapeReport::parse(text); !r.isEmpty())
            return r;
    }
    if (MessagingServerReport::matches(text)) {
        if (const QList<TextBounceRecipient> r = MessagingServerReport::parse(text); !r.isEmpty())
            return r;
    }

    // Header lines quoted in the report ("Your message / To: ... / Cc: ... / Subject: ...
    // / did not reach the following recipient(s):", as Exchange writes them) name the
    // original's recipients, not the failed one; they only count when nothing else does.
    // An address that the report also names on a line of its own stays a candidate.
    QSet<QString> reportExcluded = excluded;
    static const QRegularExpression quotedHeader(
        QStringLiteral("^(?:\\s|&nbsp;)*(?:To|Cc|Bcc):(?:\\s|&nbsp;)*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> inHeaders, elsewhere;
    for (const QString& line : lines) {
        const QRegularExpressionMatch header = quotedHeader.match(line);
        for (const QString& a : addressesIn(header.hasMatch() ? header.captured(1) : line))
            (header.hasMatch() ? inHeaders : elsewhere).insert(a.toLower());
    }
    for (const QString& a : std::as_const(inHeaders))
        if (!elsewhere.contains(a))
            reportExcluded.insert(a);
    // Exim names the sender of a message it bounces for someone else: "A message sent by /
    // <sender> / could not be delivered to one or more of its recipients" (deliver.c, the
    // same for its delay warnings); that address is never a failed recipient.
    for (int n = 0; n < lines.size(); ++n) {
        if (!lines[n].trimmed().startsWith(QLatin1String("A message sent by"), Qt::CaseInsensitive))
            continue;
        static const QRegularExpression end(QStringLiteral("could not be delivered|has not yet been delivered"),
                                            QRegularExpression::CaseInsensitiveOption);
        for (int k = n; k < std::min(n + 4, int(lines.size())); ++k) {
            for (const QString& a : addressesIn(lines[k]))
                reportExcluded.insert(a.toLower());
            if (end.match(lines[k]).hasMatch())
                break;
        }
    }
    QList<RecipientMention> candidates = findRecipientMentions(message, lines, reportExcluded);
    if (candidates.isEmpty()) {
        for (const QString& a : quotedOriginalRecipients(message, text.size()))
            candidates.append({a, -1, false});
    }

    const SmtpTranscript transcript = SmtpTranscript::parse(lines);
    int firstLine = int(lines.size());
    for (const RecipientMention& c : candidates)
        if (c.firstLine >= 0)
            firstLine = std::min(firstLine, c.firstLine);
    const QString preamble = preambleError(lines, firstLine);
    QString whole;
    QList<TextBounceRecipient> result;
    for (const RecipientMention& c : candidates) {
        if (const auto failure = transcript.failureFor(c.address)) {
            result.append({c.address, collapse(failure->reply), SmtpTranscript::stageOf(failure->command)});
            continue;
        }
        QString diagnostic = segmentDiagnostic(lines, candidates, c);
        // The error was stated once above the list of recipients ("Could not be delivered
        // because of / 550 5.1.1 User unknown / The following recipients were affected:").
        if (!preamble.isEmpty() && !hasReplyCode(diagnostic))
            diagnostic = diagnostic.isEmpty() ? preamble : collapse(preamble + QLatin1Char(' ') + diagnostic);
        if (diagnostic.isEmpty()) {
            if (whole.isEmpty())
                whole = collapse(text);
            diagnostic = whole;
        }
        result.append({c.address, diagnostic, SmtpStage::Unknown});
    }
    return result;
}

SmtpTranscript TextBounceParser::transcript(const MimeEntity& message)
{
    return SmtpTranscript::parse(reportText(message).split(QLatin1Char('\n')));
}

} // namespace deliverboard::mail
