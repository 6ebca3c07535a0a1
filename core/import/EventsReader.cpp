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
    if (!openFile(path))
        return false;
    m_emailColumn = header().indexOf(QStringLiteral("email"));
    m_eventColumn = header().indexOf(QStringLiteral("event"));
    m_timeColumn = header().indexOf(QStringLiteral("timestamp"));
    if (m_emailColumn < 0 || m_eventColumn < 0) {
        headerFails(QStringLiteral("the header needs \"email\" and \"event\" columns"));
        return false;
    }
    return true;
}

bool EventsReader::next(EngagementEvent& e) {
    static const QStringList kEvents{QStringLiteral("open"), QStringLiteral("click"),
                                     QStringLiteral("unsubscribe"), QStringLiteral("complaint")};
    qint64 line = 0;
    while (nextRecord(m_fields, line)) {
        e = EngagementEvent();
        e.email = m_fields.value(m_emailColumn).trimmed().toLower();
        e.event = m_fields.value(m_eventColumn).trimmed().toLower();
        if (!e.email.contains(QLatin1Char('@'))) {
            skip(line, QStringLiteral("\"%1\" is not an email address").arg(e.email.left(200)));
            continue;
        }
        if (!kEvents.contains(e.event)) {
            skip(line, QStringLiteral("unknown event \"%1\" (expected open, click, unsubscribe "
                                      "or complaint)")
                           .arg(e.event.left(50)));
            continue;
        }
        if (m_timeColumn >= 0 && !m_fields.value(m_timeColumn).trimmed().isEmpty()) {
            e.at = parseTimestamp(m_fields.value(m_timeColumn).trimmed());
            if (!e.at.isValid()) {
                skip(line, QStringLiteral("\"%1\" is not a time (use ISO-8601)")
                               .arg(m_fields.value(m_timeColumn).left(50)));
                continue;
            }
        }
        return true;
    }
    return false;
}

} // namespace deliverboard
