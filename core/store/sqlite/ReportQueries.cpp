#include "ReportQueries.h"

#include "AttemptTextCache.h"
#include "Migrations.h"
#include "store/SqlThreadGuard.h"

#include <QSqlError>
#include <QTimeZone>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

namespace deliverboard {

namespace {
QDateTime fromMs(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Outcome outcomeOf(const QVariant& value)
{
    Outcome outcome = Outcome::InProgress;
    outcomeFromId(value.toString(), outcome);
    return outcome;
}

CampaignInfo campaignFrom(const QSqlQuery& q)
{
    CampaignInfo c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.folder = q.value(2).toString();
    c.senderFilter = q.value(3).toString();
    c.timeZone = q.value(4).toString();
    c.retryWindowHours = q.value(5).toDouble();
    c.maxAttempts = q.value(6).toInt();
    c.newestLogAt = fromMs(q.value(7));
    c.importedAt = fromMs(q.value(8));
    c.firstAttemptAt = fromMs(q.value(9));
    c.ownRetryWindowHours = q.value(10).toDouble();
    c.ownMaxAttempts = q.value(11).toInt();
    return c;
}

// The limits in force: a campaign's own override (campaign_limits), else the store-wide one
// (store_settings, see StoreSettings), else what its campaign.json said. Resolved here, in
// the one query every front end reads campaigns through, so the GUI and the CLI agree.
const QString kCampaignColumns = QStringLiteral(
    "c.id, c.name, c.folder, c.sender_filter, c.timezone, "
    "COALESCE(l.retry_window_hours, (SELECT CAST(value AS REAL) FROM store_settings "
    "WHERE key = 'retry_window_hours'), c.retry_window_hours), "
    "COALESCE(l.max_attempts, (SELECT CAST(value AS INTEGER) FROM store_settings "
    "WHERE key = 'max_attempts'), c.max_attempts), "
    "c.newest_log_at, c.imported_at, "
    "c.first_attempt_at, "
    "c.retry_window_hours, c.max_attempts");
const QString kCampaignFrom =
    QStringLiteral("campaigns c LEFT JOIN campaign_limits l ON l.campaign_id = c.id");

QString sortExpression(MessageFilter::SortColumn column)
{
    switch (column) {
    case MessageFilter::SortColumn::Recipient: return QStringLiteral("d.recipient");
    case MessageFilter::SortColumn::Outcome: return QStringLiteral("outcome");
    case MessageFilter::SortColumn::Isp: return QStringLiteral("d.isp");
    case MessageFilter::SortColumn::Attempts: return QStringLiteral("d.attempts");
    // A missing code, stage or reason shows as empty, so it sorts as the empty text: the
    // key is then never NULL and a page starts after its cursor by a plain comparison (no
    // index orders by these columns, so nothing is lost by the expression).
    case MessageFilter::SortColumn::Code:
        return QStringLiteral("COALESCE(d.code, '')");
    case MessageFilter::SortColumn::Stage:
        return QStringLiteral("COALESCE(d.stage, '')");
    case MessageFilter::SortColumn::Reason:
        return QStringLiteral("COALESCE(d.reason, '')");
    // Indexed (deliveries_campaign_last) and NULL before any attempt: NULLs come first in
    // ascending order, last in descending order (SQLite's rule), and messagesPage() reads
    // them as a range of their own.
    case MessageFilter::SortColumn::LastAttempt: return QStringLiteral("d.last_attempt_at");
    }
    return QStringLiteral("d.recipient");
}

// The drill-down's order: the key, then the id in the same direction. An index entry ends
// with the row id, so one index walked forward or backward gives exactly this order; with
// the id always ascending, a descending sort needed a sort of every tie (by attempts: most
// of the campaign, 0.9-1.3 s for a deep page at 1M).
QString orderClause(const QString& key, bool descending) {
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return QStringLiteral(" ORDER BY %1 %2, d.id %2").arg(key, direction);
}

MessageRow messageFrom(const QSqlQuery& q)
{
    MessageRow r;
    r.deliveryId = q.value(0).toLongLong();
    r.recipient = q.value(1).toString();
    r.outcome = outcomeOf(q.value(2));
    r.isp = q.value(3).toString();
    r.attempts = q.value(4).toInt();
    r.code = q.value(5).toString();
    r.enhanced = q.value(6).toString();
    r.stage = q.value(7).toString();
    r.reason = q.value(8).toString();
    r.cls = q.value(9).toString();
    r.blame = q.value(10).toString();
    r.lastReply = q.value(11).toString();
    r.relay = q.value(12).toString();
    r.firstAttempt = fromMs(q.value(13));
    r.lastAttempt = fromMs(q.value(14));
    r.queueId = q.value(15).toString();
    r.messageId = q.value(16).toString();
    return r;
}
} // namespace

bool ReportQueries::run(QSqlQuery& query)
{
    sqlguard::check("ReportQueries", query.lastQuery());
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

ReportQueries::ReportQueries(QSqlDatabase db)
    : m_db(std::move(db)), m_attemptTexts(m_db)
{
}

QString ReportQueries::outcomeExpression(const OutcomePolicy& policy)
{
    // Numbers are formatted into the SQL (they are ours, not user text) so that the same
    // expression can be used in SELECT, WHERE and GROUP BY without repeating binds.
    return QStringLiteral(
               "(CASE WHEN d.final_status = 'sent' THEN 'delivered' "
               "WHEN d.final_status = 'bounced' THEN "
               "(CASE WHEN d.class = 'spam' THEN 'spam' WHEN d.class IN ('soft', 'greylist') "
               "THEN 'soft' ELSE 'hard' END) "
               "WHEN d.final_status = 'expired' THEN 'soft' "
               "WHEN d.attempts >= %1 OR d.first_attempt_at <= %2 THEN 'soft' "
               "ELSE 'in_progress' END)")
        .arg(policy.maxAttempts)
        .arg(policy.windowStartMs());
}

QList<CampaignInfo> ReportQueries::campaigns()
{
    QList<CampaignInfo> result;
    sqlguard::check("ReportQueries::campaigns");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY c.name").arg(kCampaignColumns, kCampaignFrom))) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(campaignFrom(q));
    return result;
}

std::optional<CampaignInfo> ReportQueries::campaign(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE c.name = ?").arg(kCampaignColumns, kCampaignFrom));
    q.addBindValue(name);
    if (!run(q))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    return campaignFrom(q);
}

bool ReportQueries::renameCampaign(qint64 id, const QString& newName)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE campaigns SET name = ? WHERE id = ?"));
    q.addBindValue(newName);
    q.addBindValue(id);
    return run(q);
}

bool ReportQueries::removeCampaign(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
    q.addBindValue(id);
    return run(q);
}

bool ReportQueries::removeCampaign(qint64 id, const std::function<bool(qint64, qint64)>& progress) {
    m_error.clear();
    sqlguard::check("ReportQueries::removeCampaign");
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    const auto fail = [this](bool cancelled) {
        if (!cancelled && m_error.isEmpty())
            m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id = ?"));
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return fail(false);
    const qint64 total = q.value(0).toLongLong();
    q.finish();
    // Deliveries carry nearly all the rows (their attempts go with them, ON DELETE
    // CASCADE); a batch takes well under a second, so cancel answers at once. The batch
    // is found on deliveries_campaign_recipient.
    constexpr int kBatch = 20000;
    qint64 done = 0;
    QSqlQuery batch(m_db);
    batch.prepare(QStringLiteral("DELETE FROM deliveries WHERE id IN (SELECT id FROM deliveries "
                                 "WHERE campaign_id = ? LIMIT %1)")
                      .arg(kBatch));
    while (done < total) {
        batch.addBindValue(id);
        if (!run(batch))
            return fail(false);
        const int removed = batch.numRowsAffected();
        done += removed;
        if (!progress(qMin(done, total), total))
            return fail(true);
        if (removed == 0)
            break;
    }
    q.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q))
        return fail(false);
    if (!m_db.commit())
        return fail(false);
    return true;
}

OutcomePolicy ReportQueries::defaultPolicy(const CampaignInfo& campaign, const QDateTime& asOf) const
{
    OutcomePolicy policy;
    policy.retryWindowHours = campaign.retryWindowHours;
    policy.maxAttempts = campaign.maxAttempts;
    policy.asOf = asOf.isValid()                ? asOf.toUTC()
                  : campaign.newestLogAt.isValid() ? campaign.newestLogAt
                                                   : QDateTime::currentDateTimeUtc();
    return policy;
}

bool ReportQueries::report(const CampaignInfo& campaign, const OutcomePolicy& policy, CampaignReport& out)
{
    out = CampaignReport{};
    out.campaign = campaign.name;
    out.asOf = policy.asOf;
    out.retryWindowHours = policy.retryWindowHours;
    out.maxAttempts = policy.maxAttempts;
    bool summarised = false;
    if (!storedFigures(campaign.id, out, summarised))
        return false;
    if (summarised)
        return outcomeGroups(QStringLiteral("delivery_groups"), campaign.id, policy, out);
    return outcomeGroups(QStringLiteral("deliveries"), campaign.id, policy, out) &&
           policyFreeFigures(campaign.id, out);
}

// `source` is deliveries (one row per delivery) or delivery_groups (the same columns, one
// row per group with its count n): the one query serves both, so they cannot disagree.
bool ReportQueries::outcomeGroups(const QString& source, qint64 campaignId, const OutcomePolicy& policy,
                                  CampaignReport& out)
{
    const QString outcome = outcomeExpression(policy);
    const bool grouped = source == QLatin1String("delivery_groups");

    // One pass over the campaign's deliveries (read from the covering index
    // deliveries_report) or its groups: outcome by ISP, reply code, reason and stage. The
    // result has a few hundred rows at most, however large the campaign; the rest is
    // summed here.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.isp, %1 AS outcome, COALESCE(d.code, ''), COALESCE(d.enhanced, ''), "
                             "COALESCE(d.reason, ''), COALESCE(d.stage, 'unknown'), %2 "
                             "FROM %3 d WHERE d.campaign_id = ? GROUP BY 1, 2, 3, 4, 5, 6")
                  .arg(outcome, grouped ? QStringLiteral("SUM(d.n)") : QStringLiteral("COUNT(*)"), source));
    q.addBindValue(campaignId);
    if (!run(q))
        return false;
    std::map<QString, IspFigures> byIsp;
    std::map<QString, std::map<std::tuple<QString, QString, QString>, qint64>> codesByIsp;
    std::map<QString, qint64> stages;
    // Sums are kept in maps, so the order and the split of the rows do not matter; a row
    // with no deliveries is left out, as the grouped query never returns one.
    const auto add = [&](const QString& isp, Outcome o, const QString& code,
                         const QString& enhanced, const QString& reason, const QString& stage,
                         qint64 count) {
        if (count <= 0)
            return;
        IspFigures& figures = byIsp[isp];
        figures.isp = isp;
        figures.counts.add(o, count);
        out.totals.add(o, count);
        if (!bounceOutcomes().contains(o))
            return;
        codesByIsp[isp][{code, enhanced, reason}] += count;
        stages[stage] += count;
    };
    while (q.next())
        add(q.value(0).toString(), outcomeOf(q.value(1)), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toLongLong());
    // The summary's deliveries still deferred, by partition (ReportSummary): all of a
    // partition are soft bounces once it has the attempts the policy allows, else those
    // first attempted at or before the window start, read as the running count of the
    // partition's last first attempt time up to it (one seek in deferred_times).
    if (grouped) {
        QSqlQuery d(m_db);
        d.setForwardOnly(true);
        d.prepare(QStringLiteral(
            "SELECT p.isp, p.code, p.enhanced, p.reason, p.stage, p.total, "
            "CASE WHEN p.attempts >= ? THEN p.total ELSE COALESCE((SELECT t.running FROM "
            "deferred_times t WHERE t.partition_id = p.id AND t.first_attempt_at <= ? "
            "ORDER BY t.first_attempt_at DESC LIMIT 1), 0) END "
            "FROM deferred_partitions p WHERE p.campaign_id = ?"));
        d.addBindValue(policy.maxAttempts);
        d.addBindValue(policy.windowStartMs());
        d.addBindValue(campaignId);
        if (!run(d))
            return false;
        while (d.next()) {
            const QString isp = d.value(0).toString();
            const qint64 total = d.value(5).toLongLong();
            const qint64 soft = d.value(6).toLongLong();
            const QString code = d.value(1).toString();
            const QString enhanced = d.value(2).toString();
            const QString reason = d.value(3).toString();
            const QString stage = d.value(4).toString();
            add(isp, Outcome::Soft, code, enhanced, reason, stage, soft);
            add(isp, Outcome::InProgress, code, enhanced, reason, stage, total - soft);
        }
    }
    for (auto& [isp, figures] : byIsp) {
        for (const auto& [key, count] : codesByIsp[isp])
            figures.codes.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
        // Most frequent first; ties by code, enhanced code and reason.
        std::stable_sort(figures.codes.begin(), figures.codes.end(),
                         [](const CodeCount& a, const CodeCount& b) { return a.count > b.count; });
        out.byIsp.append(figures);
    }
    std::stable_sort(out.byIsp.begin(), out.byIsp.end(), [](const IspFigures& a, const IspFigures& b) {
        if (a.counts.sent != b.counts.sent)
            return a.counts.sent > b.counts.sent;
        return a.isp < b.isp;
    });
    for (const auto& [stage, count] : stages)
        out.failuresByStage.append({stage, count});
    std::stable_sort(out.failuresByStage.begin(), out.failuresByStage.end(),
                     [](const StageCount& a, const StageCount& b) { return a.count > b.count; });

    return true;
}

bool ReportQueries::storedFigures(qint64 campaignId, CampaignReport& out, bool& found)
{
    found = false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT skipped, not_attempted, complaints, auto_replies, opened, clicked, "
                             "unsubscribed, unmatched_returned_mail FROM campaign_figures WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!run(q))
        return false;
    if (!q.next())
        return true;
    found = true;
    out.skipped = q.value(0).toLongLong();
    out.notAttempted = q.value(1).toLongLong();
    out.complaints = q.value(2).toLongLong();
    out.autoReplies = q.value(3).toLongLong();
    out.engagement.opened = q.value(4).toLongLong();
    out.engagement.clicked = q.value(5).toLongLong();
    out.engagement.unsubscribed = q.value(6).toLongLong();
    out.unmatchedReturnedMail = q.value(7).toLongLong();
    return true;
}

bool ReportQueries::policyFreeFigures(qint64 campaignId, CampaignReport& out)
{
    QSqlQuery q(m_db);
    // The audience: members not sent to, and members the logs never mention.
    q.prepare(QStringLiteral(
        "SELECT SUM(a.status IN ('Error', 'Opt-out')), "
        "SUM(a.status = 'Active' AND NOT EXISTS (SELECT 1 FROM deliveries d "
        "WHERE d.campaign_id = a.campaign_id AND d.recipient = a.email)) "
        "FROM audience a WHERE a.campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!run(q) || !q.next())
        return false;
    out.skipped = q.value(0).toLongLong();
    out.notAttempted = q.value(1).toLongLong();

    // Complaints (ARF reports and complaint events) and auto-replies count distinct
    // recipients: a complaint seen both ways is one complaint.
    q.prepare(QStringLiteral(
        "SELECT "
        "(SELECT COUNT(*) FROM (SELECT recipient FROM returned_mail WHERE campaign_id = %1 AND class = 'complaint' "
        "  UNION SELECT email FROM events WHERE campaign_id = %1 AND event = 'complaint')), "
        "(SELECT COUNT(DISTINCT COALESCE(recipient, id)) FROM returned_mail WHERE campaign_id = %1 AND class = 'auto_reply'), "
        "(SELECT COUNT(DISTINCT email) FROM events WHERE campaign_id = %1 AND event = 'open'), "
        "(SELECT COUNT(DISTINCT email) FROM events WHERE campaign_id = %1 AND event = 'click'), "
        "(SELECT COUNT(DISTINCT email) FROM events WHERE campaign_id = %1 AND event = 'unsubscribe'), "
        "(SELECT COUNT(*) FROM returned_mail WHERE campaign_id = %1 AND delivery_id IS NULL)")
                  .arg(campaignId)); // our own integer id, repeated six times
    if (!run(q) || !q.next())
        return false;
    out.complaints = q.value(0).toLongLong();
    out.autoReplies = q.value(1).toLongLong();
    out.engagement.opened = q.value(2).toLongLong();
    out.engagement.clicked = q.value(3).toLongLong();
    out.engagement.unsubscribed = q.value(4).toLongLong();
    out.unmatchedReturnedMail = q.value(5).toLongLong();
    return true;
}

QString ReportQueries::messageSelect(const OutcomePolicy& policy) const
{
    return QStringLiteral(
               "SELECT d.id, d.recipient, %1 AS outcome, d.isp, d.attempts, d.code, d.enhanced, "
               "d.stage, d.reason, d.class, d.blame, d.reply, d.relay, d.first_attempt_at, "
               "d.last_attempt_at, m.queue_id, m.message_id FROM deliveries d "
               "JOIN messages m ON m.id = d.message_id WHERE d.campaign_id = ?")
        .arg(outcomeExpression(policy));
}

namespace {
// The outcome filter as one condition per range of deliveries_settled (each settled
// outcome, and the deliveries still deferred with the policy's bounds where they matter).
QStringList settledArms(const OutcomePolicy& policy, const QList<Outcome>& outcomes) {
    const QString settled = settledOutcomeSql(QStringLiteral("d"));
    const QString givenUp = QStringLiteral("(d.attempts >= %1 OR d.first_attempt_at <= %2)")
                                .arg(policy.maxAttempts)
                                .arg(policy.windowStartMs());
    QStringList arms;
    const bool soft = outcomes.contains(Outcome::Soft);
    const bool inProgress = outcomes.contains(Outcome::InProgress);
    for (const Outcome o : {Outcome::Delivered, Outcome::Soft, Outcome::Hard, Outcome::Spam})
        if (outcomes.contains(o))
            arms.append(QStringLiteral("%1 = '%2'").arg(settled, outcomeId(o)));
    if (soft && inProgress)
        arms.append(QStringLiteral("%1 = 'deferred'").arg(settled));
    else if (soft || inProgress)
        arms.append(QStringLiteral("%1 = 'deferred' AND %2%3")
                        .arg(settled, inProgress ? QStringLiteral("NOT ") : QString(), givenUp));
    return arms;
}

// The outcome filter as conditions an index can answer: a settled delivery's outcome is the
// expression of the index deliveries_settled (schema step 9) and a delivery still deferred
// is a soft bounce or in progress by the policy's two bounds (the comparisons of
// ReportQueries::outcomeExpression). A count reads the index ranges whatever the outcomes.
// A page is read through the index only where it gives the page's order: one range (one
// settled outcome, or those in progress) in recipient order, so "hard bounces" is an index
// range instead of every row's outcome computed until a page is full. With several ranges,
// or another order, SQLite would read them all and sort (EXPLAIN QUERY PLAN: 4-5 s at 1M
// for soft+spam by time); there the outcome stays computed per row, as the order's index is
// walked, the plan these filters had before.
QString settledRanges(const OutcomePolicy& policy, const QList<Outcome>& outcomes) {
    QStringList arms = settledArms(policy, outcomes);
    for (QString& arm : arms)
        arm = QLatin1Char('(') + arm + QLatin1Char(')');
    return QStringLiteral(" AND (%1)").arg(arms.join(QStringLiteral(" OR ")));
}

// One index range of deliveries_settled, read in its own order (recipient, then id).
bool pageFromSettledIndex(const MessageFilter& filter) {
    if (filter.sortColumn != MessageFilter::SortColumn::Recipient)
        return false;
    if (filter.outcomes.isEmpty() || filter.outcomes.first() == Outcome::Soft)
        return false;
    return std::all_of(filter.outcomes.cbegin(), filter.outcomes.cend(),
                       [&](Outcome o) { return o == filter.outcomes.first(); });
}
} // namespace

QString ReportQueries::filterClause(qint64 campaignId, const OutcomePolicy& policy,
                                    const MessageFilter& filter, QVariantList& binds,
                                    bool unordered) const {
    QString clause;
    const bool settledIndex =
        !filter.outcomes.isEmpty() && (unordered || pageFromSettledIndex(filter));
    if (settledIndex) {
        clause += settledRanges(policy, filter.outcomes);
    } else if (!filter.outcomes.isEmpty()) {
        // The alias `outcome` of the select list (SQLite lets WHERE use it).
        QStringList ids;
        for (Outcome o : filter.outcomes)
            ids.append(QLatin1Char('\'') + outcomeId(o) + QLatin1Char('\''));
        clause += QStringLiteral(" AND outcome IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (!filter.isp.isEmpty()) {
        // On the outcome's range the ISP is read from the same index entries; the unary +
        // keeps SQLite from walking the ISP's index instead (its statistics say an ISP has
        // fewer rows than an outcome, but then every row's outcome is read from the table).
        clause +=
            settledIndex ? QStringLiteral(" AND +d.isp = ?") : QStringLiteral(" AND d.isp = ?");
        binds.append(filter.isp);
    }
    if (!filter.code.isEmpty()) {
        clause += QStringLiteral(" AND (d.code = ? OR d.enhanced = ?)");
        binds.append(filter.code);
        binds.append(filter.code);
    }
    if (!filter.stage.isEmpty()) {
        clause += QStringLiteral(" AND d.stage = ?");
        binds.append(filter.stage);
    }
    if (!filter.reason.isEmpty()) {
        clause += QStringLiteral(" AND d.reason = ?");
        binds.append(filter.reason);
    }
    // IN (subquery) is evaluated once, not per delivery, because it names the campaign by
    // its id, not as d.campaign_id: a correlated list is built again for every row (1.2 s
    // for a first page at 1M, 17 ms uncorrelated). Complaints are few, deliveries many.
    if (filter.complained)
        clause += QStringLiteral(
                      " AND (d.id IN (SELECT r.delivery_id FROM returned_mail r WHERE "
                      "r.campaign_id = %1 AND r.class = 'complaint') OR d.recipient IN (SELECT "
                      "e.email FROM events e WHERE e.campaign_id = %1 AND e.event = 'complaint'))")
                      .arg(campaignId); // our own integer id
    if (filter.autoReplied)
        clause += QStringLiteral(" AND d.id IN (SELECT r.delivery_id FROM returned_mail r WHERE "
                                 "r.campaign_id = %1 AND r.class = 'auto_reply')")
                      .arg(campaignId);
    if (!filter.search.isEmpty()) {
        clause += QStringLiteral(" AND d.recipient LIKE ? ESCAPE '\\'");
        QString pattern = filter.search.toLower();
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        binds.append(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    return clause;
}

qint64 ReportQueries::countMessages(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                    const MessageFilter& filter)
{
    QVariantList binds;
    const QString where = filterClause(campaign.id, policy, filter, binds, true);
    QSqlQuery q(m_db);
    // The filters read only indexed columns, so that SQLite counts from an index.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries d WHERE d.campaign_id = ?") + where);
    q.addBindValue(campaign.id);
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    if (!run(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<MessageRow> ReportQueries::messages(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                          const MessageFilter& filter, qint64 offset, qint64 limit)
{
    QList<MessageRow> rows;
    QVariantList binds{campaign.id};
    const QString where = filterClause(campaign.id, policy, filter, binds);
    // SQLite lets WHERE use the SELECT alias `outcome`.
    appendMessages(messageSelect(policy) + where +
                       orderClause(sortExpression(filter.sortColumn), filter.descending) +
                       QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset),
                   binds, rows);
    return rows;
}

bool ReportQueries::appendMessages(const QString& sql, const QVariantList& binds,
                                   QList<MessageRow>& rows) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (!run(q))
        return false;
    while (q.next())
        rows.append(messageFrom(q));
    return true;
}

MessageCursor ReportSource::cursorOf(const MessageRow& row, MessageFilter::SortColumn column) {
    switch (column) {
    case MessageFilter::SortColumn::Recipient:
        return {row.recipient, row.deliveryId};
    case MessageFilter::SortColumn::Outcome:
        return {outcomeId(row.outcome), row.deliveryId};
    case MessageFilter::SortColumn::Isp:
        return {row.isp, row.deliveryId};
    case MessageFilter::SortColumn::Attempts:
        return {row.attempts, row.deliveryId};
    // The sort keys of these are the shown text, empty where the column is NULL. A null
    // QString would be bound as NULL, which compares with nothing: bind the empty text.
    case MessageFilter::SortColumn::Code:
        return {row.code.isNull() ? QStringLiteral("") : row.code, row.deliveryId};
    case MessageFilter::SortColumn::Stage:
        return {row.stage.isNull() ? QStringLiteral("") : row.stage, row.deliveryId};
    case MessageFilter::SortColumn::Reason:
        return {row.reason.isNull() ? QStringLiteral("") : row.reason, row.deliveryId};
    case MessageFilter::SortColumn::LastAttempt:
        return {row.lastAttempt.isValid() ? QVariant(row.lastAttempt.toMSecsSinceEpoch())
                                          : QVariant(),
                row.deliveryId};
    }
    return {};
}

std::optional<MessageCursor> ReportQueries::cursorAt(const CampaignInfo& campaign,
                                                     const OutcomePolicy& policy,
                                                     const MessageFilter& filter, qint64 row) {
    if (filter.sortColumn == MessageFilter::SortColumn::Recipient && !filter.outcomes.isEmpty() &&
        !pageFromSettledIndex(filter))
        return mergedCursorAt(campaign, policy, filter, row);
    QVariantList binds;
    const QString where = filterClause(campaign.id, policy, filter, binds);
    const QString key = sortExpression(filter.sortColumn);
    // Only the sort key and the id (plus the outcome when it is sorted on, or filtered on
    // per row): skipping rows then walks an index, without the join or the wide rows.
    const bool needsOutcome = filter.sortColumn == MessageFilter::SortColumn::Outcome ||
                              (!filter.outcomes.isEmpty() && !pageFromSettledIndex(filter));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The outcome is an alias: in the select list its expression stands for it.
    const QString keyColumn =
        filter.sortColumn == MessageFilter::SortColumn::Outcome ? outcomeExpression(policy) : key;
    q.prepare(
        QStringLiteral("SELECT %1, d.id%2 FROM deliveries d WHERE d.campaign_id = ?")
            .arg(keyColumn, needsOutcome
                                ? QStringLiteral(", %1 AS outcome").arg(outcomeExpression(policy))
                                : QString()) +
        where + orderClause(key, filter.descending) +
        QStringLiteral(" LIMIT 1 OFFSET %1").arg(row));
    q.addBindValue(campaign.id);
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    if (!run(q))
        return std::nullopt;
    if (!q.next())
        return MessageCursor{}; // past the end: an empty page
    // A NULL key (isNull(), not the value's type) is a cursor into the NULLs' own range.
    return MessageCursor{q.isNull(0) ? QVariant() : q.value(0), q.value(1).toLongLong()};
}

std::optional<MessageCursor> ReportQueries::mergedCursorAt(const CampaignInfo& campaign,
                                                           const OutcomePolicy& policy,
                                                           const MessageFilter& filter,
                                                           qint64 row) {
    // Several outcome ranges in recipient order (soft bounces: the settled ones and those
    // still deferred past the policy's bounds): each range of deliveries_settled is read in
    // (recipient, id) order and SQLite merges them (EXPLAIN QUERY PLAN: MERGE (UNION ALL)),
    // so the skipped rows are index entries, not every row's outcome read from the table
    // (soft bounces at row 33,301 of 1M: 5.2-5.7 s before).
    MessageFilter others = filter;
    others.outcomes.clear();
    QVariantList binds;
    // The ISP is read from the range's entries (the + keeps its own index out, see
    // filterClause).
    const QString where =
        filterClause(campaign.id, policy, others, binds)
            .replace(QStringLiteral(" AND d.isp = ?"), QStringLiteral(" AND +d.isp = ?"));
    QStringList selects;
    for (const QString& arm : settledArms(policy, filter.outcomes))
        selects.append(QStringLiteral("SELECT d.recipient AS k, d.id AS id FROM deliveries d "
                                      "WHERE d.campaign_id = ? AND ") +
                       arm + where);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selects.join(QStringLiteral(" UNION ALL ")) +
              QStringLiteral(" ORDER BY 1 %1, 2 %1 LIMIT 1 OFFSET %2")
                  .arg(filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                  .arg(row));
    for (qsizetype arm = 0; arm < selects.size(); ++arm) {
        q.addBindValue(campaign.id);
        for (const QVariant& bind : std::as_const(binds))
            q.addBindValue(bind);
    }
    if (!run(q))
        return std::nullopt;
    if (!q.next())
        return MessageCursor{}; // past the end: an empty page
    return MessageCursor{q.value(0), q.value(1).toLongLong()};
}

QList<MessageRow> ReportQueries::messagesPage(const CampaignInfo& campaign,
                                              const OutcomePolicy& policy,
                                              const MessageFilter& filter, qint64 offset,
                                              qint64 limit, const MessageCursor& after, bool* ok) {
    m_error.clear();
    const auto done = [&](QList<MessageRow> rows) {
        if (ok)
            *ok = m_error.isEmpty();
        return rows;
    };
    if (offset == 0 && !after.isValid())
        return done(messages(campaign, policy, filter, offset, limit));
    MessageCursor cursor = after;
    if (!cursor.isValid()) {
        const std::optional<MessageCursor> found = cursorAt(campaign, policy, filter, offset - 1);
        if (!found)
            return done({});
        if (!found->isValid())
            return done({});
        cursor = *found;
    }
    QVariantList binds{campaign.id};
    const QString where = filterClause(campaign.id, policy, filter, binds);
    const QString key = sortExpression(filter.sortColumn);
    const QString order = orderClause(key, filter.descending);
    QList<MessageRow> rows;
    // One range of the order: the rows matching `range` (with its binds), up to the page.
    const auto readRange = [&](const QString& range, const QVariantList& rangeBinds) {
        return appendMessages(
            messageSelect(policy) + where + range + order +
                QStringLiteral(" LIMIT %1").arg(limit < 0 ? -1 : limit - rows.size()),
            binds + rangeBinds, rows);
    };
    // Rows after (key, id) in "ORDER BY key ASC|DESC, d.id ASC|DESC", as ranges that are
    // each one index seek: first the cursor's ties (key = ? AND id beyond it: SEARCH d USING
    // INDEX deliveries_campaign_attempts (campaign_id=? AND attempts=? AND rowid<?)), then
    // the keys beyond it (key > ? or key < ?). One condition "key >= ? AND (key > ? OR id >
    // ?)" seeks on the key alone and then steps over every tie before the cursor: in
    // attempts order, where most of a campaign has one attempt, 0.8 M index entries for a
    // page at 1M.
    // A NULL key (the last attempt of a delivery without one) sorts before every value:
    // the NULLs are a range of their own, read before the others in ascending order and
    // after them in descending order.
    const QString idBeyond =
        filter.descending ? QStringLiteral(" AND d.id < ?") : QStringLiteral(" AND d.id > ?");
    const QString isNull = QStringLiteral(" AND %1 IS NULL").arg(key);
    const auto more = [&](bool ran) { return ran && (limit < 0 || rows.size() < limit); };
    bool ran = true;
    if (cursor.key.isNull()) {
        ran = readRange(isNull + idBeyond, {cursor.id});
        if (more(ran) && !filter.descending)
            ran = readRange(QStringLiteral(" AND %1 IS NOT NULL").arg(key), {});
    } else {
        ran = readRange(QStringLiteral(" AND %1 = ?").arg(key) + idBeyond, {cursor.key, cursor.id});
        if (more(ran))
            ran = readRange(
                (filter.descending ? QStringLiteral(" AND %1 < ?") : QStringLiteral(" AND %1 > ?"))
                    .arg(key),
                {cursor.key});
        if (more(ran) && filter.descending &&
            filter.sortColumn == MessageFilter::SortColumn::LastAttempt)
            ran = readRange(isNull, {});
    }
    return done(ran ? rows : QList<MessageRow>{});
}

bool ReportQueries::forEachMessage(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                   const MessageFilter& filter,
                                   const std::function<bool(const MessageRow&)>& visit)
{
    QVariantList binds;
    const QString where = filterClause(campaign.id, policy, filter, binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(messageSelect(policy) + where +
              orderClause(sortExpression(filter.sortColumn), filter.descending));
    q.addBindValue(campaign.id);
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    if (!run(q))
        return false;
    while (q.next())
        if (!visit(messageFrom(q)))
            return false;
    return true;
}

QList<AttemptRow> ReportQueries::attempts(qint64 deliveryId)
{
    QList<AttemptRow> rows;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.at, a.status, a.network, a.relay_host, a.relay_ip, a.relay_port, a.code, "
        "a.enhanced, a.dsn, a.reply, a.stage, a.class, a.reason, a.isp, a.blame, a.rule, a.raw, "
        "f.path, a.line_no, a.text_block, a.text_index FROM attempts a "
        "LEFT JOIN source_files f ON f.id = a.source_file_id "
        "WHERE a.delivery_id = ? ORDER BY a.at, a.id"));
    q.addBindValue(deliveryId);
    if (!run(q))
        return rows;
    while (q.next()) {
        AttemptRow r;
        r.at = fromMs(q.value(0));
        r.status = q.value(1).toString();
        r.network = q.value(2).toBool();
        r.relayHost = q.value(3).toString();
        r.relayIp = q.value(4).toString();
        r.relayPort = q.value(5).toInt();
        r.code = q.value(6).toString();
        r.enhanced = q.value(7).toString();
        r.dsn = q.value(8).toString();
        r.reply = q.value(9).toString();
        r.stage = q.value(10).toString();
        r.cls = q.value(11).toString();
        r.reason = q.value(12).toString();
        r.isp = q.value(13).toString();
        r.blame = q.value(14).toString();
        r.rule = q.value(15).toString();
        r.raw = q.value(16).toString();
        if (!q.value(19).isNull()) // the texts are in the campaign's text blocks
            m_attemptTexts.fill(q.value(19).toLongLong(), q.value(20).toInt(), r);
        r.sourcePath = q.value(17).toString();
        r.lineNo = q.value(18).toLongLong();
        rows.append(r);
    }
    return rows;
}

namespace {
QList<ReturnedMailRow> returnedMailRows(QSqlQuery& q)
{
    QList<ReturnedMailRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toString(), q.value(10).toString()});
    return rows;
}

const QString kReturnedMailColumns = QStringLiteral(
    "SELECT path, recipient, kind, class, reason, stage, code, enhanced, diagnostic, "
    "original_message_id, action FROM returned_mail ");
} // namespace

QList<ReturnedMailRow> ReportQueries::returnedMail(qint64 deliveryId)
{
    QSqlQuery q(m_db);
    q.prepare(kReturnedMailColumns + QStringLiteral("WHERE delivery_id = ? ORDER BY id"));
    q.addBindValue(deliveryId);
    if (!run(q))
        return {};
    return returnedMailRows(q);
}

QList<ReturnedMailRow> ReportQueries::unmatchedReturnedMail(qint64 campaignId, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(kReturnedMailColumns + QStringLiteral("WHERE campaign_id = ? AND delivery_id IS NULL ORDER BY id LIMIT ?"));
    q.addBindValue(campaignId);
    q.addBindValue(limit);
    if (!run(q))
        return {};
    return returnedMailRows(q);
}

namespace {
// Rows of (email, event, count, first at, last at) into per-recipient engagement.
QHash<QString, RecipientEngagement> engagementRows(QSqlQuery& q)
{
    QHash<QString, RecipientEngagement> result;
    while (q.next()) {
        RecipientEngagement& e = result[q.value(0).toString()];
        const QString event = q.value(1).toString();
        const int count = q.value(2).toInt();
        const QDateTime first = q.value(3).isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        const QDateTime last = q.value(4).isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        if (event == QLatin1String("open"))
            e.opens += count;
        else if (event == QLatin1String("click"))
            e.clicks += count;
        else if (event == QLatin1String("unsubscribe")) {
            e.unsubscribed = true;
            e.unsubscribedAt = first;
        } else if (event == QLatin1String("complaint")) {
            e.complained = true;
        }
        if (last.isValid() && (!e.lastEventAt.isValid() || last > e.lastEventAt))
            e.lastEventAt = last;
    }
    return result;
}

const QString kEngagementColumns =
    QStringLiteral("SELECT email, event, COUNT(*), MIN(at), MAX(at) FROM events ");
} // namespace

RecipientEngagement ReportQueries::engagementOf(qint64 campaignId, const QString& email)
{
    QSqlQuery q(m_db);
    q.prepare(kEngagementColumns + QStringLiteral("WHERE campaign_id = ? AND email = ? GROUP BY email, event"));
    q.addBindValue(campaignId);
    q.addBindValue(email.toLower());
    if (!run(q))
        return {};
    return engagementRows(q).value(email.toLower());
}

QHash<QString, RecipientEngagement> ReportQueries::engagementByRecipient(qint64 campaignId)
{
    QSqlQuery q(m_db);
    q.prepare(kEngagementColumns + QStringLiteral("WHERE campaign_id = ? GROUP BY email, event"));
    q.addBindValue(campaignId);
    if (!run(q))
        return {};
    return engagementRows(q);
}

QList<TimelineBucket> ReportQueries::timeline(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                              qint64 bucketSeconds)
{
    QList<TimelineBucket> buckets;
    if (bucketSeconds <= 0)
        return buckets;
    const qint64 bucketMs = bucketSeconds * 1000;
    const qint64 asOfMs = policy.asOf.toMSecsSinceEpoch();
    constexpr qint64 kMinuteMs = 60000;
    std::map<qint64, TimelineBucket> byBucket;
    const auto add = [&](qint64 bucket, qint64 delivered, qint64 deferred, qint64 bounced) {
        TimelineBucket& b = byBucket[bucket];
        b.start = QDateTime::fromMSecsSinceEpoch(bucket * bucketMs, Qt::UTC);
        b.delivered += delivered;
        b.deferred += deferred;
        b.bounced += bounced;
    };
    QSqlQuery q(m_db);
    bool summarised = false;
    CampaignReport unused;
    if (bucketMs % kMinuteMs == 0 && asOfMs >= 0 && !storedFigures(campaign.id, unused, summarised))
        return buckets;
    if (summarised) {
        // Whole minutes before "as of" from the summary; a bucket is whole minutes, so
        // each minute falls into one bucket. The minute "as of" falls in is read from the
        // attempts of the deliveries active since its start (deliveries_campaign_last).
        const qint64 asOfMinute = asOfMs / kMinuteMs;
        q.prepare(QStringLiteral("SELECT (minute * %1) / ? AS bucket, SUM(sent), SUM(deferred), SUM(failed) "
                                 "FROM attempt_minutes WHERE campaign_id = ? AND minute < ? GROUP BY bucket")
                      .arg(kMinuteMs));
        q.addBindValue(bucketMs);
        q.addBindValue(campaign.id);
        q.addBindValue(asOfMinute);
        if (!run(q))
            return buckets;
        while (q.next())
            add(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong());
        q.prepare(QStringLiteral(
            "SELECT COUNT(*), SUM(a.status = 'sent'), SUM(a.status = 'deferred' AND a.network = 1), "
            "SUM(a.status IN ('bounced', 'expired')) FROM deliveries d JOIN attempts a ON a.delivery_id = d.id "
            "WHERE d.campaign_id = ? AND d.last_attempt_at >= ? AND a.at >= ? AND a.at <= ?"));
        q.addBindValue(campaign.id);
        q.addBindValue(asOfMinute * kMinuteMs);
        q.addBindValue(asOfMinute * kMinuteMs);
        q.addBindValue(asOfMs);
        if (!run(q) || !q.next())
            return {};
        if (q.value(0).toLongLong() > 0)
            add(asOfMinute * kMinuteMs / bucketMs, q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong());
    } else {
        q.prepare(QStringLiteral(
            "SELECT (a.at / ?) AS bucket, "
            "SUM(a.status = 'sent'), SUM(a.status = 'deferred' AND a.network = 1), "
            "SUM(a.status IN ('bounced', 'expired')) "
            "FROM attempts a JOIN deliveries d ON d.id = a.delivery_id "
            "WHERE d.campaign_id = ? AND a.at <= ? GROUP BY bucket ORDER BY bucket"));
        q.addBindValue(bucketMs);
        q.addBindValue(campaign.id);
        q.addBindValue(asOfMs);
        if (!run(q))
            return buckets;
        while (q.next())
            add(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong());
    }
    for (const auto& [bucket, figures] : byBucket)
        buckets.append(figures);
    return buckets;
}

namespace {
QString audienceCondition(ReportQueries::AudienceGroup group)
{
    return group == ReportQueries::AudienceGroup::Skipped
               ? QStringLiteral("a.status IN ('Error', 'Opt-out')")
               : QStringLiteral("a.status = 'Active' AND NOT EXISTS (SELECT 1 FROM deliveries d "
                                "WHERE d.campaign_id = a.campaign_id AND d.recipient = a.email)");
}
} // namespace

qint64 ReportQueries::countAudience(const CampaignInfo& campaign, AudienceGroup group)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audience a WHERE a.campaign_id = ? AND ") + audienceCondition(group));
    q.addBindValue(campaign.id);
    if (!run(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<AudienceRow> ReportQueries::audience(const CampaignInfo& campaign, AudienceGroup group, qint64 offset,
                                           qint64 limit)
{
    QList<AudienceRow> rows;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.email, a.status FROM audience a WHERE a.campaign_id = ? AND ") +
              audienceCondition(group) + QStringLiteral(" ORDER BY a.email LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    q.addBindValue(campaign.id);
    if (!run(q))
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString()});
    return rows;
}

QList<ImportProblemRow> ReportQueries::importProblems(qint64 campaignId, int limit)
{
    QList<ImportProblemRow> rows;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT path, line_no, message, excerpt FROM import_problems "
                             "WHERE campaign_id = ? ORDER BY id LIMIT ?"));
    q.addBindValue(campaignId);
    q.addBindValue(limit);
    if (!run(q))
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString()});
    return rows;
}

} // namespace deliverboard
