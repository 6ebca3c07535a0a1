#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace deliverboard {

// Rows the importer writes, as plain values. Times are ms since the epoch, UTC.

struct CampaignRecord {
    qint64 id = 0;
    QString name;
    QString folder;
    QString senderFilter;
    int year = 0;
    QString timeZone;
    double retryWindowHours = 30;
    int maxAttempts = 4;
    int firstMonth = 0;     // month of the first year-less line ever read (year roll-over)
    qint64 newestLogAt = 0; // newest timestamp of any line in the campaign's logs
};

struct SourceFileRecord {
    qint64 id = 0;
    qint64 campaignId = 0;
    QString path;
    QString kind;        // "postfix", ...
    QString fingerprint; // SHA-1 of the first fingerprintLength decompressed bytes
    int fingerprintLength = 0;
    qint64 consumedBytes = 0;
    qint64 consumedLines = 0;
    qint64 fileSize = 0;
    qint64 linesUsed = 0;
    qint64 linesSkipped = 0;
    QString lastError;
};

// The summary of one recipient of one message; the outcome is computed from it.
struct DeliveryRecord {
    qint64 id = 0;
    qint64 messageRowId = 0;
    QString recipient;
    QString domain;
    QString originalRecipient;
    QString isp = QStringLiteral("other");
    int attempts = 0; // network attempts only
    qint64 firstAttemptAt = 0;
    qint64 lastAttemptAt = 0;
    QString finalStatus = QStringLiteral("deferred"); // sent, deferred, bounced, expired
    QString cls, reason, stage, code, enhanced, blame, rule, reply, relay;
    bool dirty = false;
    bool stored = false; // the row exists in the store (else the next flush inserts it)
};

// The recipients of one open message. Most campaign messages have one recipient, so a
// vector searched in order costs a few bytes where a hash reserved room for dozens of
// entries (~19 KB per open message at a million recipients); a hash index is added only
// for messages with many recipients, so that lookups stay constant time there too.
class DeliveryList {
public:
    DeliveryRecord* find(const QString& recipient);
    DeliveryRecord& append(DeliveryRecord record);
    bool isEmpty() const { return m_items.empty(); }
    std::vector<DeliveryRecord>::iterator begin() { return m_items.begin(); }
    std::vector<DeliveryRecord>::iterator end() { return m_items.end(); }

private:
    static constexpr size_t kIndexFrom = 16;
    std::vector<DeliveryRecord> m_items;
    QHash<QString, size_t> m_index; // recipient -> position, once there are kIndexFrom
};

struct MessageRecord {
    qint64 id = 0;
    QString queueKey; // host/instance/queue id: queue ids are unique per host and instance
    QString queueId;
    QString messageId;
    QString sender;
    bool senderKnown = false;
    qint64 size = -1;
    int nrcpt = 0;
    qint64 firstSeenAt = 0;
    enum class Membership { Undecided, Member, Foreign } membership = Membership::Undecided;
    bool closed = false;
    bool adminRemoved = false;
    qint64 expiredAt = 0;
    bool stored = false;     // the row exists in the store (else the next flush inserts it)
    DeliveryList deliveries; // by lower-cased recipient
    qint64 lastUse = 0;      // in memory only: when the correlator last used it (its event count)
};

struct AttemptRecord {
    qint64 deliveryId = 0;
    // The delivery's campaign: the attempt's texts go into the campaign's compressed text
    // blocks (AttemptTexts). 0 keeps them in the attempt row.
    qint64 campaignId = 0;
    qint64 at = 0;
    QString status;      // sent, deferred, bounced, expired
    bool network = true; // false for suppressed retries and expiry markers
    QString relayHost, relayIp;
    int relayPort = 0;
    QString code, enhanced, dsn, reply, stage, cls, reason, isp, blame, rule;
    qint64 sourceFileId = 0;
    qint64 lineNo = 0;
    QByteArray raw; // the log line as read (UTF-8), stored without a round trip through UTF-16
};

} // namespace deliverboard
