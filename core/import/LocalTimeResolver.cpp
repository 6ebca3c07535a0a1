#include "LocalTimeResolver.h"

#include "LogFileReader.h"

#include <QFileInfo>

namespace deliverboard {

LocalTimeResolver::LocalTimeResolver(QTimeZone zone, int configuredYear, int anchorMonth,
                                     QDateTime fileModified, QDateTime anchorTime)
    : m_zone(std::move(zone))
    , m_configuredYear(configuredYear)
    , m_fileModified(std::move(fileModified))
    , m_anchorTime(std::move(anchorTime)) {
    setAnchorMonth(anchorMonth);
}

void LocalTimeResolver::setAnchorMonth(int month) {
    m_anchorMonth = month >= 1 && month <= 12 ? month : 0;
    m_anchorYear = m_configuredYear;
    if (m_anchorMonth == 0 || m_configuredYear > 0)
        return;
    // The latest year whose anchor month does not begin after the newest log was written.
    const QDateTime reference = m_anchorTime.isValid()     ? m_anchorTime
                                : m_fileModified.isValid() ? m_fileModified
                                                           : QDateTime::currentDateTime();
    const QDate today = reference.toTimeZone(m_zone).date();
    m_anchorYear = today.year();
    if (QDate(m_anchorYear, m_anchorMonth, 1) > today)
        --m_anchorYear;
}

int LocalTimeResolver::yearFor(int month, int day) const {
    if (m_anchorMonth > 0 || m_configuredYear > 0) {
        const int year = m_anchorYear;
        if (m_anchorMonth > 0 && month < m_anchorMonth - 6)
            return year + 1;
        if (m_anchorMonth > 0 && month > m_anchorMonth + 6)
            return year - 1;
        return year;
    }
    const QDateTime anchor = m_fileModified.isValid()
                                 ? m_fileModified.toTimeZone(m_zone)
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

qint64 LocalTimeResolver::toUtcMs(const SyslogEnvelope& envelope) const {
    if (envelope.hasYear)
        return envelope.utc.toMSecsSinceEpoch();
    const QDate date(yearFor(envelope.month, envelope.day), envelope.month, envelope.day);
    if (!date.isValid())
        return -1;
    if (const std::optional<int> offset = hourOffset(date, envelope.localTime.hour())) {
        constexpr qint64 kDayMs = 24 * 3600 * 1000;
        const qint64 localMs = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * kDayMs +
                               envelope.localTime.msecsSinceStartOfDay();
        return localMs - qint64(*offset) * 1000;
    }
    const QDateTime local(date, envelope.localTime, m_zone);
    if (!local.isValid())
        return -1;
    return local.toMSecsSinceEpoch();
}

std::optional<int> LocalTimeResolver::hourOffset(const QDate& date, int hour) const {
    const qint64 key = date.toJulianDay() * 24 + hour;
    if (const auto it = m_hourOffsets.constFind(key); it != m_hourOffsets.constEnd())
        return *it;
    if (m_hourOffsets.size() >= 4096)
        m_hourOffsets.clear();
    // The same offset at the first and the last millisecond of the hour, an hour apart in
    // UTC too: no transition (and no gap of skipped local times) inside it.
    const QDateTime first(date, QTime(hour, 0), m_zone);
    const QDateTime last(date, QTime(hour, 59, 59, 999), m_zone);
    std::optional<int> offset;
    if (first.isValid() && last.isValid() && first.offsetFromUtc() == last.offsetFromUtc() &&
        last.toMSecsSinceEpoch() - first.toMSecsSinceEpoch() == 3600 * 1000 - 1)
        offset = first.offsetFromUtc();
    m_hourOffsets.insert(key, offset);
    return offset;
}

void YearAnchor::addMonth(int month) {
    if (month >= 1 && month <= 12)
        ++m_counts[static_cast<std::size_t>(month)];
}

void YearAnchor::addFileTime(const QDateTime& modified) {
    if (modified.isValid() && (!m_newest.isValid() || modified > m_newest))
        m_newest = modified;
}

void YearAnchor::scanFiles(const QStringList& paths) {
    for (const QString& path : paths) {
        addFileTime(QFileInfo(path).lastModified());
        LogFileReader reader(path);
        if (!reader.open())
            continue; // the import reports it
        LogFileReader::Line line;
        while (reader.readLine(line))
            if (!line.binary)
                if (const int month = SyslogEnvelope::yearlessMonth(line.text))
                    addMonth(month);
    }
}

int YearAnchor::month() const {
    int best = 0;
    for (int m = 1; m <= 12; ++m)
        if (m_counts[static_cast<std::size_t>(m)] >
            (best ? m_counts[static_cast<std::size_t>(best)] : 0))
            best = m;
    return best;
}

} // namespace deliverboard
