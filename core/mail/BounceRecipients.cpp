#include "BounceRecipients.h"

#include "MimeWalk.h"

#include <QRegularExpression>

#include <algorithm>

namespace deliverboard::mail {

namespace {

constexpr int kMaxRecipients = 50;

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
    // Sendmail's status line: "554 <a@example.org>... Remote protocol error".
    const bool sendmailStatus = line.contains(address + QLatin1String("..."), Qt::CaseInsensitive)
        || line.contains(address + QLatin1String(">..."), Qt::CaseInsensitive);
    return sendmailStatus || punctuationOnly.match(rest).hasMatch() || leadIn.match(rest).hasMatch();
}

int indexOf(const QList<RecipientMention>& candidates, const QString& address)
{
    for (int i = 0; i < candidates.size(); ++i)
        if (candidates[i].address.compare(address, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace

QList<RecipientMention> findRecipientMentions(const MimeEntity& message, const QStringList& lines, QSet<QString> excluded)
{
    QList<RecipientMention> candidates;
    // Exim and others name the failed recipients in a header.
    for (const QString& a : addressesIn(message.header(QStringLiteral("X-Failed-Recipients"))))
        if (indexOf(candidates, a) < 0)
            candidates.append({a, -1, true});

    static const QRegularExpression mailFrom(QStringLiteral("mail from|envelope-from|sender|absender|from:"),
                                             QRegularExpression::CaseInsensitiveOption);
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
                if (mailFrom.match(line).hasMatch() && !line.contains(QLatin1String("rcpt"), Qt::CaseInsensitive))
                    continue;
                const bool strong = isRecipientLine(line, a);
                const int i = indexOf(candidates, a);
                if (i < 0) {
                    candidates.append({a, n, strong});
                    continue;
                }
                if (candidates[i].firstLine < 0)
                    candidates[i].firstLine = n;
                if (strong && !candidates[i].strong) {
                    candidates[i].strong = true;
                    candidates[i].firstLine = n;
                }
            }
        }
    }
    const bool anyStrong = std::any_of(candidates.cbegin(), candidates.cend(), [](const RecipientMention& c) { return c.strong; });
    if (anyStrong)
        candidates.removeIf([](const RecipientMention& c) { return !c.strong; });
    return candidates;
}


} // namespace deliverboard::mail
