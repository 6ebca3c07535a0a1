#pragma once

#include "SqliteStatement.h"
#include "store/ImportSink.h"
#include "store/TextBlock.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace deliverboard {

// All SQL the importer needs, behind one class: the SQLite ImportSink. Prepared statements
// are reused, and the caller decides the transaction boundaries (one per file or per large
// batch).
class ImportWriter : public ImportSink {
public:
    explicit ImportWriter(QSqlDatabase db);
    ~ImportWriter() override;

    // Takes the store's write lock. The ids of new messages and deliveries are handed out
    // by newMessageId()/newDeliveryId() from the largest stored id read under that lock,
    // so the correlator needs no round trip per new row, and rows made in one transaction
    // are written by its flush before the commit.
    bool begin() override;
    bool commit() override;
    void rollback() override;
    QString errorString() const override { return m_error; }

    // Finds the campaign by name or creates it; settings from `record` replace the stored
    // ones (except the resume state: firstMonth, newestLogAt).
    bool upsertCampaign(CampaignRecord& record) override;
    bool updateCampaignState(const CampaignRecord& record) override;

    QList<SourceFileRecord> sourceFiles(qint64 campaignId) override;
    bool saveSourceFile(SourceFileRecord& record) override; // insert or update

    // Open queue entries (not yet removed) of the campaign: their keys, and one of them
    // with its deliveries.
    bool openQueueKeys(qint64 campaignId, const std::function<void(const QString&)>& each) override;
    bool loadOpenMessage(qint64 campaignId, const QString& queueKey, MessageRecord& message,
                         bool& found) override;
    qint64 newMessageId() override;
    qint64 newDeliveryId() override;
    // Insert with the record's id (from newMessageId/newDeliveryId) when not yet stored,
    // else update; the record is marked stored.
    bool saveMessage(qint64 campaignId, MessageRecord& message) override;
    bool saveDelivery(qint64 campaignId, DeliveryRecord& delivery) override;
    bool insertAttempt(const AttemptRecord& attempt) override;

    // The delivery a returned mail is about: by original Message-ID (and recipient), else
    // the campaign's delivery to that recipient sent last before `reportedAt` (ms since
    // the epoch, 0 when unknown). deliveryId stays 0 when none.
    bool findDelivery(qint64 campaignId, const QString& originalMessageId, const QString& recipient,
                      qint64 reportedAt, DeliveryMatch& match) override;
    bool insertReturnedMail(qint64 campaignId, const QString& path,
                            const mail::ReturnedMailRecord& record, qint64 deliveryId) override;
    // Links complaints and auto-replies still without a delivery to the recipient's
    // newest delivery, where one exists now.
    bool linkLateComplaintsAndReplies(qint64 campaignId) override;
    // Records a bounce that came back after a 2xx and makes it the delivery's outcome.
    bool markBouncedAfterAcceptance(const AttemptRecord& attempt) override;
    bool lateBounces(qint64 campaignId, QList<LateBounce>& out) override;

    bool replaceAudience(qint64 campaignId, const std::function<bool(AudienceMember&)>& next,
                         const std::function<void(const AudienceMember&)>& listedTwice,
                         qint64& added) override;
    bool replaceEvents(qint64 campaignId, const std::function<bool(EngagementEvent&)>& next,
                       qint64& added) override;
    // The campaign's precomputed report figures (ReportSummary): every write above that
    // changes what a report shows first marks them stale, in its own transaction; the
    // importer rebuilds them at the end when anything changed.
    bool summaryStale() const override { return m_staleCommitted || m_staleInTransaction; }
    bool rebuildSummary(qint64 campaignId) override;

    bool addProblem(qint64 campaignId, const QString& path, qint64 line, const QString& message,
                    const QString& excerpt) override;

    // PlannerStatistics::refresh and PRAGMA optimize (defined in PlannerStatistics.cpp).
    void refreshPlannerStatistics() override;

private:
    bool run(QSqlQuery& query);
    bool run(SqliteStatement& statement);
    // Takes the statement's error as the writer's; always false.
    bool failed(const SqliteStatement& statement);
    // Deletes the campaign's rows of `table` and prepares `insert` for the new ones.
    bool replaceCampaignRows(const QString& table, qint64 campaignId, const QString& insertSql,
                             SqliteStatement& insert);
    SqliteStatement& prepared(int slot, const QString& sql);
    bool insertMessage(qint64 campaignId, const MessageRecord& message);
    bool updateMessage(const MessageRecord& message);
    bool insertDelivery(qint64 campaignId, const DeliveryRecord& delivery);
    bool updateDelivery(const DeliveryRecord& delivery);
    // The next id of a counter read lazily, under the write lock, from `largestIdSql`.
    qint64 nextId(const QString& largestIdSql, qint64& counter);
    // The id of `email` in the addresses table, added when new; 0 for an empty address
    // (bound as NULL). False with errorString() set.
    bool addressId(const QString& email, qint64& id);
    // Binds addressId(email) as the statement's next parameter.
    bool bindAddressId(SqliteStatement& statement, const QString& email);
    bool markSummaryStale(qint64 campaignId);
    qint64 newTextBlockId();
    // Stores the open text block (before a new one opens and at commit).
    bool writeTextBlock();

    QSqlDatabase m_db;
    QString m_error;
    std::vector<std::unique_ptr<SqliteStatement>> m_statements;
    qint64 m_nextMessageId = 0; // 0: read the largest stored id first
    qint64 m_nextDeliveryId = 0;
    qint64 m_nextTextBlockId = 0;
    TextBlock m_textBlock; // texts of attempts inserted but not yet in a stored block
    qint64 m_textBlockId = 0;
    qint64 m_textBlockCampaign = 0;
    // The earliest first attempt of each campaign's deliveries saved in this transaction,
    // written into campaigns.first_attempt_at with the transaction.
    QHash<qint64, qint64> m_firstAttempts;
    bool m_staleCommitted = false;     // marked stale by a committed transaction
    bool m_staleInTransaction = false; // marked in the current one
};

} // namespace deliverboard
