#include "AudienceReader.h"

namespace deliverboard {

namespace {
QString normaliseStatus(const QString& raw) {
    const QString s = raw.trimmed()
                          .toLower()
                          .remove(QLatin1Char('-'))
                          .remove(QLatin1Char('_'))
                          .remove(QLatin1Char(' '));
    if (s.isEmpty() || s == QLatin1String("active") || s == QLatin1String("subscribed"))
        return QStringLiteral("Active");
    if (s == QLatin1String("error") || s == QLatin1String("bounced"))
        return QStringLiteral("Error");
    if (s == QLatin1String("optout") || s == QLatin1String("unsubscribed"))
        return QStringLiteral("Opt-out");
    return {};
}
} // namespace

bool AudienceReader::open(const QString& path) {
    if (!openFile(path))
        return false;
    for (int i = 0; i < header().size(); ++i) {
        const QString& column = header()[i];
        if (column == QLatin1String("email") || column == QLatin1String("e-mail") ||
            column == QLatin1String("email_address"))
            m_emailColumn = i;
        else if (column == QLatin1String("status"))
            m_statusColumn = i;
    }
    if (m_emailColumn < 0) {
        headerFails(QStringLiteral("no \"email\" column in the header"));
        return false;
    }
    return true;
}

bool AudienceReader::next(AudienceMember& member) {
    qint64 line = 0;
    while (nextRecord(m_fields, line)) {
        const QString email = m_fields.value(m_emailColumn).trimmed().toLower();
        if (email.isEmpty()) {
            skip(line, QStringLiteral("no email address"));
            continue;
        }
        if (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))) {
            skip(line, QStringLiteral("\"%1\" is not an email address").arg(email.left(200)));
            continue;
        }
        const QString status =
            normaliseStatus(m_statusColumn >= 0 ? m_fields.value(m_statusColumn) : QString());
        if (status.isEmpty()) {
            skip(line, QStringLiteral("unknown status \"%1\" (expected Active, Error or Opt-out)")
                           .arg(m_fields.value(m_statusColumn).left(50)));
            continue;
        }
        m_line = line;
        member = {email, status};
        return true;
    }
    return false;
}

void AudienceReader::listedTwice(const AudienceMember& member) {
    skip(m_line, QStringLiteral("%1 is listed twice; the first row counts").arg(member.email));
}

} // namespace deliverboard
