#include "EventsReader.h"

#include "util/CsvFile.h"

#include <QFile>
#include <QFileInfo>

namespace deliverboard {

namespace {
QDateTime parseTimestamp(const QString& text)
{
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

EventsReader::Result EventsReader::read(const QString& path)
{
    Result result;
    CsvFile csv;
    if (!csv.open(path, result.error))
        return result;
    const QString name = csv.name();
    CsvReader& reader = csv.reader();
    QStringList fields;
    const int email = csv.header().indexOf(QStringLiteral("email"));
    const int event = csv.header().indexOf(QStringLiteral("event"));
    const int timestamp = csv.header().indexOf(QStringLiteral("timestamp"));
    if (email < 0 || event < 0) {
        result.error = QStringLiteral("%1: line 1: the header needs \"email\" and \"event\" columns").arg(name);
        return result;
    }
    static const QStringList kEvents{QStringLiteral("open"), QStringLiteral("click"),
                                     QStringLiteral("unsubscribe"), QStringLiteral("complaint")};
    while (reader.readRecord(fields)) {
        const qint64 line = reader.recordLine();
        EngagementEvent e;
        e.email = fields.value(email).trimmed().toLower();
        e.event = fields.value(event).trimmed().toLower();
        if (!e.email.contains(QLatin1Char('@'))) {
            result.problems.append(QStringLiteral("%1: line %2: \"%3\" is not an email address")
                                       .arg(name).arg(line).arg(e.email.left(200)));
            continue;
        }
        if (!kEvents.contains(e.event)) {
            result.problems.append(QStringLiteral("%1: line %2: unknown event \"%3\" (expected open, click, unsubscribe or complaint)")
                                       .arg(name).arg(line).arg(e.event.left(50)));
            continue;
        }
        if (timestamp >= 0 && !fields.value(timestamp).trimmed().isEmpty()) {
            e.at = parseTimestamp(fields.value(timestamp).trimmed());
            if (!e.at.isValid()) {
                result.problems.append(QStringLiteral("%1: line %2: \"%3\" is not a time (use ISO-8601)")
                                           .arg(name).arg(line).arg(fields.value(timestamp).left(50)));
                continue;
            }
        }
        result.events.append(e);
    }
    if (reader.hadError())
        result.problems.append(QStringLiteral("%1: %2").arg(name, reader.errorString()));
    return result;
}

} // namespace deliverboard
