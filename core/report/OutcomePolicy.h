#pragma once

#include <QDateTime>

namespace deliverboard {

// The limits that turn a temporary failure into a soft bounce (contract section 3), and
// the moment the report is "as of".
struct OutcomePolicy {
    double retryWindowHours = 30;
    int maxAttempts = 4;
    QDateTime asOf; // UTC

    // A deferred recipient whose first attempt is at or before this moment is given up.
    qint64 windowStartMs() const
    {
        return asOf.toMSecsSinceEpoch() - static_cast<qint64>(retryWindowHours * 3600.0 * 1000.0);
    }
};

} // namespace deliverboard
