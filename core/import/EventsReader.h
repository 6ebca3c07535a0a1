#pragma once

#include "TableRowReader.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace deliverboard {

struct EngagementEvent {
    QString email; // lower-cased
    QString event; // open, click, unsubscribe, complaint
    QDateTime at;  // UTC; invalid when the row had no time
};

// `events.csv`: `email,event,timestamp` (contract section 2), read a row at a time, so
// that memory stays the same whatever the file's length.
class EventsReader : public TableRowReader {
public:
    // Opens the file and checks its header; false with error() set when the file as a
    // whole cannot be used.
    bool open(const QString& path);
    // The next usable row; false at the end. Rows that cannot be used are skipped and
    // listed in problems().
    bool next(EngagementEvent& event);

private:
    QStringList m_fields;
    int m_emailColumn = -1;
    int m_eventColumn = -1;
    int m_timeColumn = -1;
};

} // namespace deliverboard
