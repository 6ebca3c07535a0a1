#include "ReportSummary.h"

#include "ReportQueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace deliverboard {

ReportSummary::ReportSummary(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool ReportSummary::invalidate(qint64 campaignId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM campaign_figures WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool ReportSummary::isValid(qint64 campaignId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM campaign_figures WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    return q.exec() && q.next();
}

bool ReportSummary::rebuild(qint64 campaignId) {
    const auto fail = [this](const QSqlQuery& q) {
        m_error = q.lastError().text();
        return false;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM delivery_groups WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(q);
    // Read from the covering index deliveries_report: the settled deliveries, whose outcome
    // no policy changes, become a few hundred groups however large the campaign.
    q.prepare(QStringLiteral(
        "INSERT INTO delivery_groups (campaign_id, isp, final_status, class, code, enhanced, "
        "reason, stage, n) "
        "SELECT campaign_id, isp, final_status, class, code, enhanced, reason, stage, COUNT(*) "
        "FROM deliveries WHERE campaign_id = ? AND final_status IN ('sent', 'bounced', "
        "'expired') GROUP BY 2, 3, 4, 5, 6, 7, 8"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(q);
    // The deliveries still deferred: their outcome depends on the attempts and the first
    // attempt time (ReportQueries::outcomeExpression), so they are partitioned by the
    // report's columns and attempts, each partition with the running count of its
    // deliveries by first attempt time (schema step 9 explains the tables).
    q.prepare(QStringLiteral("DELETE FROM deferred_times WHERE partition_id IN (SELECT id FROM "
                             "deferred_partitions WHERE campaign_id = ?)"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("DELETE FROM deferred_partitions WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(q);
    const QString deferred = QStringLiteral("final_status NOT IN ('sent', 'bounced', 'expired')");
    q.prepare(
        QStringLiteral("INSERT INTO deferred_partitions (campaign_id, isp, code, enhanced, reason, "
                       "stage, attempts, total) "
                       "SELECT campaign_id, isp, COALESCE(code, ''), COALESCE(enhanced, ''), "
                       "COALESCE(reason, ''), COALESCE(stage, 'unknown'), attempts, COUNT(*) "
                       "FROM deliveries WHERE campaign_id = ? AND %1 GROUP BY 2, 3, 4, 5, 6, 7")
            .arg(deferred));
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral(
                  "INSERT INTO deferred_times (partition_id, first_attempt_at, running) "
                  "SELECT p.id, t.first_attempt_at, SUM(t.n) OVER (PARTITION BY p.id ORDER BY "
                  "t.first_attempt_at) FROM (SELECT isp, COALESCE(code, '') AS code, "
                  "COALESCE(enhanced, '') AS enhanced, COALESCE(reason, '') AS reason, "
                  "COALESCE(stage, 'unknown') AS stage, attempts, first_attempt_at, COUNT(*) AS n "
                  "FROM deliveries WHERE campaign_id = ? AND %1 AND first_attempt_at IS NOT NULL "
                  "GROUP BY 1, 2, 3, 4, 5, 6, 7) t JOIN deferred_partitions p ON p.campaign_id = ? "
                  "AND p.isp = t.isp AND p.code = t.code AND p.enhanced = t.enhanced AND "
                  "p.reason = t.reason AND p.stage = t.stage AND p.attempts = t.attempts")
                  .arg(deferred));
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(q);
    // The timeline's attempts per minute (ReportQueries::timeline adds the last, partial
    // minute before "as of" from the attempts themselves).
    q.prepare(QStringLiteral("DELETE FROM attempt_minutes WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral(
        "INSERT INTO attempt_minutes (campaign_id, minute, sent, deferred, failed) "
        "SELECT d.campaign_id, a.at / 60000, SUM(a.status = 'sent'), "
        "SUM(a.status = 'deferred' AND a.network = 1), SUM(a.status IN ('bounced', 'expired')) "
        "FROM attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.campaign_id = ? "
        "GROUP BY 2"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(q);
    CampaignReport figures;
    ReportQueries queries(m_db);
    if (!queries.policyFreeFigures(campaignId, figures)) {
        m_error = queries.errorString();
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO campaign_figures (campaign_id, skipped, not_attempted, complaints, "
        "auto_replies, opened, clicked, unsubscribed, unmatched_returned_mail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const qint64 value :
         {campaignId, figures.skipped, figures.notAttempted, figures.complaints,
          figures.autoReplies, figures.engagement.opened, figures.engagement.clicked,
          figures.engagement.unsubscribed, figures.unmatchedReturnedMail})
        q.addBindValue(value);
    if (!q.exec())
        return fail(q);
    return true;
}

} // namespace deliverboard
