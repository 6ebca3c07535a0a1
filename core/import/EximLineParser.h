#pragma once

#include "QueueEvent.h"

#include <QDateTime>
#include <QStringView>
#include <QTimeZone>

namespace deliverboard {

// Exim main log lines (FORMATS.md section 3): `DATE TIME[.mmm] [+ZZZZ] [[pid]] MSGID
// MARKER ADDRESS ...`. Arrivals (<=), deliveries (=>, ->, >>), failures (**), deferrals
// (==) and Completed become queue events keyed by the Exim message id.
class EximLineParser {
public:
    // Reads the timestamp at the start of `line` (local time in `zone` unless the line
    // carries an offset); returns the index after it, or -1 when there is none.
    static qsizetype parseTimestamp(QStringView line, const QTimeZone& zone, QDateTime& utc);
    // Parses the rest of a line after its timestamp.
    static QueueEvent parseBody(QStringView body);
    static bool looksLikeMessageId(QStringView token);
};

} // namespace deliverboard
