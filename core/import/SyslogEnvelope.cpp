#include "SyslogEnvelope.h"

#include <QTimeZone>

namespace deliverboard {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads `count` digits at `pos`; -1 when they are not all digits.
int digits(QByteArrayView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

int monthFromAbbreviation(QByteArrayView s)
{
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i)
        if (s == QByteArrayView(kMonths[i], 3))
            return i + 1;
    return 0;
}

// `HH:MM:SS[.frac]` at pos; advances pos past it.
bool parseClock(QByteArrayView s, qsizetype& pos, QTime& time)
{
    const int h = digits(s, pos, 2), m = digits(s, pos + 3, 2), sec = digits(s, pos + 6, 2);
    if (h < 0 || m < 0 || sec < 0 || s[pos + 2] != ':' || s[pos + 5] != ':')
        return false;
    pos += 8;
    int msec = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int scale = 100, read = 0;
        while (pos < s.size() && isDigit(s[pos])) {
            if (read++ < 3) {
                msec += (s[pos] - '0') * scale;
                scale /= 10;
            }
            ++pos;
        }
    }
    time = QTime(h, m, sec, msec);
    return time.isValid();
}

// `YYYY-MM-DD[T ]HH:MM:SS[.frac](Z|±HH:MM|±HHMM)` at pos.
bool parseIsoTimestamp(QByteArrayView s, qsizetype& pos, QDateTime& utc)
{
    const int y = digits(s, pos, 4), mo = digits(s, pos + 5, 2), d = digits(s, pos + 8, 2);
    if (y < 0 || mo < 0 || d < 0 || s[pos + 4] != '-' || s[pos + 7] != '-' ||
        pos + 10 >= s.size() || (s[pos + 10] != 'T' && s[pos + 10] != ' '))
        return false;
    qsizetype p = pos + 11;
    QTime time;
    if (!parseClock(s, p, time))
        return false;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return false;
    int offsetSeconds = 0;
    if (p < s.size() && s[p] == 'Z') {
        ++p;
    } else if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
        const int sign = s[p] == '-' ? -1 : 1;
        const int oh = digits(s, p + 1, 2);
        int om = -1;
        qsizetype after = p + 3;
        if (after < s.size() && s[after] == ':') {
            om = digits(s, after + 1, 2);
            after += 3;
        } else {
            om = digits(s, after, 2);
            after += 2;
        }
        if (oh < 0 || om < 0)
            return false;
        offsetSeconds = sign * (oh * 3600 + om * 60);
        p = after;
    } else {
        return false; // an ISO timestamp without a zone is not something syslog writes
    }
    utc = QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
    pos = p;
    return true;
}

qsizetype skipSpaces(QByteArrayView s, qsizetype pos)
{
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    return pos;
}

qsizetype nextSpace(QByteArrayView s, qsizetype pos)
{
    while (pos < s.size() && s[pos] != ' ')
        ++pos;
    return pos;
}

void splitProgram(const QString& program, SyslogEnvelope& out)
{
    out.program = program;
    const qsizetype slash = program.lastIndexOf(QLatin1Char('/'));
    out.instance = slash >= 0 ? program.left(slash) : QString();
    out.daemon = slash >= 0 ? program.mid(slash + 1) : program;
}

// `host tag[pid]: ` (BSD style) at pos, as views of the line.
struct HostAndTag {
    QByteArrayView host;
    QByteArrayView tag; // without `[pid]` and the colon
    qint64 pid = 0;
    qsizetype bodyStart = 0;
};

bool hostAndTag(QByteArrayView s, qsizetype pos, HostAndTag& out) {
    pos = skipSpaces(s, pos);
    const qsizetype hostEnd = nextSpace(s, pos);
    if (hostEnd >= s.size() || hostEnd == pos)
        return false;
    out.host = s.sliced(pos, hostEnd - pos);
    pos = hostEnd + 1;
    const qsizetype tagEnd = nextSpace(s, pos);
    if (tagEnd <= pos)
        return false;
    QByteArrayView tag = s.sliced(pos, tagEnd - pos);
    if (!tag.endsWith(':'))
        return false;
    tag.chop(1);
    if (tag.endsWith(']')) {
        const qsizetype open = tag.lastIndexOf('[');
        if (open <= 0)
            return false;
        out.pid = tag.sliced(open + 1, tag.size() - open - 2).toLongLong();
        tag.truncate(open);
    }
    if (tag.isEmpty())
        return false;
    out.tag = tag;
    out.bodyStart = tagEnd < s.size() ? tagEnd + 1 : s.size();
    return true;
}

bool parseHostAndTag(QByteArrayView s, qsizetype pos, SyslogEnvelope& out) {
    HostAndTag parts;
    if (!hostAndTag(s, pos, parts))
        return false;
    out.host = QString::fromUtf8(parts.host);
    out.pid = parts.pid;
    splitProgram(QString::fromUtf8(parts.tag), out);
    out.bodyStart = parts.bodyStart;
    return true;
}

// An RFC 3164 timestamp (`Mar 14 08:00:01`, `Mar  4 ...`, optional fraction) at the start;
// `pos` is then just after it.
bool bsdTimestamp(QByteArrayView line, qsizetype& pos, int& month, int& day, QTime& time) {
    month = monthFromAbbreviation(line.first(3));
    if (month == 0 || line[3] != ' ')
        return false;
    pos = 4;
    if (line[pos] == ' ')
        ++pos; // space-padded day: "Mar  4"
    day = digits(line, pos, 2);
    if (day < 0) {
        day = digits(line, pos, 1);
        pos += 1;
    } else {
        pos += 2;
    }
    if (day < 1 || day > 31 || pos >= line.size() || line[pos] != ' ')
        return false;
    ++pos;
    return parseClock(line, pos, time);
}

bool parseRfc5424(QByteArrayView s, SyslogEnvelope& out)
{
    // <PRI>VERSION TIMESTAMP HOST APP PROCID MSGID SD MSG
    const qsizetype close = s.indexOf('>');
    if (close < 2 || close > 4)
        return false;
    qsizetype pos = close + 1;
    if (pos >= s.size() || !isDigit(s[pos]))
        return false;
    pos = nextSpace(s, pos) + 1;
    if (!parseIsoTimestamp(s, pos, out.utc))
        return false;
    out.hasYear = true;
    QByteArrayView fields[5];
    for (auto& field : fields) {
        pos = skipSpaces(s, pos);
        const qsizetype end = nextSpace(s, pos);
        if (end == pos)
            return false;
        field = s.sliced(pos, end - pos);
        pos = end;
    }
    out.host = QString::fromUtf8(fields[0]);
    splitProgram(QString::fromUtf8(fields[1]), out);
    out.pid = fields[2] == "-" ? 0 : fields[2].toLongLong();
    // Structured data is "-" or one or more [..] blocks; the message follows it.
    if (fields[4] != "-" && !fields[4].startsWith('['))
        return false;
    if (fields[4].startsWith('[')) {
        pos -= fields[4].size();
        while (pos < s.size() && s[pos] == '[') {
            const qsizetype end = s.indexOf(']', pos);
            if (end < 0)
                return false;
            pos = end + 1;
        }
    }
    out.bodyStart = qMin(skipSpaces(s, pos), s.size());
    return true;
}

} // namespace

bool SyslogEnvelope::parse(QByteArrayView line, SyslogEnvelope& out)
{
    out = SyslogEnvelope{};
    if (line.size() < 16)
        return false;
    if (line[0] == '<')
        return parseRfc5424(line, out);
    if (isDigit(line[0])) {
        qsizetype pos = 0;
        if (!parseIsoTimestamp(line, pos, out.utc))
            return false;
        out.hasYear = true;
        return parseHostAndTag(line, pos, out);
    }
    qsizetype pos = 0;
    int month = 0, day = 0;
    QTime time;
    if (!bsdTimestamp(line, pos, month, day, time))
        return false;
    out.month = month;
    out.day = day;
    out.localTime = time;
    return parseHostAndTag(line, pos, out);
}

int SyslogEnvelope::yearlessMonth(QByteArrayView line) {
    if (line.size() < 16 || line[0] == '<' || isDigit(line[0]))
        return 0; // too short, or a timestamp with its year
    qsizetype pos = 0;
    int month = 0, day = 0;
    QTime time;
    HostAndTag parts;
    if (!bsdTimestamp(line, pos, month, day, time) || !hostAndTag(line, pos, parts))
        return 0;
    return month;
}

} // namespace deliverboard
