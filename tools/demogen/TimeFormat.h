#pragma once

#include <QByteArray>
#include <QTimeZone>
#include <cstdint>

// All times inside the generator are microseconds since the Unix epoch (UTC). This class turns
// them into the two syslog envelopes and into ISO-8601 UTC. The zone offset is cached per
// quarter hour: a million-recipient run formats millions of lines, and asking QTimeZone for
// every one of them would dominate the run time.
class LocalClock {
public:
    explicit LocalClock(const QTimeZone& zone)
        : m_zone(zone) {}

    // "Mar 14 09:00:01" (day space-padded, local time, no year: RFC 3164 / Postfix maillog_file).
    void appendRfc3164(QByteArray& out, std::int64_t usec);
    // "2026-03-14T09:00:01.123456+01:00" (rsyslog RSYSLOG_FileFormat).
    void appendRfc3339(QByteArray& out, std::int64_t usec);
    int offsetSeconds(std::int64_t usec);

    // "2026-03-15T14:52:03Z" (whole seconds).
    static QByteArray utcIso(std::int64_t usec);

    struct Civil {
        int year, month, day, hour, minute, second;
    };
    static Civil civilFromSeconds(std::int64_t secs);
    static void appendIsoDateTime(QByteArray& out, const Civil& c);

private:
    QTimeZone m_zone;
    std::int64_t m_cachedBucket = INT64_MIN;
    int m_cachedOffset = 0;
};

// Division rounding towards minus infinity (times before 1970 stay on the right day).
std::int64_t floorDiv(std::int64_t a, std::int64_t b);
// "Jan" .. "Dec" for month 1 .. 12.
const char* monthAbbreviation(int month);

inline constexpr std::int64_t kUsecPerSec = 1000000;
inline constexpr std::int64_t kUsecPerMin = 60 * kUsecPerSec;
inline constexpr std::int64_t kUsecPerHour = 60 * kUsecPerMin;
