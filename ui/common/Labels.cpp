#include "Labels.h"

#include "classify/IspDirectory.h"
#include "classify/ReasonCatalog.h"

#include <QLocale>

namespace deliverboard::ui {

QString Labels::outcome(Outcome outcome) {
    switch (outcome) {
    case Outcome::Delivered:
        return tr("Delivered");
    case Outcome::InProgress:
        return tr("In progress");
    case Outcome::Soft:
        return tr("Soft bounce");
    case Outcome::Hard:
        return tr("Hard bounce");
    case Outcome::Spam:
        return tr("Spam block");
    }
    return QString();
}

QString Labels::stage(const QString& stageId) {
    if (stageId == QLatin1String("dns"))
        return tr("DNS lookup");
    if (stageId == QLatin1String("connect"))
        return tr("Connect");
    if (stageId == QLatin1String("greeting"))
        return tr("Greeting");
    if (stageId == QLatin1String("helo"))
        return tr("HELO");
    if (stageId == QLatin1String("starttls"))
        return tr("STARTTLS");
    if (stageId == QLatin1String("auth"))
        return tr("AUTH");
    if (stageId == QLatin1String("mail_from"))
        return tr("MAIL FROM");
    if (stageId == QLatin1String("rcpt_to"))
        return tr("RCPT TO");
    if (stageId == QLatin1String("data"))
        return tr("DATA");
    if (stageId == QLatin1String("end_of_data"))
        return tr("End of data");
    if (stageId == QLatin1String("after_acceptance"))
        return tr("After acceptance");
    if (stageId == QLatin1String("local"))
        return tr("Local delivery");
    if (stageId.isEmpty())
        return QString();
    return tr("Unknown");
}

QString Labels::isp(const QString& ispId) {
    if (ispId.isEmpty())
        return QString();
    // The catch-all is the one name that is not a brand: it speaks the user's language.
    if (ispId == QLatin1String("other"))
        return tr("Other");
    return IspDirectory::standard().byId(ispId).displayName;
}

QString Labels::reason(const QString& reasonId) {
    if (reasonId.isEmpty())
        return QString();
    return ReasonCatalog::standard().info(reasonId, language()).displayName;
}

QString Labels::reasonExplanation(const QString& reasonId) {
    if (reasonId.isEmpty())
        return QString();
    return ReasonCatalog::standard().info(reasonId, language()).explanation;
}

QString Labels::attemptStatus(const QString& status) {
    if (status == QLatin1String("sent"))
        return tr("sent");
    if (status == QLatin1String("deferred"))
        return tr("deferred");
    if (status == QLatin1String("bounced"))
        return tr("bounced");
    if (status == QLatin1String("expired"))
        return tr("expired");
    return status;
}

QColor Labels::outcomeColor(Outcome outcome) {
    switch (outcome) {
    case Outcome::Delivered:
        return QColor(0x2e, 0x9d, 0x4f);
    case Outcome::InProgress:
        return QColor(0x3b, 0x82, 0xd6);
    case Outcome::Soft:
        return QColor(0xe8, 0xa3, 0x17);
    case Outcome::Hard:
        return QColor(0xd6, 0x3a, 0x3a);
    case Outcome::Spam:
        return QColor(0x8e, 0x4f, 0xc2);
    }
    return QColor(Qt::gray);
}

QString Labels::percent(qint64 part, qint64 whole) {
    if (whole <= 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * static_cast<double>(part) / static_cast<double>(whole), 'f',
                              1) +
           QStringLiteral(" %");
}

QString Labels::language() {
    // The loaded translation decides; the source strings are English.
    const QString translated = tr("en", "two-letter code of this translation's language");
    return translated.size() == 2 ? translated : QStringLiteral("en");
}

} // namespace deliverboard::ui
