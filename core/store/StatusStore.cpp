#include "StatusStore.h"

#include "ReportQueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace deliverboard {

StatusStore::StatusStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

namespace {
qint64 msOf(const QDateTime& time) {
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}
} // namespace

bool StatusStore::evaluate(StatusEngine& engine) {
    ReportQueries queries(m_db);
    QList<CampaignInfo> campaigns = queries.campaigns();
    if (!queries.errorString().isEmpty()) {
        m_error = queries.errorString();
        return false;
    }
    // Send order: the first attempt; a campaign without deliveries (only an audience) by
    // its newest log line, else its import time. Ties by id (import order).
    const auto sendTime = [](const CampaignInfo& c) {
        return c.firstAttemptAt.isValid() ? msOf(c.firstAttemptAt)
               : c.newestLogAt.isValid()  ? msOf(c.newestLogAt)
                                          : msOf(c.importedAt);
    };
    std::stable_sort(campaigns.begin(), campaigns.end(),
                     [&](const CampaignInfo& a, const CampaignInfo& b) {
                         const qint64 ta = sendTime(a), tb = sendTime(b);
                         return ta != tb ? ta < tb : a.id < b.id;
                     });
    const QList<StatusAction> allActions = actions();
    qsizetype nextAction = 0;
    for (const CampaignInfo& campaign : std::as_const(campaigns)) {
        const qint64 time = sendTime(campaign);
        // A manual action wins over everything before it; campaigns sent after it count from it.
        while (nextAction < allActions.size() && allActions.at(nextAction).atMs <= time)
            engine.applyAction(allActions.at(nextAction++));
        engine.beginCampaign(campaign.name, time);
        const OutcomePolicy policy = queries.defaultPolicy(campaign);
        if (!feedCampaign(engine, campaign.id, ReportQueries::outcomeExpression(policy)))
            return false;
        engine.endCampaign();
    }
    while (nextAction < allActions.size())
        engine.applyAction(allActions.at(nextAction++));
    return true;
}

bool StatusStore::feedCampaign(StatusEngine& engine, qint64 campaignId, const QString& outcomeSql) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto exec = [&](const QString& sql) {
        q.prepare(sql);
        q.addBindValue(campaignId);
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        return false;
    };

    // One pass over the campaign's deliveries, in no particular order: the engine keeps
    // each address's contribution until endCampaign().
    if (!exec(QStringLiteral(
                  "SELECT d.recipient, %1, d.last_attempt_at, d.isp, d.code, d.enhanced, d.reason, "
                  "d.blame FROM deliveries d WHERE d.campaign_id = ?")
                  .arg(outcomeSql)))
        return false;
    RecipientOutcome outcome;
    while (q.next()) {
        outcomeFromId(q.value(1).toString(), outcome.outcome);
        outcome.atMs = q.value(2).toLongLong();
        outcome.isp = q.value(3).toString();
        outcome.code = q.value(4).toString();
        outcome.enhanced = q.value(5).toString();
        outcome.reason = q.value(6).toString();
        outcome.blame = q.value(7).toString();
        engine.addOutcome(q.value(0).toString(), outcome);
    }

    // Complaints: ARF reports (timed by the delivery they are about, else the campaign's
    // newest log line) and complaint events; unsubscribe events.
    if (!exec(QStringLiteral(
            "SELECT LOWER(r.recipient), COALESCE(d.last_attempt_at, c.newest_log_at, 0) "
            "FROM returned_mail r JOIN campaigns c ON c.id = r.campaign_id "
            "LEFT JOIN deliveries d ON d.id = r.delivery_id "
            "WHERE r.campaign_id = ? AND r.class = 'complaint' AND r.recipient IS NOT NULL")))
        return false;
    while (q.next())
        engine.addComplaint(q.value(0).toString(), q.value(1).toLongLong());
    if (!exec(QStringLiteral(
            "SELECT e.email, e.event, MIN(COALESCE(e.at, c.newest_log_at, 0)) FROM events e "
            "JOIN campaigns c ON c.id = e.campaign_id WHERE e.campaign_id = ? "
            "AND e.event IN ('complaint', 'unsubscribe') GROUP BY e.email, e.event")))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == QLatin1String("complaint"))
            engine.addComplaint(q.value(0).toString(), q.value(2).toLongLong());
        else
            engine.addUnsubscribe(q.value(0).toString(), q.value(2).toLongLong());
    }

    // The audience: every member is an address seen in the store.
    if (!exec(QStringLiteral("SELECT email, status FROM audience WHERE campaign_id = ?")))
        return false;
    while (q.next())
        engine.addAudienceStatus(q.value(0).toString(), q.value(1).toString());
    return true;
}

bool StatusStore::addAction(const StatusAction& action) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO status_actions (email, action, note, at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(action.address.toLower());
    q.addBindValue(action.kind == StatusAction::Kind::Reactivate ? QStringLiteral("reactivate")
                                                                 : QStringLiteral("suppress"));
    q.addBindValue(action.note);
    q.addBindValue(action.atMs);
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

QList<StatusAction> StatusStore::actions(const QString& address) {
    QList<StatusAction> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT email, action, note, at FROM status_actions %1 ORDER BY at, id")
            .arg(address.isEmpty() ? QString() : QStringLiteral("WHERE email = ?")));
    if (!address.isEmpty())
        q.addBindValue(address.toLower());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next()) {
        StatusAction a;
        a.address = q.value(0).toString();
        a.kind = q.value(1).toString() == QLatin1String("reactivate")
                     ? StatusAction::Kind::Reactivate
                     : StatusAction::Kind::Suppress;
        a.note = q.value(2).toString();
        a.atMs = q.value(3).toLongLong();
        result.append(a);
    }
    return result;
}

} // namespace deliverboard
