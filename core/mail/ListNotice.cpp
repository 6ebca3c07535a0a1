#include "ListNotice.h"

#include "MimeWalk.h"

#include <QRegularExpression>
#include <QSet>

namespace deliverboard::mail {

namespace {

constexpr int kMaxRecipients = 10;

// Headers only a list manager writes, or a list's administrative sender with list headers.
bool fromListManager(const MimeEntity& message)
{
    for (const char* name : {"X-MLServer", "X-ML-Server", "X-ML-Name"})
        if (!message.header(QLatin1String(name)).isEmpty())
            return true;
    static const QRegularExpression adminSender(QStringLiteral("[-.](admin|owner|request)@"), QRegularExpression::CaseInsensitiveOption);
    const bool listHeaders = !message.header(QStringLiteral("List-Id")).isEmpty()
        || !message.header(QStringLiteral("Mailing-List")).isEmpty() || !message.header(QStringLiteral("List-Subscribe")).isEmpty();
    return listHeaders && adminSender.match(message.header(QStringLiteral("From"))).hasMatch();
}

const QRegularExpression& refusalWording()
{
    static const QRegularExpression wording(
        QStringLiteral("not (a )?member|loop alert|loop back warning|mail loop|unix from loop|reject|security alert|"
                       "duplicated message-id|spam mail|system error"),
        QRegularExpression::CaseInsensitiveOption);
    return wording;
}

} // namespace

bool ListNotice::isNotice(const MimeEntity& message)
{
    if (!fromListManager(message))
        return false;
    return refusalWording().match(message.header(QStringLiteral("Subject"))).hasMatch()
        || refusalWording().match(TextBounceParser::reportText(message)).hasMatch();
}

QList<TextBounceRecipient> ListNotice::parse(const MimeEntity& message, const QString& reportText, const QSet<QString>& excluded)
{
    QList<TextBounceRecipient> result;
    const QString subject = message.header(QStringLiteral("Subject")).simplified();
    static const QRegularExpression bracketed(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
    QSet<QString> seen;
    for (const QString& line : reportText.split(QLatin1Char('\n'))) {
        if (line.size() > 400)
            continue;
        auto it = bracketed.globalMatch(line);
        while (it.hasNext() && result.size() < kMaxRecipients) {
            const QString address = it.next().captured(1);
            if (excluded.contains(address.toLower()) || seen.contains(address.toLower()))
                continue;
            seen.insert(address.toLower());
            result.append({address, (subject + QLatin1Char(' ') + line.simplified()).trimmed().left(1200), SmtpStage::Unknown});
        }
    }
    return result;
}

} // namespace deliverboard::mail
