#include "ReturnedMailParser.h"

#include "ArfParser.h"
#include "AutoReplyDetector.h"
#include "DsnParser.h"
#include "MboxReader.h"
#include "MimeMessage.h"
#include "MimeWalk.h"
#include "SesNotificationParser.h"
#include "TextBounceParser.h"

#include "classify/IspDirectory.h"
#include "classify/ReasonCatalog.h"
#include "classify/ReplyClassifier.h"
#include "classify/StageDetector.h"

#include "util/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace deliverboard::mail {

namespace {

QString ispOf(const QString& recipient) {
    return IspDirectory::standard().identify(recipient).id;
}

QString originalMessageId(const MimeEntity& message) {
    const QString id = headerValue(attachedOriginalHeaders(message), QStringLiteral("Message-ID"));
    if (!id.isEmpty())
        return bareMessageId(id);
    if (const QString quoted = TextBounceParser::quotedMessageId(message); !quoted.isEmpty())
        return quoted;
    // Auto-replies and many bounces answer the original like any reply does (RFC 5322).
    return bareMessageId(message.header(QStringLiteral("In-Reply-To")));
}

bool fromDaemon(const MimeEntity& message) {
    static const QRegularExpression daemon(QStringLiteral("mailer-daemon|postmaster|mail delivery"),
                                           QRegularExpression::CaseInsensitiveOption);
    return daemon.match(message.header(QStringLiteral("From"))).hasMatch();
}

// A delay warning (the message is still queued): the action says it is no bounce; the
// class says what kind of trouble holds the message up, as for a final report (a PTR
// or reputation refusal: spam; a full mailbox: soft). Without a known cause the message
// is simply late: expired, soft.
void markAsDelayWarning(ReturnedMailRecord& r) {
    if (r.reason == QLatin1String("undefined") || r.reason == QLatin1String("greylisted")) {
        r.reason = QStringLiteral("expired");
        r.cls = DeliveryClass::Soft;
        return;
    }
    const DeliveryClass cause = ReasonCatalog::standard().info(r.reason).defaultClass;
    r.cls =
        cause == DeliveryClass::Hard || cause == DeliveryClass::Spam ? cause : DeliveryClass::Soft;
}

// The SMTP command the failure followed, when the bounce text names it (stages.json's
// markers); the wording that only implies a stage is read later by the classifier, after
// a quoted transcript's stage.
SmtpStage stageHint(const QString& text) {
    return StageDetector::standard().named(text);
}

// Wording of a delay warning (the message is still queued): like DSN `Action: delayed`.
bool readsAsDelayWarning(const QString& text) {
    static const QRegularExpression delay(
        QStringLiteral("will be retried|still being retried|not yet been delivered|this is a "
                       "warning message only|"
                       "delivery (attempts )?will continue|has been delayed|delivery is "
                       "delayed|could not send message for past|"
                       "will (continue to|keep) try|noch nicht zugestellt|wird weiter versucht|was "
                       "not delivered within"),
        QRegularExpression::CaseInsensitiveOption);
    return delay.match(text).hasMatch();
}

// `knownStage`: the stage the bounce tells apart from `text` (a quoted transcript).
void applyClassification(ReturnedMailRecord& record, const QString& text, const QString& status,
                         const QString& relay, MtaVerdict verdict,
                         SmtpStage knownStage = SmtpStage::Unknown) {
    ReplyInput input;
    input.stage = stageHint(text);
    if (input.stage == SmtpStage::Unknown)
        input.stage = knownStage;
    input.text = text;
    input.recipient = record.recipient;
    input.relayHost = relay;
    input.verdict = verdict;
    // A failed DSN or a bounce text ends the delivery.
    input.finalReport = verdict == MtaVerdict::Permanent;
    static const QRegularExpression enhancedInText(
        QStringLiteral("\\b[245]\\.\\d{1,3}\\.\\d{1,3}\\b"));
    // The DSN Status is authoritative unless the text quotes the remote server's own code
    // and the Status is generic (X.0.0) or only says that the reporter gave up retrying
    // (X.4.7, delivery time expired): then the quoted reply tells why.
    const bool reporterOnly =
        status.endsWith(QLatin1String(".0.0")) || status.endsWith(QLatin1String(".4.7"));
    if (!status.isEmpty() && !(reporterOnly && enhancedInText.match(text).hasMatch()))
        input.enhanced = status;
    const Classification c = ReplyClassifier::standard().classify(input);
    record.cls = c.cls;
    record.reason = c.reason;
    record.stage = c.stage;
    record.code = c.code;
    record.enhanced = c.enhanced.isEmpty() ? status : c.enhanced;
    record.isp = c.ispId;
    record.diagnostic = text;
}

QList<ReturnedMailRecord> fromArf(const MimeEntity& message, ReturnedMailRecord base) {
    QList<ReturnedMailRecord> records;
    const ArfReport report = ArfParser::parse(message);
    QStringList recipients = report.recipients;
    if (recipients.isEmpty())
        recipients.append(QString());
    for (const QString& recipient : recipients) {
        ReturnedMailRecord r = base;
        r.kind = ReturnedKind::Arf;
        r.recipient = recipient;
        r.cls = DeliveryClass::Complaint;
        r.reason = QStringLiteral("feedback");
        r.stage = SmtpStage::AfterAcceptance;
        r.isp = ispOf(recipient.isEmpty() ? report.reportingDomain : recipient);
        if (r.isp == QLatin1String("other") && !report.reportingDomain.isEmpty())
            r.isp = ispOf(report.reportingDomain);
        r.diagnostic =
            QStringLiteral("feedback-type: %1")
                .arg(report.feedbackType.isEmpty() ? QStringLiteral("abuse") : report.feedbackType);
        records.append(r);
    }
    return records;
}

const TextBounceRecipient* textFor(const QList<TextBounceRecipient>& texts,
                                   const QString& recipient) {
    for (const TextBounceRecipient& t : texts)
        if (t.recipient.compare(recipient, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

// What an SMTP transcript quoted in the report adds to a DSN recipient: the stage of the
// failing command, and the whole reply where the Diagnostic-Code kept only its first line
// (Sendmail writes "552-5.7.0 This message was blocked ..." and drops the rest).
struct TranscriptEvidence {
    SmtpStage stage = SmtpStage::Unknown;
    QString fullReply;
};

// The recipient a DSN is about: its Final-Recipient, unless that is no address one could
// have sent to (an internal host name without a dot, "@host" with no local part, a
// source route), which some MTAs write (Sun/Oracle Messaging Server, Sendmail): then the
// Original-Recipient, the address as the sender gave it (RFC 3464 2.3.1, 2.3.2).
QString dsnRecipientOf(const DsnRecipient& d) {
    static const QRegularExpression routable(
        QStringLiteral("^[^@\\s:,]+@[^@\\s:,]+\\.[^@\\s:,.]+$"));
    if (routable.match(d.finalRecipient).hasMatch() ||
        !routable.match(d.originalRecipient).hasMatch())
        return d.recipient();
    return d.originalRecipient;
}

TranscriptEvidence dsnTranscript(const SmtpTranscript& transcript, const DsnRecipient& d,
                                 const TextBounceRecipient* text) {
    TranscriptEvidence evidence;
    if (text)
        evidence.stage = text->stage;
    auto failure = transcript.failureQuoting(d.diagnostic);
    if (!failure)
        failure = transcript.failureFor(dsnRecipientOf(d));
    if (failure) {
        if (evidence.stage == SmtpStage::Unknown)
            evidence.stage = SmtpTranscript::stageOf(failure->command);
        static const QRegularExpression firstOfSeveral(QStringLiteral("^\\s*[245]\\d\\d-"));
        const QString first = d.diagnostic.trimmed();
        if (firstOfSeveral.match(first).hasMatch() && failure->reply.size() > first.size() &&
            failure->reply.startsWith(first, Qt::CaseInsensitive))
            evidence.fullReply = failure->reply;
    }
    if (evidence.stage == SmtpStage::Unknown && text)
        evidence.stage = stageHint(text->diagnostic);
    return evidence;
}

QList<ReturnedMailRecord> fromDsn(const MimeEntity& message, const QList<DsnRecipient>& dsn,
                                  ReturnedMailRecord base) {
    QList<ReturnedMailRecord> records;
    const QList<TextBounceRecipient> texts = TextBounceParser::parse(message);
    const SmtpTranscript transcript = TextBounceParser::transcript(message);
    QString whole;
    for (const DsnRecipient& d : dsn) {
        ReturnedMailRecord r = base;
        r.kind = ReturnedKind::Dsn;
        r.recipient = dsnRecipientOf(d);
        r.action = d.action;
        r.remoteMta = d.remoteMta;
        r.lastAttempt = d.lastAttempt;
        if (const qint64 at = parseMailDate(d.lastAttempt); at != 0)
            r.reportedAt = at;
        // The report's text about this recipient, under either address the DSN gives it
        // (a text may name the Original-Recipient where the DSN's choice is the final one).
        const TextBounceRecipient* ownText = textFor(texts, r.recipient);
        for (const QString& other : {d.originalRecipient, d.finalRecipient})
            if (!ownText && !other.isEmpty())
                ownText = textFor(texts, other);
        const TranscriptEvidence quoted = dsnTranscript(transcript, d, ownText);
        QString text = quoted.fullReply.isEmpty() ? d.diagnostic : quoted.fullReply;
        if (text.trimmed().isEmpty() && ownText)
            text = ownText->diagnostic;
        if (text.trimmed().isEmpty()) {
            if (whole.isEmpty())
                whole = TextBounceParser::reportText(message).simplified().left(1200);
            text = whole;
        }
        const bool delivered = d.action == QLatin1String("delivered") ||
                               d.action == QLatin1String("relayed") ||
                               d.action == QLatin1String("expanded");
        const bool delayed = d.action == QLatin1String("delayed");
        MtaVerdict verdict = MtaVerdict::Unknown;
        if (d.action == QLatin1String("failed"))
            verdict = MtaVerdict::Permanent;
        else if (delayed)
            verdict = MtaVerdict::Temporary;
        applyClassification(r, text, d.status, d.remoteMta, verdict, quoted.stage);
        if (delivered) {
            r.cls = DeliveryClass::Delivered;
            r.reason = QStringLiteral("delivered");
        } else if (delayed) {
            markAsDelayWarning(r);
        }
        records.append(r);
    }
    return records;
}

QList<ReturnedMailRecord> fromText(const MimeEntity& message, ReturnedMailRecord base) {
    QList<ReturnedMailRecord> records;
    for (const TextBounceRecipient& t : TextBounceParser::parse(message)) {
        ReturnedMailRecord r = base;
        r.kind = ReturnedKind::TextBounce;
        r.recipient = t.recipient;
        // A bounce text that is no delay warning reports a failure the sender's system
        // gave up on: as permanent as a DSN with `Action: failed`.
        const bool delayWarning = readsAsDelayWarning(t.diagnostic);
        applyClassification(r, t.diagnostic, QString(), QString(),
                            delayWarning ? MtaVerdict::Temporary : MtaVerdict::Permanent, t.stage);
        if (delayWarning) {
            markAsDelayWarning(r);
            r.action = QStringLiteral("delayed");
        }
        records.append(r);
    }
    return records;
}

ReturnedMailRecord autoReply(const MimeEntity& message, ReturnedMailRecord base) {
    ReturnedMailRecord r = base;
    r.kind = ReturnedKind::AutoReply;
    const QStringList from = addressesIn(message.header(QStringLiteral("From")));
    r.recipient = from.isEmpty() ? QString() : from.first();
    r.cls = DeliveryClass::AutoReply;
    r.reason = QStringLiteral("vacation");
    r.stage = SmtpStage::AfterAcceptance;
    r.isp = ispOf(r.recipient);
    r.diagnostic = message.header(QStringLiteral("Subject")).simplified().left(300);
    return r;
}

} // namespace

ReturnedMailFile::ReturnedMailFile(const QString& path)
    : m_path(path) {}

ReturnedMailFile::~ReturnedMailFile() = default;

bool ReturnedMailFile::open(QString* error) {
    if (!openRegularFile(m_file, m_path, error))
        return false;
    m_stream = std::make_unique<MboxStream>(&m_file, ReturnedMailParser::maxMessageBytes());
    return true;
}

bool ReturnedMailFile::next(QByteArray& raw, int& index, QStringList* problems) {
    if (!m_stream || !m_stream->next(raw))
        return false;
    index = ++m_index;
    if (m_stream->lastTruncated() && problems)
        problems->append(QCoreApplication::translate(
                             "ReturnedMailParser",
                             "message %1 is larger than %2 MB; only its first %2 MB were read")
                             .arg(index + 1)
                             .arg(ReturnedMailParser::maxMessageBytes() / (1024 * 1024)));
    return true;
}

bool ReturnedMailParser::parseFile(const QString& path, QList<ReturnedMailRecord>& records,
                                   QString* error, QStringList* problems) {
    records.clear();
    ReturnedMailFile file(path);
    if (!file.open(error))
        return false;
    QByteArray raw;
    int index = 0;
    while (file.next(raw, index, problems))
        records += parseMessage(raw, path, index, problems);
    return true;
}

QList<ReturnedMailRecord> ReturnedMailParser::parseData(const QByteArray& data, const QString& file,
                                                        QStringList* problems) {
    QList<ReturnedMailRecord> records;
    const QList<QByteArray> messages = splitMailbox(data);
    for (int i = 0; i < messages.size(); ++i)
        records += parseMessage(messages[i], file, i, problems);
    return records;
}

QString ReturnedMailParser::verpRecipient(const QString& address) {
    // VERP: the sender encodes the recipient in the return path, e.g.
    // "bounce+jane.doe=example.net@news.example.org" -> "jane.doe@example.net".
    static const QRegularExpression verp(
        QStringLiteral(R"(^[^@\s<>"]*?[+-]([^@=+\s<>"]+)=([A-Za-z0-9.-]+\.[A-Za-z]{2,})@)"));
    QString bare = address.trimmed();
    const qsizetype open = bare.indexOf(QLatin1Char('<'));
    if (open >= 0)
        bare = bare.mid(open + 1, bare.indexOf(QLatin1Char('>'), open) - open - 1);
    const auto m = verp.match(bare);
    return m.hasMatch() ? (m.captured(1) + QLatin1Char('@') + m.captured(2)).toLower() : QString();
}

QList<ReturnedMailRecord> ReturnedMailParser::parseMessage(const QByteArray& raw,
                                                           const QString& file, int messageIndex,
                                                           QStringList* problems) {
    const MimeEntity message = parseMimeMessage(raw);
    ReturnedMailRecord base;
    base.file = file;
    base.messageIndex = messageIndex;
    base.originalMessageId = originalMessageId(message);
    base.reportedAt = parseMailDate(message.header(QStringLiteral("Date")));
    for (const char* header : {"X-Original-To", "Delivered-To", "Envelope-To", "To"}) {
        base.verpRecipient = verpRecipient(message.header(QLatin1String(header)));
        if (!base.verpRecipient.isEmpty())
            break;
    }

    if (ArfParser::isComplaint(message))
        return fromArf(message, base);

    if (const QList<SesRecipient> ses =
            SesNotificationParser::parse(TextBounceParser::bodyText(message));
        !ses.isEmpty()) {
        QList<ReturnedMailRecord> records;
        QList<DsnRecipient> bounces;
        for (const SesRecipient& r : ses) {
            if (r.type == QLatin1String("bounce")) {
                DsnRecipient d;
                d.finalRecipient = r.recipient;
                d.action = r.action;
                d.status = r.status;
                d.diagnostic = r.diagnostic;
                bounces.append(d);
                continue;
            }
            ReturnedMailRecord record = base;
            record.recipient = r.recipient;
            record.isp = ispOf(r.recipient);
            record.diagnostic = r.diagnostic;
            if (r.type == QLatin1String("complaint")) {
                record.kind = ReturnedKind::Arf;
                record.cls = DeliveryClass::Complaint;
                record.reason = QStringLiteral("feedback");
            } else {
                record.kind = ReturnedKind::Dsn;
                record.action = r.action;
                applyClassification(record, r.diagnostic, r.status, QString(),
                                    MtaVerdict::Accepted);
                record.cls = DeliveryClass::Delivered;
                record.reason = QStringLiteral("delivered");
            }
            records.append(record);
        }
        if (!bounces.isEmpty())
            records += fromDsn(message, bounces, base);
        return records;
    }

    QList<DsnRecipient> dsn;
    bool truncated = false;
    if (const MimeEntity* status =
            findOwnLeaf(message, {QStringLiteral("message/delivery-status"),
                                  QStringLiteral("message/global-delivery-status")}))
        dsn = DsnParser::parse(status->text, &truncated);
    if (dsn.isEmpty()) {
        // Some MTAs write the DSN fields into the text body.
        const QString text = TextBounceParser::bodyText(message);
        if (DsnParser::looksLikeDeliveryStatus(text))
            dsn = DsnParser::parse(text, &truncated);
    }
    if (truncated && problems)
        problems->append(
            QCoreApplication::translate("ReturnedMailParser",
                                        "message %1: the delivery report names more than %2 "
                                        "recipients; only the first %2 were read (truncated)")
                .arg(messageIndex + 1)
                .arg(DsnParser::maxRecipients()));
    if (!dsn.isEmpty())
        return fromDsn(message, dsn, base);

    if (AutoReplyDetector::hasAutoReplySubject(message) && !fromDaemon(message))
        return {autoReply(message, base)};
    if (TextBounceParser::looksLikeBounce(message)) {
        QList<ReturnedMailRecord> records = fromText(message, base);
        if (!records.isEmpty())
            return records;
    }
    if (AutoReplyDetector::hasAutoReplyHeaders(message))
        return {autoReply(message, base)};

    ReturnedMailRecord unknown = base;
    unknown.kind = ReturnedKind::Unknown;
    unknown.diagnostic = message.header(QStringLiteral("Subject")).simplified().left(300);
    return {unknown};
}

} // namespace deliverboard::mail
