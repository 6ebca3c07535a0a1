#pragma once

#include "StatusEngine.h"

#include <QList>
#include <QMap>
#include <QString>

namespace deliverboard {

// One address whose status a candidate preset would change.
struct StatusChange {
    QString address;
    QString from, to; // active, error, opt_out
    QString isp;
    // What decides the change: the reason id (contract section 6) behind the error status
    // on either side, else the rule that set the new status (e.g. "complaint").
    QString reason;
    QString explanation; // the candidate's sentence
};

// What applying a candidate preset would do to a store (preview before apply): computed
// from two engines fed from the same store, the preset in force and the candidate. No SQL.
struct StatusDiff {
    qint64 addresses = 0;
    QMap<QString, qint64> byTransition; // "active>error" ... (from + '>' + to)
    QMap<QString, qint64> byIsp;
    QMap<QString, qint64> byReason;
    QList<StatusChange> changes; // by address

    qint64 changed() const { return changes.size(); }
    static QString transitionKey(const QString& from, const QString& to) {
        return from + QLatin1Char('>') + to;
    }

    // `cancel` (if given) is polled every few thousand addresses; the diff is then partial.
    static StatusDiff compute(const StatusEngine& current, const StatusEngine& candidate,
                              const std::function<bool()>& cancel = {});
};

} // namespace deliverboard
