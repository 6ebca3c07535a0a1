#pragma once

#include "store/StatusSource.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace deliverboard {

// The SQL behind the recipient status policy (contract section 7): reads every campaign's
// per-recipient outcomes (with ReportQueries' outcome expression, as of each campaign's
// own default "as of"), complaints, unsubscribes and audience statuses, campaign by
// campaign in order of first send, and the manual actions, into a StatusEngine: the
// SQLite StatusSource.
class StatusStore : public StatusSource {
public:
    explicit StatusStore(QSqlDatabase db);

    QString errorString() const override { return m_error; }

    // Feeds the whole store into `engine`. False with errorString() set. `progress` (if
    // given) is called before each campaign with (campaigns done, campaigns in all); when it
    // returns false the evaluation stops (cancelled() is then true).
    bool evaluate(StatusEngine& engine,
                  const std::function<bool(int done, int total)>& progress = {}) override;
    bool cancelled() const override { return m_cancelled; }

    // What each campaign (in send order) did to one address: for the audience view's
    // detail panel. nullopt with errorString() on a read error.
    std::optional<QList<AddressHistoryEntry>> history(const QString& address) override;

    bool addAction(const StatusAction& action) override;
    QList<StatusAction> actions(const QString& address = {}) override; // in time order

private:
    // `stillWanted` is polled every few ten thousand rows, so that cancelling a store of one
    // huge campaign does not wait for the whole campaign.
    bool defineAddresses(StatusEngine& engine, const std::function<bool()>& stillWanted);
    bool feedCampaign(StatusEngine& engine, qint64 campaignId, const QString& outcomeSql,
                      const std::function<bool()>& stillWanted);

    QSqlDatabase m_db;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace deliverboard
