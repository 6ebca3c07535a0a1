#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace deliverboard {

struct EngagementEvent {
    QString email; // lower-cased
    QString event; // open, click, unsubscribe, complaint
    QDateTime at;  // UTC; invalid when the row had no time
};

// `events.csv`: `email,event,timestamp` (contract section 2).
class EventsReader {
public:
    struct Result {
        QList<EngagementEvent> events;
        QStringList problems; // "events.csv: line 4: ..." for rows that were skipped
        QString error;        // the file as a whole could not be used
    };
    static Result read(const QString& path);
};

} // namespace deliverboard
