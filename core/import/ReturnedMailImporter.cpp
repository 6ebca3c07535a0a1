#include "ReturnedMailImporter.h"

#include "classify/ReasonCatalog.h"
#include "mail/ReturnedMailParser.h"

#include "store/ImportRecords.h"
#include "store/ImportSink.h"
#include <QByteArray>
#include <QSet>

namespace deliverboard {

namespace {
bool isFailure(const mail::ReturnedMailRecord& r) {
    if (r.action.compare(QLatin1String("delayed"), Qt::CaseInsensitive) == 0)
        return false; // a warning: the MTA is still trying
    return r.cls == DeliveryClass::Hard || r.cls == DeliveryClass::Spam ||
           r.cls == DeliveryClass::Soft || r.cls == DeliveryClass::Unknown;
}

// The bounce's place in the attempt history: when the mail says it happened, never
// before the acceptance it overturns (other hosts' clocks may be behind).
qint64 bounceTime(qint64 reportedAt, qint64 acceptedAt) {
    return qMax(reportedAt, acceptedAt);
}
} // namespace

ReturnedMailImporter::Result ReturnedMailImporter::importFile(ImportSink& writer,
                                                              const CampaignRecord& campaign,
                                                              const QString& path, int firstMessage,
                                                              int& messagesSeen) {
    Result result;
    // One message at a time: a big mbox is never held in memory whole.
    mail::ReturnedMailFile file(path);
    QString error;
    if (!file.open(&error)) {
        result.error = error;
        return result;
    }
    messagesSeen = firstMessage;
    QByteArray raw;
    int index = 0;
    QStringList cut;
    while (file.next(raw, index, &cut)) {
        messagesSeen = qMax(messagesSeen, index + 1);
        if (index < firstMessage) {
            cut.clear();
            continue; // read by an earlier import of this (growing) mbox
        }
        result.problems += cut;
        cut.clear();
        const QList<mail::ReturnedMailRecord> records =
            mail::ReturnedMailParser::parseMessage(raw, path, index, &result.problems);
        if (!importRecords(writer, campaign, path, records, result))
            return result;
    }
    return result;
}

bool ReturnedMailImporter::importRecords(ImportSink& writer, const CampaignRecord& campaign,
                                         const QString& path,
                                         const QList<mail::ReturnedMailRecord>& records,
                                         Result& result) {
    for (const mail::ReturnedMailRecord& r : records) {
        ++result.records;
        const QString recipient = r.recipient.toLower();
        ImportSink::DeliveryMatch match;
        // A failed lookup is an error of the store, not "unmatched" mail.
        if ((!recipient.isEmpty() || !r.originalMessageId.isEmpty()) &&
            !writer.findDelivery(campaign.id, r.originalMessageId, recipient, r.reportedAt,
                                 match)) {
            result.storeError = writer.errorString();
            return false;
        }
        // A forwarded or aliased address is not ours; the VERP return path still says who.
        if (match.deliveryId == 0 && !r.verpRecipient.isEmpty() &&
            !writer.findDelivery(campaign.id, r.originalMessageId, r.verpRecipient, r.reportedAt,
                                 match)) {
            result.storeError = writer.errorString();
            return false;
        }
        if (match.deliveryId != 0)
            ++result.linked;
        if (!writer.insertReturnedMail(campaign.id, path, r, match.deliveryId)) {
            result.storeError = writer.errorString();
            return false;
        }
        if (match.deliveryId == 0 || match.finalStatus != QLatin1String("sent") || !isFailure(r))
            continue;
        if (!bounceAfterAcceptance(writer, path, r, match.deliveryId, match.lastAttemptAt)) {
            result.storeError = writer.errorString();
            return false;
        }
        ++result.bouncedAfterAcceptance;
    }
    return true;
}

bool ReturnedMailImporter::bounceAfterAcceptance(ImportSink& writer, const QString& path,
                                                 const mail::ReturnedMailRecord& r,
                                                 qint64 deliveryId, qint64 acceptedAt) {
    AttemptRecord attempt;
    attempt.deliveryId = deliveryId;
    attempt.at = bounceTime(r.reportedAt, acceptedAt);
    attempt.status = QStringLiteral("bounced");
    attempt.network = false; // the bounce came back as mail, not from an attempt of ours
    attempt.relayHost = r.remoteMta;
    attempt.code = r.code;
    attempt.enhanced = r.enhanced;
    // As much as the returned-mail row keeps: a bounce applied by a later import
    // (applyLateBounces) has only that, and must read the same.
    attempt.reply = r.diagnostic.left(kDiagnosticKept);
    attempt.stage = stageId(SmtpStage::AfterAcceptance);
    // An unrecognised permanent failure after acceptance counts as hard (contract 3).
    attempt.cls = classId(r.cls == DeliveryClass::Unknown ? DeliveryClass::Hard : r.cls);
    attempt.reason = r.reason;
    attempt.isp = r.isp;
    attempt.blame = blameId(ReasonCatalog::standard().info(r.reason).blame);
    attempt.rule = QStringLiteral("returned-mail:") + mail::kindId(r.kind);
    attempt.raw = QStringLiteral("%1 (message %2)").arg(path).arg(r.messageIndex + 1).toUtf8();
    return writer.markBouncedAfterAcceptance(attempt);
}

bool ReturnedMailImporter::applyLateBounces(ImportSink& writer, const CampaignRecord& campaign,
                                            Result& result) {
    QList<ImportSink::LateBounce> late;
    if (!writer.lateBounces(campaign.id, late)) {
        result.storeError = writer.errorString();
        return false;
    }
    // Several reports can name one delivery (a DSN and a text bounce, two DSNs); an import
    // of everything at once applies the first and finds the delivery bounced for the others.
    // The rows come in the order they were stored, so the same first one is applied here.
    QSet<qint64> applied;
    for (const ImportSink::LateBounce& bounce : std::as_const(late)) {
        if (!isFailure(bounce.record) || applied.contains(bounce.deliveryId))
            continue;
        applied.insert(bounce.deliveryId);
        if (!bounceAfterAcceptance(writer, bounce.path, bounce.record, bounce.deliveryId,
                                   bounce.lastAttemptAt)) {
            result.storeError = writer.errorString();
            return false;
        }
        ++result.bouncedAfterAcceptance;
    }
    return true;
}

} // namespace deliverboard
