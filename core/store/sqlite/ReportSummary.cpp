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
    // Read from the covering index deliveries_report. Attempts and the first attempt time
    // matter only to a delivery still deferred (ReportQueries::outcomeExpression), so the
    // others are grouped without them: a million deliveries become a few hundred groups
    // plus one per delivery still in the queue.
    q.prepare(QStringLiteral(
        "INSERT INTO delivery_groups (campaign_id, isp, final_status, class, code, enhanced, "
        "reason, "
        "stage, attempts, first_attempt_at, n) "
        "SELECT campaign_id, isp, final_status, class, code, enhanced, reason, stage, "
        "CASE WHEN final_status IN ('sent', 'bounced', 'expired') THEN NULL ELSE attempts END, "
        "CASE WHEN final_status IN ('sent', 'bounced', 'expired') THEN NULL ELSE first_attempt_at "
        "END, "
        "COUNT(*) FROM deliveries WHERE campaign_id = ? GROUP BY 2, 3, 4, 5, 6, 7, 8, 9, 10"));
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
