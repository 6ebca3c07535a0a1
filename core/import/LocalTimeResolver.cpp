#include "LocalTimeResolver.h"

namespace deliverboard {

LocalTimeResolver::LocalTimeResolver(QTimeZone zone, int configuredYear, int firstMonth,
                                     QDateTime fileModified)
    : m_zone(std::move(zone))
    , m_configuredYear(configuredYear)
    , m_firstMonth(firstMonth)
    , m_fileModified(std::move(fileModified))
{
}

int LocalTimeResolver::yearFor(int month, int day) const
{
    if (m_configuredYear > 0) {
        if (m_firstMonth > 0 && month < m_firstMonth - 6)
            return m_configuredYear + 1;
        if (m_firstMonth > 0 && month > m_firstMonth + 6)
            return m_configuredYear - 1;
        return m_configuredYear;
    }
    const QDateTime anchor = m_fileModified.isValid() ? m_fileModified.toTimeZone(m_zone)
                                                      : QDateTime::currentDateTime().toTimeZone(m_zone);
    const QDate anchorDate = anchor.date();
    // A line one day "after" the file's last write belongs to the previous year.
    const int year = anchorDate.year();
    const QDate candidate(year, month, day);
    if (candidate.isValid() && candidate > anchorDate.addDays(1))
        return year - 1;
    if (!candidate.isValid() && month > anchorDate.month())
        return year - 1; // Feb 29 in a common year: try the year before
    return year;
}

qint64 LocalTimeResolver::toUtcMs(const SyslogEnvelope& envelope) const
{
    if (envelope.hasYear)
        return envelope.utc.toMSecsSinceEpoch();
    const QDate date(yearFor(envelope.month, envelope.day), envelope.month, envelope.day);
    if (!date.isValid())
        return -1;
    const QDateTime local(date, envelope.localTime, m_zone);
    if (!local.isValid())
        return -1;
    return local.toMSecsSinceEpoch();
}

} // namespace deliverboard
