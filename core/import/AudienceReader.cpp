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
    if (!m_csv.open(path, m_error))
        return false;
    m_name = m_csv.name();
    for (int i = 0; i < m_csv.header().size(); ++i) {
        const QString& header = m_csv.header()[i];
        if (header == QLatin1String("email") || header == QLatin1String("e-mail") ||
            header == QLatin1String("email_address"))
            m_emailColumn = i;
        else if (header == QLatin1String("status"))
            m_statusColumn = i;
    }
    if (m_emailColumn < 0) {
        m_error = QStringLiteral("%1: line 1: no \"email\" column in the header").arg(m_name);
        return false;
    }
    return true;
}

bool AudienceReader::next(AudienceMember& member) {
    if (m_emailColumn < 0)
        return false;
    CsvReader& reader = m_csv.reader();
    while (reader.readRecord(m_fields)) {
        const qint64 line = reader.recordLine();
        const QString email = m_fields.value(m_emailColumn).trimmed().toLower();
        if (email.isEmpty()) {
            m_problems.add(QStringLiteral("%1: line %2: no email address").arg(m_name).arg(line));
            continue;
        }
        if (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))) {
            m_problems.add(QStringLiteral("%1: line %2: \"%3\" is not an email address")
                               .arg(m_name)
                               .arg(line)
                               .arg(email.left(200)));
            continue;
        }
        const QString status =
            normaliseStatus(m_statusColumn >= 0 ? m_fields.value(m_statusColumn) : QString());
        if (status.isEmpty()) {
            m_problems.add(
                QStringLiteral(
                    "%1: line %2: unknown status \"%3\" (expected Active, Error or Opt-out)")
                    .arg(m_name)
                    .arg(line)
                    .arg(m_fields.value(m_statusColumn).left(50)));
            continue;
        }
        m_line = line;
        member = {email, status};
        return true;
    }
    if (m_csv.reader().hadError() && !m_readErrorNoted) {
        m_problems.add(QStringLiteral("%1: %2").arg(m_name, m_csv.reader().errorString()));
        m_readErrorNoted = true;
    }
    return false;
}

void AudienceReader::listedTwice(const AudienceMember& member) {
    m_problems.add(QStringLiteral("%1: line %2: %3 is listed twice; the first row counts")
                       .arg(m_name)
                       .arg(m_line)
                       .arg(member.email));
}

} // namespace deliverboard
