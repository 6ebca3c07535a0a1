#pragma once

#include "ImportTypes.h"
#include "QueueEvent.h"
#include "classify/ClassificationCache.h"
#include "store/ImportRecords.h"

#include <QHash>
#include <QSet>

#include <QString>
#include <vector>

namespace deliverboard {

class ImportSink;
class ReplyClassifier;

// Follows queue ids (Postfix queue ids, Exim message ids) across lines, files and imports and
// turns recipient results into stored delivery attempts. Open queue entries continue from
// the store, so a grown log continues where the last import stopped. A queue entry is
// closed on `removed`; a reused id then opens a new entry.
//
// Memory stays bounded whatever the log's size: only the open entries used most recently
// stay in memory (ImportLimits::openMessagesInMemory). After each flush, when there are
// more, the longest unused ones are parked: they are already written, so only a hash of
// their key stays, and the next line about one reads it back from the store. Deferred mail
// waiting hours for its next retry is what gets parked; mail in flight stays.
class QueueCorrelator {
public:
    enum class LineUse { Used, NotDelivery, OtherSender, Failed };

    struct LineContext {
        QString host;
        QString instance;
        qint64 atMs = 0;
        qint64 sourceFileId = 0;
        qint64 lineNo = 0;
        QByteArray raw; // UTF-8, as read
        QString path;   // the log file, for records kept beside the deliveries (complaints)
    };

    QueueCorrelator(ImportSink& writer, qint64 campaignId, QString senderFilter,
                    const ReplyClassifier& classifier,
                    qsizetype openMessagesInMemory = ImportLimits::kOpenMessagesInMemory);

    // Reads which queue entries the store has open (their keys only: each is read back
    // when a line names it).
    bool loadOpenMessages();
    bool isLoaded() const { return m_loaded; }
    LineUse handle(const LineContext& line, const QueueEvent& event);
    // Writes what changed since the last flush, in the current transaction (call before
    // commit): new and changed messages, then their deliveries, then the attempts.
    bool flush();
    QString errorString() const;
    qint64 attemptsAdded() const { return m_attemptsAdded; }
    // Open entries in memory, and how often one was read back from the store (for tests
    // and the benchmark's view of the memory bound).
    qsizetype messagesInMemory() const { return m_open.size(); }
    qint64 messagesReadBack() const { return m_readBack; }

private:
    MessageRecord* openMessage(const LineContext& line, const QString& queueId, bool create);
    bool isCampaignSender(const QString& sender) const;
    void decideMembership(MessageRecord& message) const;
    LineUse recordResult(const LineContext& line, const QueueEvent& event, MessageRecord& message);
    LineUse expire(const LineContext& line, MessageRecord& message);
    LineUse recordComplaint(const LineContext& line, const QueueEvent& event);
    // Neither writes: the rows go to the store at the next flush.
    void expireDelivery(const LineContext& line, DeliveryRecord& delivery);
    void close(MessageRecord& message);
    bool saveMessage(MessageRecord& message);
    void addAttempt(AttemptRecord attempt);
    // The open entry under `key` read back from the store when it is parked; m_open.end()
    // when not (or on a store error: m_failed is then set).
    QHash<QString, MessageRecord>::iterator readBack(const QString& key);
    void park(const QString& key);
    // After a flush (nothing unwritten): parks the entries unused longest, down to three
    // quarters of the limit, when there are more than the limit.
    void parkIdle();

    ImportSink& m_writer;
    qint64 m_campaignId;
    QString m_senderFilter;
    ClassificationCache m_classifier;     // replies repeat: each distinct one is classified once
    QHash<QString, MessageRecord> m_open; // by queue key: the entries in memory
    // Hashes of the keys of open entries that are only in the store, with how many keys
    // share each: a shared hash costs a needless store lookup, never a lost entry.
    QHash<size_t, quint32> m_parked;
    qsizetype m_inMemoryLimit;
    qint64 m_uses = 0; // events handled, the clock of MessageRecord::lastUse
    qint64 m_readBack = 0;
    QSet<QString> m_dirtyMessages; // queue keys (pointers into m_open would not survive a rehash)
    // Until the next flush: messages removed from the queue, and the attempts read.
    std::vector<MessageRecord> m_closed;
    std::vector<AttemptRecord> m_attempts;
    qint64 m_attemptsAdded = 0;
    bool m_failed = false;
    bool m_loaded = false; // loadOpenMessages() has run
};

} // namespace deliverboard
