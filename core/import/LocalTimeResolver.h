#pragma once

#include "SyslogEnvelope.h"

#include <QDateTime>
#include <QTimeZone>

namespace deliverboard {

// Gives year-less syslog timestamps (RFC 3164) a year and converts them to UTC
// (FORMATS.md section 5). With a configured campaign year Y, a line is in Y unless its
// month lies more than six months before the campaign's first month (then Y+1: the
// December to January roll-over) or more than six months after it (then Y-1). Without a
// year, the file's modification time anchors: a line is never later than the file.
class LocalTimeResolver {
public:
    LocalTimeResolver(QTimeZone zone, int configuredYear, int firstMonth, QDateTime fileModified);

    // Milliseconds since the epoch (UTC), or -1 when the date does not exist (Feb 29 in a
    // common year, say).
    qint64 toUtcMs(const SyslogEnvelope& envelope) const;
    void setFirstMonth(int month) { m_firstMonth = month; }

private:
    int yearFor(int month, int day) const;

    QTimeZone m_zone;
    int m_configuredYear;
    int m_firstMonth;
    QDateTime m_fileModified;
};

} // namespace deliverboard
