#pragma once

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
// turns recipient results into stored delivery attempts. Open queue entries are loaded
// from the store when an import starts, so a grown log continues where the last import
// stopped. A queue entry is closed on `removed`; a reused id then opens a new entry.
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
                    const ReplyClassifier& classifier);

    bool loadOpenMessages();
    bool isLoaded() const { return m_loaded; }
    LineUse handle(const LineContext& line, const QueueEvent& event);
    // Writes what changed since the last flush, in the current transaction (call before
    // commit): new and changed messages, then their deliveries, then the attempts.
    bool flush();
    QString errorString() const;
    qint64 attemptsAdded() const { return m_attemptsAdded; }

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

    ImportSink& m_writer;
    qint64 m_campaignId;
    QString m_senderFilter;
    ClassificationCache m_classifier;     // replies repeat: each distinct one is classified once
    QHash<QString, MessageRecord> m_open; // by queue key
    QSet<QString> m_dirtyMessages; // queue keys (pointers into m_open would not survive a rehash)
    // Until the next flush: messages removed from the queue, and the attempts read.
    std::vector<MessageRecord> m_closed;
    std::vector<AttemptRecord> m_attempts;
    qint64 m_attemptsAdded = 0;
    bool m_failed = false;
    bool m_loaded = false; // loadOpenMessages() has run
};

} // namespace deliverboard
