#pragma once

#include "SyslogEnvelope.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace deliverboard {

// Gives year-less syslog timestamps (RFC 3164) a year and converts them to UTC
// (FORMATS.md section 5), the same way for Postfix lines and Exim lines that went
// through syslog without their own timestamp.
//
// The year is placed relative to an anchor month: the month most of the campaign's
// year-less lines are in (YearAnchor below), not the first line read, so one December
// line at the top of a rotated file does not move every January line a year on. The
// anchor month lies in the configured campaign year or, without one, in the latest year
// that does not put it after the newest log file's modification time. A line whose month
// lies more than six months after the anchor month is from the year before; more than six
// months before it, from the year after (the December to January roll-over). Without an
// anchor month the file's modification time decides line by line: a line is never later
// than the file.
class LocalTimeResolver {
public:
    LocalTimeResolver(QTimeZone zone, int configuredYear, int anchorMonth, QDateTime fileModified,
                      QDateTime anchorTime = {});

    // Milliseconds since the epoch (UTC), or -1 when the date does not exist (Feb 29 in a
    // common year, say).
    qint64 toUtcMs(const SyslogEnvelope& envelope) const;
    void setAnchorMonth(int month);

private:
    int yearFor(int month, int day) const;
    // The UTC offset (seconds) that holds for every local time of one hour of one day,
    // or nullopt when a transition falls inside it (then each time is converted alone).
    std::optional<int> hourOffset(const QDate& date, int hour) const;

    QTimeZone m_zone;
    int m_configuredYear;
    int m_anchorMonth;
    int m_anchorYear = 0;
    QDateTime m_fileModified;
    QDateTime m_anchorTime;
    // Converting a local time through QTimeZone costs more than parsing the whole line;
    // the lines of one hour share their offset. Bounded: emptied when full.
    mutable QHash<qint64, std::optional<int>> m_hourOffsets; // key: julian day * 24 + hour
};

// The month most year-less lines of a campaign's logs are in (ties: the earliest month),
// and the newest modification time of those logs: read once over all syslog files of a
// folder before any line is resolved.
class YearAnchor {
public:
    void addMonth(int month);
    void addFileTime(const QDateTime& modified);
    // Reads every line of the syslog files (plain or .gz) and counts their months.
    void scanFiles(const QStringList& paths);

    int month() const; // 0 when no year-less line was seen
    QDateTime newestFileTime() const { return m_newest; }

private:
    std::array<qint64, 13> m_counts{};
    QDateTime m_newest;
};

} // namespace deliverboard
