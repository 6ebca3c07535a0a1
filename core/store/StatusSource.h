#pragma once

#include "policy/StatusEngine.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace deliverboard {

// One campaign's part in an address's history.
struct AddressHistoryEntry {
    QString campaign;
    bool sent = false; // false: only in the audience (audienceStatus says why)
    Outcome outcome = Outcome::InProgress;
    QDateTime at; // the last attempt
    QString isp, code, enhanced, reason, reply;
    QString audienceStatus; // Active, Error, Opt-out; empty when not in the audience
    QStringList events;     // open, click, unsubscribe, complaint (each once)
};

// What the recipient status policy (contract section 7) reads from the store: every
// campaign's per-recipient outcomes (each judged under its campaign's default policy, as
// the report judges them), complaints, unsubscribes and audience statuses, campaign by
// campaign in order of first send, and the manual actions. SQLite: store/sqlite/StatusStore.
class StatusSource {
public:
    virtual ~StatusSource() = default;

    virtual QString errorString() const = 0;

    // Feeds the whole store into `engine`. False with errorString() set. `progress` (if
    // given) is called before each campaign with (campaigns done, campaigns in all); when it
    // returns false the evaluation stops (cancelled() is then true).
    virtual bool evaluate(StatusEngine& engine,
                          const std::function<bool(int done, int total)>& progress = {}) = 0;
    virtual bool cancelled() const = 0;

    // What each campaign (in send order) did to one address: for the audience view's
    // detail panel. nullopt with errorString() on a read error.
    virtual std::optional<QList<AddressHistoryEntry>> history(const QString& address) = 0;

    virtual bool addAction(const StatusAction& action) = 0;
    virtual QList<StatusAction> actions(const QString& address = {}) = 0; // in time order
};

} // namespace deliverboard
