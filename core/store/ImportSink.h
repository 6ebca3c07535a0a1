#pragma once

#include "ImportRecords.h"
#include "mail/ReturnedMail.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace deliverboard {

struct AudienceMember;
struct EngagementEvent;

// Everything the importer writes and reads back while it imports (CampaignImporter,
// QueueCorrelator, ReturnedMailImporter), as plain records: no query text crosses it. The
// caller decides the transaction boundaries (one per file or per large batch). SQLite:
// store/sqlite/ImportWriter.
class ImportSink {
public:
    virtual ~ImportSink() = default;

    // Takes the store's write lock. The ids of new messages and deliveries are handed out
    // by newMessageId()/newDeliveryId() from the largest stored id read under that lock,
    // so the correlator needs no round trip per new row, and rows made in one transaction
    // are written by its flush before the commit.
    virtual bool begin() = 0;
    virtual bool commit() = 0;
    virtual void rollback() = 0;
    virtual QString errorString() const = 0;

    // Finds the campaign by name or creates it; settings from `record` replace the stored
    // ones (except the resume state: firstMonth, newestLogAt).
    virtual bool upsertCampaign(CampaignRecord& record) = 0;
    virtual bool updateCampaignState(const CampaignRecord& record) = 0;

    virtual QList<SourceFileRecord> sourceFiles(qint64 campaignId) = 0;
    virtual bool saveSourceFile(SourceFileRecord& record) = 0; // insert or update

    // The queue keys of the campaign's open entries (not yet removed), one call each.
    virtual bool openQueueKeys(qint64 campaignId,
                               const std::function<void(const QString&)>& each) = 0;
    // The campaign's open entry under `queueKey` with its deliveries, as the last write left
    // it; `found` says whether there is one. The correlator keeps only recently used entries
    // in memory and reads the others back through this.
    virtual bool loadOpenMessage(qint64 campaignId, const QString& queueKey, MessageRecord& message,
                                 bool& found) = 0;
    virtual qint64 newMessageId() = 0;
    virtual qint64 newDeliveryId() = 0;
    // Insert with the record's id (from newMessageId/newDeliveryId) when not yet stored,
    // else update; the record is marked stored.
    virtual bool saveMessage(qint64 campaignId, MessageRecord& message) = 0;
    virtual bool saveDelivery(qint64 campaignId, DeliveryRecord& delivery) = 0;
    virtual bool insertAttempt(const AttemptRecord& attempt) = 0;

    // The delivery a returned mail is about: by original Message-ID (and recipient), else
    // the campaign's delivery to that recipient sent last before `reportedAt` (ms since
    // the epoch, 0 when unknown). deliveryId stays 0 when none.
    struct DeliveryMatch {
        qint64 deliveryId = 0;
        QString finalStatus;
        qint64 lastAttemptAt = 0;
    };
    virtual bool findDelivery(qint64 campaignId, const QString& originalMessageId,
                              const QString& recipient, qint64 reportedAt,
                              DeliveryMatch& match) = 0;
    virtual bool insertReturnedMail(qint64 campaignId, const QString& path,
                                    const mail::ReturnedMailRecord& record, qint64 deliveryId) = 0;
    // Links complaints and auto-replies still without a delivery to the recipient's
    // newest delivery, where one exists now.
    virtual bool linkLateComplaintsAndReplies(qint64 campaignId) = 0;
    // Records a bounce that came back after a 2xx and makes it the delivery's outcome.
    virtual bool markBouncedAfterAcceptance(const AttemptRecord& attempt) = 0;
    // Returned mail that reports a failure for a delivery the logs now call delivered: it
    // was read while the delivery was still deferred (it came in before the log line).
    struct LateBounce {
        mail::ReturnedMailRecord record; // as stored (the diagnostic up to 4,000 characters)
        QString path;
        qint64 deliveryId = 0;
        qint64 lastAttemptAt = 0;
    };
    virtual bool lateBounces(qint64 campaignId, QList<LateBounce>& out) = 0;

    // A table file's rows replace the campaign's, handed over one at a time by `next`
    // until it returns false (the file is read as it is written, never held whole).
    // `listedTwice` hears of an audience row whose address an earlier row gave: the
    // first counts. `added` is the number of rows written.
    virtual bool replaceAudience(qint64 campaignId,
                                 const std::function<bool(AudienceMember&)>& next,
                                 const std::function<void(const AudienceMember&)>& listedTwice,
                                 qint64& added) = 0;
    virtual bool replaceEvents(qint64 campaignId, const std::function<bool(EngagementEvent&)>& next,
                               qint64& added) = 0;
    // The campaign's precomputed report figures: every write above that changes what a
    // report shows first marks them stale, in its own transaction; the importer rebuilds
    // them at the end when anything changed (call rebuildSummary inside a transaction).
    virtual bool summaryStale() const = 0;
    virtual bool rebuildSummary(qint64 campaignId) = 0;

    virtual bool addProblem(qint64 campaignId, const QString& path, qint64 line,
                            const QString& message, const QString& excerpt) = 0;

    // After an import, outside a transaction: keeps the query planner's view of the store
    // true to its new shape (SQLite: PlannerStatistics and PRAGMA optimize). A failure costs
    // speed, not figures: it is not an import error.
    virtual void refreshPlannerStatistics() = 0;
};

} // namespace deliverboard
