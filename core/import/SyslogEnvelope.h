#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace deliverboard {

// The part of a syslog line before the message body: timestamp, host, program tag, pid.
// Recognises RFC 3164 (`Mar 14 08:00:01`, optional fraction), RFC 3339 / journald
// short-iso (`2026-03-14T08:00:01.123+01:00`, `+0100`, `Z`) and RFC 5424
// (`<22>1 2026-03-14T08:00:01+01:00 host app procid msgid sd`).
struct SyslogEnvelope {
    // Timestamp: either complete (hasYear) or month/day/time in local time without year.
    bool hasYear = false;
    QDateTime utc;          // set when hasYear (converted from the written offset)
    int month = 0, day = 0; // set when !hasYear
    QTime localTime;        // set when !hasYear

    QString host;
    QString program;  // full tag before `[pid]`, e.g. "postfix-239.58.50.50/smtp"
    QString instance; // tag up to the last '/', e.g. "postfix-239.58.50.50" ("" without '/')
    QString daemon;   // last '/'-separated component, e.g. "smtp"
    qint64 pid = 0;
    qsizetype bodyStart = 0; // index of the message body in the line

    // Parses the envelope; false when the line has none of the known shapes.
    static bool parse(QByteArrayView line, SyslogEnvelope& out);
    // The month of a line parse() accepts with a year-less timestamp, else 0; the same checks
    // without building the strings (the year anchor looks at every line of a folder first).
    static int yearlessMonth(QByteArrayView line);
};

} // namespace deliverboard
