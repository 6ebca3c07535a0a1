#pragma once

#include "report/CampaignReport.h"
#include "report/MessageRows.h"
#include "report/OutcomePolicy.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>
#include <optional>

namespace deliverboard {

// Where a page of the drill-down starts (keyset pagination): the sort key and the id of
// the row just before it, in the filter's order.
struct MessageCursor {
    QVariant key;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
};

// Every read behind the report, the dashboard, the drill-down and the exports, and the
// campaign list's rename and remove. Outcomes are computed by the store from each
// delivery's summary under the given policy, so that "as of" and the limits can change
// without re-importing. SQLite: store/sqlite/ReportQueries.
class ReportSource {
public:
    virtual ~ReportSource() = default;

    virtual QString errorString() const = 0;

    virtual QList<CampaignInfo> campaigns() = 0;
    virtual std::optional<CampaignInfo> campaign(const QString& name) = 0;
    virtual bool renameCampaign(qint64 id, const QString& newName) = 0;
    virtual bool removeCampaign(qint64 id) = 0;
    // The same in one transaction, in batches: `progress(done, total)` reports after each
    // batch; returning false rolls everything back (nothing is removed) and removeCampaign
    // returns false with an empty errorString().
    virtual bool removeCampaign(qint64 id, const std::function<bool(qint64, qint64)>& progress) = 0;

    // The campaign's own limits, "as of" its newest log line unless `asOf` is given.
    virtual OutcomePolicy defaultPolicy(const CampaignInfo& campaign,
                                        const QDateTime& asOf = {}) const = 0;

    // The figures are the same whether the store answers from precomputed summaries or
    // from the deliveries.
    virtual bool report(const CampaignInfo& campaign, const OutcomePolicy& policy,
                        CampaignReport& out) = 0;
    // The figures no policy changes (audience, complaints, auto-replies, engagement,
    // unmatched returned mail), computed from the campaign's rows.
    virtual bool policyFreeFigures(qint64 campaignId, CampaignReport& out) = 0;

    virtual qint64 countMessages(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                 const MessageFilter& filter) = 0;
    // Rows [offset, offset + limit) in the filter's order; limit < 0 for all.
    virtual QList<MessageRow> messages(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                       const MessageFilter& filter, qint64 offset = 0,
                                       qint64 limit = -1) = 0;
    // Rows [offset, offset + limit) exactly as messages() gives them, read after `after`
    // (the last row of the previous page, cursorOf), so a deep page does not cost every
    // skipped row. `ok` is false on a query error.
    virtual QList<MessageRow> messagesPage(const CampaignInfo& campaign,
                                           const OutcomePolicy& policy, const MessageFilter& filter,
                                           qint64 offset, qint64 limit,
                                           const MessageCursor& after = {}, bool* ok = nullptr) = 0;
    // The cursor just after `row` in `column`'s order (every order pages by keyset). Its key
    // is null where the row's sort key is NULL (a delivery without an attempt, by time).
    // (Defined in sqlite/ReportQueries.cpp, beside the paging that relies on it.)
    static MessageCursor cursorOf(const MessageRow& row, MessageFilter::SortColumn column);
    // Streams every matching row (for exports of any size); false if the callback stops.
    virtual bool forEachMessage(const CampaignInfo& campaign, const OutcomePolicy& policy,
                                const MessageFilter& filter,
                                const std::function<bool(const MessageRow&)>& visit) = 0;

    virtual QList<AttemptRow> attempts(qint64 deliveryId) = 0;
    virtual QList<ReturnedMailRow> returnedMail(qint64 deliveryId) = 0;
    // Returned mail that matched no recipient of the campaign.
    virtual QList<ReturnedMailRow> unmatchedReturnedMail(qint64 campaignId, int limit = 1000) = 0;
    // Opens, clicks, unsubscribe and complaint events of one recipient (address in lower
    // case), or of every recipient with events, keyed by address.
    virtual RecipientEngagement engagementOf(qint64 campaignId, const QString& email) = 0;
    virtual QHash<QString, RecipientEngagement> engagementByRecipient(qint64 campaignId) = 0;

    // Attempts per bucket from the first attempt to "as of" (bucketSeconds > 0).
    virtual QList<TimelineBucket> timeline(const CampaignInfo& campaign,
                                           const OutcomePolicy& policy, qint64 bucketSeconds) = 0;

    // Audience members not sent to (Error/Opt-out) or never seen in the logs (Active).
    enum class AudienceGroup { Skipped, NotAttempted };
    virtual qint64 countAudience(const CampaignInfo& campaign, AudienceGroup group) = 0;
    virtual QList<AudienceRow> audience(const CampaignInfo& campaign, AudienceGroup group,
                                        qint64 offset = 0, qint64 limit = -1) = 0;
    virtual QList<ImportProblemRow> importProblems(qint64 campaignId, int limit = 1000) = 0;
};

} // namespace deliverboard
