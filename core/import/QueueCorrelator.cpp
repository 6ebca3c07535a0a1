#include "QueueCorrelator.h"

#include "classify/IspDirectory.h"
#include "classify/ReplyClassifier.h"
#include "mail/MimeWalk.h"
#include "mail/ReturnedMail.h"
#include "store/ImportSink.h"

#include <algorithm>

namespace deliverboard {

namespace {
QString queueKey(const QString& host, const QString& instance, const QString& queueId) {
    return host + QLatin1Char('/') + instance + QLatin1Char('/') + queueId;
}

size_t parkedHash(const QString& key) {
    return qHash(key, size_t(0));
}

MtaVerdict verdictOf(const QString& status) {
    if (status == QLatin1String("sent"))
        return MtaVerdict::Accepted;
    if (status == QLatin1String("bounced"))
        return MtaVerdict::Permanent;
    return MtaVerdict::Temporary;
}

bool isRealRelay(const QString& host) {
    return !host.isEmpty() && host != QLatin1String("none") && host != QLatin1String("local") &&
           host != QLatin1String("virtual");
}
} // namespace

QueueCorrelator::QueueCorrelator(ImportSink& writer, qint64 campaignId, QString senderFilter,
                                 const ReplyClassifier& classifier, qsizetype openMessagesInMemory)
    : m_writer(writer)
    , m_campaignId(campaignId)
    , m_senderFilter(senderFilter.toLower())
    , m_classifier(classifier)
    , m_inMemoryLimit(qMax<qsizetype>(1, openMessagesInMemory)) {}

QString QueueCorrelator::errorString() const {
    return m_writer.errorString();
}

bool QueueCorrelator::loadOpenMessages() {
    m_open.clear();
    m_parked.clear();
    m_dirtyMessages.clear();
    m_loaded = m_writer.openQueueKeys(m_campaignId, [this](const QString& key) { park(key); });
    return m_loaded;
}

void QueueCorrelator::park(const QString& key) {
    ++m_parked[parkedHash(key)];
}

QHash<QString, MessageRecord>::iterator QueueCorrelator::readBack(const QString& key) {
    const auto parked = m_parked.find(parkedHash(key));
    if (parked == m_parked.end())
        return m_open.end();
    MessageRecord message;
    bool found = false;
    if (!m_writer.loadOpenMessage(m_campaignId, key, message, found)) {
        m_failed = true;
        return m_open.end();
    }
    if (!found)
        return m_open.end(); // another parked key has the same hash
    if (--parked.value() == 0)
        m_parked.erase(parked);
    ++m_readBack;
    return m_open.insert(key, std::move(message));
}

void QueueCorrelator::parkIdle() {
    if (m_open.size() <= m_inMemoryLimit)
        return;
    const qsizetype keep = m_inMemoryLimit - m_inMemoryLimit / 4;
    std::vector<qint64> uses;
    uses.reserve(m_open.size());
    for (const MessageRecord& message : std::as_const(m_open))
        uses.push_back(message.lastUse);
    // Every use has its own clock value: exactly `keep` entries are at or after the cut.
    const auto cut = uses.end() - keep;
    std::nth_element(uses.begin(), cut, uses.end());
    const qint64 oldestKept = *cut;
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it->lastUse < oldestKept) {
            park(it.key());
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
}

bool QueueCorrelator::isCampaignSender(const QString& sender) const {
    // Null-sender messages are bounce notifications, never campaign mail.
    return !sender.isEmpty() && (m_senderFilter.isEmpty() || sender.toLower() == m_senderFilter);
}

void QueueCorrelator::decideMembership(MessageRecord& message) const {
    if (!message.senderKnown)
        return;
    message.membership = isCampaignSender(message.sender) ? MessageRecord::Membership::Member
                                                          : MessageRecord::Membership::Foreign;
}

MessageRecord* QueueCorrelator::openMessage(const LineContext& line, const QString& queueId,
                                            bool create) {
    const QString key = queueKey(line.host, line.instance, queueId);
    auto it = m_open.find(key);
    if (it == m_open.end())
        it = readBack(key);
    if (m_failed)
        return nullptr;
    if (it != m_open.end()) {
        it->lastUse = ++m_uses;
        return &it.value();
    }
    if (!create)
        return nullptr;
    MessageRecord message;
    message.id = m_writer.newMessageId();
    message.queueKey = key;
    message.queueId = queueId;
    message.firstSeenAt = line.atMs;
    message.lastUse = ++m_uses;
    m_dirtyMessages.insert(key);
    return &m_open.insert(key, std::move(message)).value();
}

QueueCorrelator::LineUse QueueCorrelator::handle(const LineContext& line, const QueueEvent& event) {
    using Kind = QueueEvent::Kind;
    switch (event.kind) {
    case Kind::Ignored:
    case Kind::Probe:
        return LineUse::NotDelivery;
    case Kind::MessageOpened:
    case Kind::Sender:
    case Kind::MessageId: {
        MessageRecord* message = openMessage(line, event.queueId, true);
        if (!message)
            return LineUse::Failed;
        if (event.kind == Kind::MessageId)
            message->messageId = event.messageId;
        if (event.kind == Kind::Sender) {
            // Exim's `<= ... id=` and PowerMTA's header_Message-Id come with the sender.
            if (!event.messageId.isEmpty() && message->messageId.isEmpty())
                message->messageId = mail::bareMessageId(event.messageId);
            message->sender = event.sender.toLower();
            message->senderKnown = true;
            if (event.size >= 0)
                message->size = event.size;
            if (event.nrcpt > 0)
                message->nrcpt = event.nrcpt;
            decideMembership(*message);
        }
        m_dirtyMessages.insert(message->queueKey);
        return message->membership == MessageRecord::Membership::Foreign ? LineUse::OtherSender
                                                                         : LineUse::Used;
    }
    case Kind::RecipientResult: {
        MessageRecord* message = openMessage(line, event.queueId, true);
        if (!message)
            return LineUse::Failed;
        // Without its from= line (lost to rotation) a message belongs to the campaign only
        // when the campaign takes every sender.
        if (message->membership == MessageRecord::Membership::Undecided) {
            message->membership = m_senderFilter.isEmpty() ? MessageRecord::Membership::Member
                                                           : MessageRecord::Membership::Foreign;
            m_dirtyMessages.insert(message->queueKey);
        }
        if (message->membership == MessageRecord::Membership::Foreign)
            return LineUse::OtherSender;
        return recordResult(line, event, *message);
    }
    case Kind::Complaint:
        return recordComplaint(line, event);
    case Kind::Expired: {
        MessageRecord* message = openMessage(line, event.queueId, false);
        if (!message)
            return m_failed ? LineUse::Failed : LineUse::NotDelivery;
        return expire(line, *message);
    }
    case Kind::Removed:
    case Kind::AdminRemoved:
    case Kind::Rejected: {
        MessageRecord* message = openMessage(line, event.queueId, false);
        if (!message)
            return m_failed ? LineUse::Failed : LineUse::NotDelivery;
        message->adminRemoved = event.kind == Kind::AdminRemoved;
        const bool member = message->membership != MessageRecord::Membership::Foreign;
        close(*message);
        return member ? LineUse::Used : LineUse::OtherSender;
    }
    }
    return LineUse::NotDelivery;
}

QueueCorrelator::LineUse QueueCorrelator::recordResult(const LineContext& line,
                                                       const QueueEvent& event,
                                                       MessageRecord& message) {
    const QString key = event.recipient.toLower();
    DeliveryRecord* found = message.deliveries.find(key);
    if (!found) {
        DeliveryRecord record;
        record.id = m_writer.newDeliveryId();
        record.messageRowId = message.id;
        record.recipient = key;
        record.domain = key.section(QLatin1Char('@'), -1);
        record.originalRecipient = event.originalRecipient.toLower();
        record.dirty = true;
        found = &message.deliveries.append(std::move(record));
    }
    DeliveryRecord& delivery = *found;
    if (event.exhausted) {
        if (delivery.reply.isEmpty())
            delivery.reply = event.text.reply;
        expireDelivery(line, delivery);
        m_dirtyMessages.insert(message.queueKey);
        return LineUse::Used;
    }

    const ReplyDetails& text = event.text;
    const QString answeringHost = !text.remoteHost.isEmpty() ? text.remoteHost : event.relayHost;
    ReplyInput input;
    input.text = text.reply;
    input.code = text.code;
    input.enhanced = !text.enhanced.isEmpty() ? text.enhanced : event.dsn;
    input.stage = text.stage;
    input.recipient = delivery.recipient;
    input.relayHost = isRealRelay(answeringHost) ? answeringHost : QString();
    input.verdict = verdictOf(event.status);
    const Classification verdict = m_classifier.classify(input);

    AttemptRecord attempt;
    attempt.deliveryId = delivery.id;
    attempt.at = line.atMs;
    attempt.status = event.status;
    attempt.network = !text.suppressed;
    attempt.relayHost = !text.remoteHost.isEmpty() ? text.remoteHost : event.relayHost;
    attempt.relayIp = !text.remoteIp.isEmpty() ? text.remoteIp : event.relayIp;
    attempt.relayPort = event.relayPort;
    attempt.code = verdict.code.isEmpty() ? text.code : verdict.code;
    attempt.enhanced = !text.enhanced.isEmpty() ? text.enhanced : event.dsn;
    attempt.dsn = event.dsn;
    attempt.reply = text.reply;
    attempt.stage = stageId(text.stage != SmtpStage::Unknown ? text.stage : verdict.stage);
    attempt.cls = classId(verdict.cls);
    attempt.reason = verdict.reason;
    attempt.isp = verdict.ispId;
    attempt.blame = blameId(verdict.blame);
    attempt.rule = verdict.ruleId;
    attempt.sourceFileId = line.sourceFileId;
    attempt.lineNo = line.lineNo;
    attempt.raw = line.raw;
    addAttempt(attempt);
    ++m_attemptsAdded;

    if (attempt.network)
        ++delivery.attempts;
    if (delivery.firstAttemptAt == 0 || line.atMs < delivery.firstAttemptAt)
        delivery.firstAttemptAt = line.atMs;
    delivery.lastAttemptAt = qMax(delivery.lastAttemptAt, line.atMs);
    // A line that only notes that the retry time has not come says nothing new about the
    // recipient: its last real reply keeps deciding (it stays in the history).
    if (text.bookkeeping && delivery.attempts > 0 && delivery.finalStatus == event.status) {
        delivery.dirty = true;
        m_dirtyMessages.insert(message.queueKey);
        return LineUse::Used;
    }
    delivery.finalStatus = event.status;
    if (!event.originalRecipient.isEmpty())
        delivery.originalRecipient = event.originalRecipient.toLower();
    // The ISP is decided by the recipient domain or the host that really answered.
    if (isRealRelay(answeringHost) || delivery.isp.isEmpty() ||
        delivery.isp == QLatin1String("other"))
        delivery.isp = verdict.ispId;
    delivery.cls = attempt.cls;
    delivery.reason = attempt.reason;
    delivery.stage = attempt.stage;
    delivery.code = attempt.code;
    delivery.enhanced = attempt.enhanced;
    delivery.blame = attempt.blame;
    delivery.rule = attempt.rule;
    delivery.reply = attempt.reply;
    delivery.relay = attempt.relayHost;
    delivery.dirty = true;
    m_dirtyMessages.insert(message.queueKey);
    return LineUse::Used;
}

// A complaint is kept like an ARF report that came back as mail, linked to the delivery
// it is about: counted once per recipient, never an attempt, no message of its own.
QueueCorrelator::LineUse QueueCorrelator::recordComplaint(const LineContext& line,
                                                          const QueueEvent& event) {
    if (event.senderKnown && !isCampaignSender(event.sender))
        return LineUse::OtherSender;

    mail::ReturnedMailRecord report;
    report.file = line.path;
    report.kind = mail::ReturnedKind::Arf;
    report.recipient = event.recipient.toLower();
    report.cls = DeliveryClass::Complaint;
    report.reason = QStringLiteral("feedback");
    report.stage = SmtpStage::AfterAcceptance;
    report.isp = IspDirectory::standard().identify(report.recipient).id;
    report.diagnostic = event.text.reply;
    report.reportedAt = line.atMs;
    // The delivery under the same accounting key, else the recipient's by time.
    qint64 deliveryId = 0;
    // The delivery rows and messages read so far are written first: the report refers
    // to its delivery, and the lookup below reads the store (complaints are rare lines).
    if (!flush())
        return LineUse::Failed;
    if (MessageRecord* message = openMessage(line, event.queueId, false)) {
        if (const DeliveryRecord* delivery = message->deliveries.find(report.recipient))
            deliveryId = delivery->id;
        report.originalMessageId = message->messageId;
    }
    if (m_failed)
        return LineUse::Failed;
    if (report.originalMessageId.isEmpty())
        report.originalMessageId = mail::bareMessageId(event.messageId);
    if (deliveryId == 0) {
        ImportSink::DeliveryMatch match;
        if (!m_writer.findDelivery(m_campaignId, event.messageId, report.recipient, line.atMs,
                                   match)) {
            m_failed = true;
            return LineUse::Failed;
        }
        deliveryId = match.deliveryId;
    }
    if (!m_writer.insertReturnedMail(m_campaignId, line.path, report, deliveryId)) {
        m_failed = true;
        return LineUse::Failed;
    }
    return LineUse::Used;
}

void QueueCorrelator::expireDelivery(const LineContext& line, DeliveryRecord& delivery) {
    AttemptRecord marker;
    marker.deliveryId = delivery.id;
    marker.at = line.atMs;
    marker.status = QStringLiteral("expired");
    marker.network = false;
    marker.relayHost = delivery.relay;
    marker.code = delivery.code;
    marker.enhanced = delivery.enhanced;
    marker.reply = delivery.reply;
    marker.stage = delivery.stage;
    marker.cls = delivery.cls;
    marker.reason = delivery.reason;
    marker.isp = delivery.isp;
    marker.blame = delivery.blame;
    marker.rule = delivery.rule;
    marker.sourceFileId = line.sourceFileId;
    marker.lineNo = line.lineNo;
    marker.raw = line.raw;
    addAttempt(std::move(marker));
    delivery.finalStatus = QStringLiteral("expired");
    if (delivery.firstAttemptAt == 0)
        delivery.firstAttemptAt = line.atMs;
    delivery.lastAttemptAt = qMax(delivery.lastAttemptAt, line.atMs);
    delivery.dirty = true;
}

QueueCorrelator::LineUse QueueCorrelator::expire(const LineContext& line, MessageRecord& message) {
    if (message.membership == MessageRecord::Membership::Foreign)
        return LineUse::OtherSender;
    message.expiredAt = line.atMs;
    // Every recipient still deferred gives up now, keeping its last deferral's reply.
    for (DeliveryRecord& delivery : message.deliveries)
        if (delivery.finalStatus == QLatin1String("deferred"))
            expireDelivery(line, delivery);
    m_dirtyMessages.insert(message.queueKey);
    return LineUse::Used;
}

void QueueCorrelator::addAttempt(AttemptRecord attempt) {
    attempt.campaignId = m_campaignId;
    m_attempts.push_back(std::move(attempt));
}

// The message leaves the open set now (a reused queue id opens a new entry); its rows are
// written by the next flush.
void QueueCorrelator::close(MessageRecord& message) {
    message.closed = true;
    const QString key = message.queueKey;
    m_closed.push_back(std::move(message));
    m_dirtyMessages.remove(key);
    m_open.remove(key);
}

bool QueueCorrelator::saveMessage(MessageRecord& message) {
    // The message first: its deliveries refer to it.
    if (!m_writer.saveMessage(m_campaignId, message))
        return false;
    for (DeliveryRecord& delivery : message.deliveries)
        if (delivery.dirty && !m_writer.saveDelivery(m_campaignId, delivery))
            return false;
    return true;
}

bool QueueCorrelator::flush() {
    if (m_failed)
        return false;
    for (const QString& key : std::as_const(m_dirtyMessages)) {
        auto it = m_open.find(key);
        if (it != m_open.end() && !saveMessage(it.value()))
            return false;
    }
    m_dirtyMessages.clear();
    for (MessageRecord& message : m_closed)
        if (!saveMessage(message))
            return false;
    m_closed.clear();
    // Attempts last: they refer to their deliveries.
    for (const AttemptRecord& attempt : m_attempts)
        if (!m_writer.insertAttempt(attempt))
            return false;
    m_attempts.clear();
    parkIdle();
    return true;
}

} // namespace deliverboard
