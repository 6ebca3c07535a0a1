#include "EventsReader.h"

namespace deliverboard {

namespace {
QDateTime parseTimestamp(const QString& text) {
    bool numeric = false;
    const qint64 seconds = text.toLongLong(&numeric);
    if (numeric)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // a time without zone is taken as UTC
    return time.toUTC();
}
} // namespace

bool EventsReader::open(const QString& path) {
    if (!m_csv.open(path, m_error))
        return false;
    m_name = m_csv.name();
    m_emailColumn = m_csv.header().indexOf(QStringLiteral("email"));
    m_eventColumn = m_csv.header().indexOf(QStringLiteral("event"));
    m_timeColumn = m_csv.header().indexOf(QStringLiteral("timestamp"));
    if (m_emailColumn < 0 || m_eventColumn < 0) {
        m_error = QStringLiteral("%1: line 1: the header needs \"email\" and \"event\" columns")
                      .arg(m_name);
        m_emailColumn = -1;
        return false;
    }
    return true;
}

bool EventsReader::next(EngagementEvent& e) {
    if (m_emailColumn < 0)
        return false;
    static const QStringList kEvents{QStringLiteral("open"), QStringLiteral("click"),
                                     QStringLiteral("unsubscribe"), QStringLiteral("complaint")};
    CsvReader& reader = m_csv.reader();
    while (reader.readRecord(m_fields)) {
        const qint64 line = reader.recordLine();
        e = EngagementEvent();
        e.email = m_fields.value(m_emailColumn).trimmed().toLower();
        e.event = m_fields.value(m_eventColumn).trimmed().toLower();
        if (!e.email.contains(QLatin1Char('@'))) {
            m_problems.add(QStringLiteral("%1: line %2: \"%3\" is not an email address")
                               .arg(m_name)
                               .arg(line)
                               .arg(e.email.left(200)));
            continue;
        }
        if (!kEvents.contains(e.event)) {
            m_problems.add(QStringLiteral("%1: line %2: unknown event \"%3\" (expected open, "
                                          "click, unsubscribe or complaint)")
                               .arg(m_name)
                               .arg(line)
                               .arg(e.event.left(50)));
            continue;
        }
        if (m_timeColumn >= 0 && !m_fields.value(m_timeColumn).trimmed().isEmpty()) {
            e.at = parseTimestamp(m_fields.value(m_timeColumn).trimmed());
            if (!e.at.isValid()) {
                m_problems.add(QStringLiteral("%1: line %2: \"%3\" is not a time (use ISO-8601)")
                                   .arg(m_name)
                                   .arg(line)
                                   .arg(m_fields.value(m_timeColumn).left(50)));
                continue;
            }
        }
        return true;
    }
    if (m_csv.reader().hadError() && !m_readErrorNoted) {
        m_problems.add(QStringLiteral("%1: %2").arg(m_name, m_csv.reader().errorString()));
        m_readErrorNoted = true;
    }
    return false;
}

} // namespace deliverboard
