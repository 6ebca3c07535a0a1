#include "TextBounceParser.h"

#include "MimeWalk.h"

#include <QRegularExpression>
#include <QSet>

namespace deliverboard::mail {

namespace {

constexpr int kMaxRecipients = 50;
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
                       "|\\s*.*(Original message follows|original message is attached|Below this line is a copy)"
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

bool isServiceAddress(const QString& address)
{
    static const QRegularExpression service(
        QStringLiteral("^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|maildaemon|abuse|noreply|no-reply|bounce[s]?|double-bounce|root|nobody)@"),
        QRegularExpression::CaseInsensitiveOption);
    return service.match(address).hasMatch();
}

// A line where an address is shown as the subject of a failure.
bool isRecipientLine(const QString& line, const QString& address)
{
    QString rest = line;
    rest.remove(address, Qt::CaseInsensitive);
    static const QRegularExpression leadIn(
        QStringLiteral("rcpt to|recipient|final-recipient|original-recipient|delivery to|to:|an:|aan:|destinataire|empf[aä]nger|address(es)?|adresse|user|mailbox|postfach|account|failed|not (be )?delivered|could not|unable|unknown|does not exist|no such"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression punctuationOnly(QStringLiteral("^[\\s<>:\\.\"'(),;\\[\\]*#-]*$"));
    return punctuationOnly.match(rest).hasMatch() || leadIn.match(rest).hasMatch();
}

} // namespace

bool TextBounceParser::looksLikeBounce(const MimeEntity& message)
{
    static const QRegularExpression sender(QStringLiteral("mailer-daemon|postmaster|mail delivery|mail-daemon|maildelivery|MAILER_DAEMON"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subject(
        QStringLiteral("undeliver|undelivered|delivery (status|fail|notification|report|problem)|failure notice|returned mail|mail delivery|could not be delivered|"
                       "non[- ]?delivery|not delivered|unzustellbar|nicht zugestellt|onbestelbaar|niet bezorgd|non remis|non distribu|echec|échec|"
                       "delivery has failed|rejected|bounce|fehler|warning: could not|delayed mail|delivery delayed|message status|error"),
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
                       "konnte nicht zugestellt|kon niet worden bezorgd|n'a pas pu .tre (remis|distribu)"),
        QRegularExpression::CaseInsensitiveOption);
    return body.match(reportText(message)).hasMatch();
}

QString TextBounceParser::reportText(const MimeEntity& message)
{
    QString text = fullText(message);
    const QRegularExpressionMatch cut = originalSeparator().match(text);
    if (cut.hasMatch() && cut.capturedStart() > 40)
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
    QList<TextBounceRecipient> result;
    const QString text = reportText(message);
    const QStringList lines = text.split(QLatin1Char('\n'));

    // Addresses that are the bounce's own parties, never the failed recipient.
    QSet<QString> excluded;
    for (const char* name : {"From", "To", "Return-Path", "Reply-To", "Sender", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"})
        for (const QString& a : addressesIn(message.header(QLatin1String(name))))
            excluded.insert(a.toLower());
    const QList<MailHeader> original = attachedOriginalHeaders(message);
    for (const QString& a : addressesIn(headerValue(original, QStringLiteral("From"))))
        excluded.insert(a.toLower());
    for (const QString& a : addressesIn(headerValue(original, QStringLiteral("Return-Path"))))
        excluded.insert(a.toLower());

    struct Candidate {
        QString address;
        int firstLine = -1;
        bool strong = false;
    };
    QList<Candidate> candidates;
    const auto indexOf = [&candidates](const QString& a) {
        for (int i = 0; i < candidates.size(); ++i)
            if (candidates[i].address.compare(a, Qt::CaseInsensitive) == 0)
                return i;
        return -1;
    };
    // Exim and others name the failed recipients in a header.
    for (const QString& a : addressesIn(message.header(QStringLiteral("X-Failed-Recipients"))))
        if (indexOf(a) < 0)
            candidates.append({a, -1, true});

    for (int pass = 0; pass < 2 && (pass == 0 || candidates.isEmpty()); ++pass) {
    // Second pass: the bounce's own header addresses are allowed too (some MTAs address
    // the bounce to the failed recipient).
    if (pass == 1)
        excluded.clear();
    for (int n = 0; n < lines.size() && candidates.size() < kMaxRecipients; ++n) {
        const QString& line = lines[n];
        if (line.size() > 400)
            continue;
        for (const QString& a : addressesIn(line)) {
            if (excluded.contains(a.toLower()) || isServiceAddress(a))
                continue;
            static const QRegularExpression mailFrom(QStringLiteral("mail from|envelope-from|sender|absender|from:"),
                                                     QRegularExpression::CaseInsensitiveOption);
            if (mailFrom.match(line).hasMatch() && !line.contains(QLatin1String("rcpt"), Qt::CaseInsensitive))
                continue;
            const bool strong = isRecipientLine(line, a);
            const int i = indexOf(a);
            if (i < 0) {
                candidates.append({a, n, strong});
            } else {
                if (candidates[i].firstLine < 0)
                    candidates[i].firstLine = n;
                if (strong && !candidates[i].strong) {
                    candidates[i].strong = true;
                    candidates[i].firstLine = n;
                }
            }
        }
    }
    }
    bool anyStrong = false;
    for (const Candidate& c : candidates)
        anyStrong = anyStrong || c.strong;
    if (anyStrong)
        candidates.removeIf([](const Candidate& c) { return !c.strong; });
    if (candidates.isEmpty()) {
        for (const QString& a : addressesIn(headerValue(original, QStringLiteral("To"))))
            candidates.append({a, -1, false});
        if (candidates.isEmpty()) {
            static const QRegularExpression quotedTo(QStringLiteral("^\\s*To:\\s*(.+)$"),
                                                     QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
            const QString all = fullText(message).mid(text.size());
            const QRegularExpressionMatch m = quotedTo.match(all);
            if (m.hasMatch())
                for (const QString& a : addressesIn(m.captured(1)))
                    candidates.append({a, -1, false});
        }
    }

    const QString whole = collapse(text);
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates[i];
        QString diagnostic;
        if (c.firstLine >= 0) {
            int end = lines.size();
            for (const Candidate& other : candidates)
                if (other.firstLine > c.firstLine && other.firstLine < end)
                    end = other.firstLine;
            QStringList segment = lines.mid(c.firstLine, std::min(end - c.firstLine, 30));
            diagnostic = collapse(segment.join(QLatin1Char('\n')));
            QString withoutAddress = diagnostic;
            withoutAddress.remove(c.address, Qt::CaseInsensitive);
            static const QRegularExpression letters(QStringLiteral("[A-Za-z]{4,}"));
            if (!letters.match(withoutAddress).hasMatch())
                diagnostic.clear();
        }
        if (diagnostic.isEmpty())
            diagnostic = whole;
        result.append({c.address, diagnostic});
    }
    return result;
}

} // namespace deliverboard::mail
