#pragma once

#include "AttemptTextCache.h"
#include "store/ReportSource.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace deliverboard {

// All read queries behind the report, the drill-down and the export: the SQLite
// ReportSource. Outcomes are computed in SQL from each delivery's summary, so that "as of"
// and the limits can change without re-importing, and a million rows aggregate in one pass.
class ReportQueries : public ReportSource {
public:
    explicit ReportQueries(QSqlDatabase db);

    QString errorString() const override { return m_error; }

    QList<CampaignInfo> campaigns() override;
    std::optional<CampaignInfo> campaign(const QString& name) override;
    bool renameCampaign(qint64 id, const QString& newName) override;
    bool removeCampaign(qint64 id) override;
    // The same in one transaction, deliveries in batches: `progress(done, total)` reports
    // after each batch; returning false rolls everything back (nothing is removed) and
    // removeCampaign returns false with an empty errorString().
    bool removeCampaign(qint64 id, const std::function<bool(qint64, qint64)>& progress) override;

    // The campaign's own limits, "as of" its newest log line unless `asOf` is given.
    OutcomePolicy defaultPolicy(const CampaignInfo& campaign,
                                const QDateTime& asOf = {}) const override;

    // From the campaign's precomputed summary when it is valid (ReportSummary), else from
    // its deliveries; the figures are the same either way.
    bool report(const CampaignInfo& campaign, const OutcomePolicy& policy,
                CampaignReport& out) override;
    // The figures no policy changes (audience, complaints, auto-replies, engagement,
    // unmatched returned mail), computed from the campaign's rows.
    bool policyFreeFigures(qint64 campaignId, CampaignReport& out) override;

    qint64 countMessages(const CampaignInfo& campaign, const OutcomePolicy& policy,
                         const MessageFilter& filter) override;
    // Rows [offset, offset + limit) in the filter's order; limit < 0 for all.
    QList<MessageRow> messages(const CampaignInfo& campaign, const OutcomePolicy& policy,
                               const MessageFilter& filter, qint64 offset = 0,
                               qint64 limit = -1) override;
    // Rows [offset, offset + limit) exactly as messages() gives them, read by keyset:
    // after `after` (the last row of the previous page) or, for a jump,
    // after the row at offset - 1 found by a narrow scan without the join, so a deep page
    // costs an index walk instead of OFFSET materialising every skipped row. `ok` is false
    // on a query error (errorString()).
    QList<MessageRow> messagesPage(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                   const MessageFilter& filter, qint64 offset, qint64 limit,
                                   const MessageCursor& after = {}, bool* ok = nullptr) override;
    // cursorOf() is ReportSource's (defined in ReportQueries.cpp).
    // Streams every matching row (for exports of any size); false if the callback stops.
    bool forEachMessage(const CampaignInfo& campaign, const OutcomePolicy& policy,
                        const MessageFilter& filter,
                        const std::function<bool(const MessageRow&)>& visit) override;

    QList<AttemptRow> attempts(qint64 deliveryId) override;
    QList<ReturnedMailRow> returnedMail(qint64 deliveryId) override;
    // Returned mail that matched no recipient of the campaign.
    QList<ReturnedMailRow> unmatchedReturnedMail(qint64 campaignId, int limit = 1000) override;
    // Opens, clicks, unsubscribe and complaint events of one recipient (address in lower
    // case), or of every recipient with events, keyed by address.
    RecipientEngagement engagementOf(qint64 campaignId, const QString& email) override;
    QHash<QString, RecipientEngagement> engagementByRecipient(qint64 campaignId) override;

    // Attempts per bucket from the first attempt to "as of" (bucketSeconds > 0).
    QList<TimelineBucket> timeline(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                   qint64 bucketSeconds) override;

    // Audience members not sent to (Error/Opt-out) or never seen in the logs (Active).
    qint64 countAudience(const CampaignInfo& campaign, AudienceGroup group) override;
    QList<AudienceRow> audience(const CampaignInfo& campaign, AudienceGroup group,
                                qint64 offset = 0, qint64 limit = -1) override;
    QList<ImportProblemRow> importProblems(qint64 campaignId, int limit = 1000) override;

    // The SQL expression of a delivery's outcome (table alias `d`), for this policy.
    static QString outcomeExpression(const OutcomePolicy& policy);

private:
    bool outcomeGroups(const QString& source, qint64 campaignId, const OutcomePolicy& policy,
                       CampaignReport& out);
    bool storedFigures(qint64 campaignId, CampaignReport& out, bool& found);

    bool run(QSqlQuery& query); // exec, keeping the driver's error text
    // `unordered`: for a count, whose outcome filter can always read index ranges.
    QString filterClause(qint64 campaignId, const OutcomePolicy& policy,
                         const MessageFilter& filter, QVariantList& binds,
                         bool unordered = false) const;
    QString messageSelect(const OutcomePolicy& policy) const;
    // Runs a messageSelect() statement with `binds` and appends its rows; false on error.
    bool appendMessages(const QString& sql, const QVariantList& binds, QList<MessageRow>& rows);
    std::optional<MessageCursor> mergedCursorAt(const CampaignInfo& campaign,
                                                const OutcomePolicy& policy,
                                                const MessageFilter& filter, qint64 row);
    std::optional<MessageCursor> cursorAt(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                          const MessageFilter& filter, qint64 row);

    QSqlDatabase m_db;
    QString m_error;
    AttemptTextCache m_attemptTexts; // kept across calls: a message list with histories
                                     // reads each block once, not once per message
};

} // namespace deliverboard
