#include "TimeFormat.h"

#include <QDateTime>

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

const char* monthAbbreviation(int month) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return kMonths[month - 1];
}

namespace {

void append2(QByteArray& out, int v) {
    out.append(char('0' + v / 10));
    out.append(char('0' + v % 10));
}

} // namespace

LocalClock::Civil LocalClock::civilFromSeconds(std::int64_t secs) {
    // Howard Hinnant's days-to-civil algorithm: exact for the proleptic Gregorian calendar.
    const std::int64_t days = floorDiv(secs, 86400);
    const std::int64_t rem = secs - days * 86400;
    const std::int64_t z = days + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d, int(rem / 3600), int((rem % 3600) / 60), int(rem % 60)};
}

int LocalClock::offsetSeconds(std::int64_t usec) {
    const std::int64_t secs = floorDiv(usec, kUsecPerSec);
    const std::int64_t bucket = floorDiv(secs, 900);
    if (bucket != m_cachedBucket) {
        // Zone transitions happen on quarter-hour boundaries in every zone in use today.
        m_cachedBucket = bucket;
        m_cachedOffset =
            m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(bucket * 900, QTimeZone::utc()));
    }
    return m_cachedOffset;
}

void LocalClock::appendRfc3164(QByteArray& out, std::int64_t usec) {
    const std::int64_t secs = floorDiv(usec, kUsecPerSec);
    const Civil c = civilFromSeconds(secs + offsetSeconds(usec));
    out.append(monthAbbreviation(c.month), 3);
    out.append(' ');
    out.append(c.day < 10 ? ' ' : char('0' + c.day / 10));
    out.append(char('0' + c.day % 10));
    out.append(' ');
    append2(out, c.hour);
    out.append(':');
    append2(out, c.minute);
    out.append(':');
    append2(out, c.second);
}

// "YYYY-MM-DDTHH:MM:SS", shared by the RFC 3339 log stamps and the UTC "as of".
void LocalClock::appendIsoDateTime(QByteArray& out, const Civil& c) {
    out.append(QByteArray::number(c.year));
    out.append('-');
    append2(out, c.month);
    out.append('-');
    append2(out, c.day);
    out.append('T');
    append2(out, c.hour);
    out.append(':');
    append2(out, c.minute);
    out.append(':');
    append2(out, c.second);
}

void LocalClock::appendRfc3339(QByteArray& out, std::int64_t usec) {
    const std::int64_t secs = floorDiv(usec, kUsecPerSec);
    const int frac = int(usec - secs * kUsecPerSec);
    const int off = offsetSeconds(usec);
    const Civil c = civilFromSeconds(secs + off);
    appendIsoDateTime(out, c);
    out.append('.');
    char buf[7];
    int f = frac;
    for (int i = 5; i >= 0; --i) {
        buf[i] = char('0' + f % 10);
        f /= 10;
    }
    out.append(buf, 6);
    const int a = off < 0 ? -off : off;
    out.append(off < 0 ? '-' : '+');
    append2(out, a / 3600);
    out.append(':');
    append2(out, (a % 3600) / 60);
}

QByteArray LocalClock::utcIso(std::int64_t usec) {
    const Civil c = civilFromSeconds(floorDiv(usec, kUsecPerSec));
    QByteArray out;
    appendIsoDateTime(out, c);
    out.append('Z');
    return out;
}
