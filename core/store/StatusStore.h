#pragma once

#include "policy/StatusEngine.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace deliverboard {

// The SQL behind the recipient status policy (contract section 7): reads every campaign's
// per-recipient outcomes (with ReportQueries' outcome expression, as of each campaign's
// own default "as of"), complaints, unsubscribes and audience statuses, campaign by
// campaign in order of first send, and the manual actions, into a StatusEngine.
class StatusStore {
public:
    explicit StatusStore(QSqlDatabase db);

    QString errorString() const { return m_error; }

    // Feeds the whole store into `engine`. False with errorString() set. `progress` (if
    // given) is called before each campaign with (campaigns done, campaigns in all); when it
    // returns false the evaluation stops (cancelled() is then true).
    bool evaluate(StatusEngine& engine,
                  const std::function<bool(int done, int total)>& progress = {});
    bool cancelled() const { return m_cancelled; }

    bool addAction(const StatusAction& action);
    QList<StatusAction> actions(const QString& address = {}); // in time order

private:
    bool feedCampaign(StatusEngine& engine, qint64 campaignId, const QString& outcomeSql);

    QSqlDatabase m_db;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace deliverboard
