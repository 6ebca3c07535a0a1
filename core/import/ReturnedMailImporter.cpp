#include "ReturnedMailImporter.h"

#include "classify/ReasonCatalog.h"
#include "mail/ReturnedMailParser.h"
#include "store/ImportRecords.h"
#include "store/ImportWriter.h"

namespace deliverboard {

namespace {
bool isFailure(const mail::ReturnedMailRecord& r)
{
    if (r.action.compare(QLatin1String("delayed"), Qt::CaseInsensitive) == 0)
        return false; // a warning: the MTA is still trying
    return r.cls == DeliveryClass::Hard || r.cls == DeliveryClass::Spam || r.cls == DeliveryClass::Soft ||
           r.cls == DeliveryClass::Unknown;
}

// The bounce's place in the attempt history: when the mail says it happened, never
// before the acceptance it overturns (other hosts' clocks may be behind).
qint64 bounceTime(qint64 reportedAt, qint64 acceptedAt)
{
    return qMax(reportedAt, acceptedAt);
}
} // namespace

ReturnedMailImporter::Result ReturnedMailImporter::importFile(ImportWriter& writer, const CampaignRecord& campaign,
                                                              const QString& path, int firstMessage,
                                                              int& messagesSeen)
{
    Result result;
    QList<mail::ReturnedMailRecord> records;
    QString error;
    if (!mail::ReturnedMailParser::parseFile(path, records, &error)) {
        result.error = error;
        return result;
    }
    messagesSeen = firstMessage;
    for (const mail::ReturnedMailRecord& r : std::as_const(records)) {
        messagesSeen = qMax(messagesSeen, r.messageIndex + 1);
        if (r.messageIndex < firstMessage)
            continue; // read by an earlier import of this (growing) mbox
        ++result.records;
        const QString recipient = r.recipient.toLower();
        ImportWriter::DeliveryMatch match;
        if (!recipient.isEmpty() || !r.originalMessageId.isEmpty())
            writer.findDelivery(campaign.id, r.originalMessageId, recipient, r.reportedAt, match);
        // A forwarded or aliased address is not ours; the VERP return path still says who.
        if (match.deliveryId == 0 && !r.verpRecipient.isEmpty())
            writer.findDelivery(campaign.id, r.originalMessageId, r.verpRecipient, r.reportedAt, match);
        if (match.deliveryId != 0)
            ++result.linked;
        if (!writer.insertReturnedMail(campaign.id, path, r, match.deliveryId)) {
            result.error = writer.errorString();
            return result;
        }
        if (match.deliveryId == 0 || match.finalStatus != QLatin1String("sent") || !isFailure(r))
            continue;
        AttemptRecord attempt;
        attempt.deliveryId = match.deliveryId;
        attempt.at = bounceTime(r.reportedAt, match.lastAttemptAt);
        attempt.status = QStringLiteral("bounced");
        attempt.network = false; // the bounce came back as mail, not from an attempt of ours
        attempt.relayHost = r.remoteMta;
        attempt.code = r.code;
        attempt.enhanced = r.enhanced;
        attempt.reply = r.diagnostic;
        attempt.stage = stageId(SmtpStage::AfterAcceptance);
        // An unrecognised permanent failure after acceptance counts as hard (contract 3).
        attempt.cls = classId(r.cls == DeliveryClass::Unknown ? DeliveryClass::Hard : r.cls);
        attempt.reason = r.reason;
        attempt.isp = r.isp;
        attempt.blame = blameId(ReasonCatalog::standard().info(r.reason).blame);
        attempt.rule = QStringLiteral("returned-mail:") + mail::kindId(r.kind);
        attempt.raw = QStringLiteral("%1 (message %2)").arg(path).arg(r.messageIndex + 1);
        if (!writer.markBouncedAfterAcceptance(attempt)) {
            result.error = writer.errorString();
            return result;
        }
        ++result.bouncedAfterAcceptance;
    }
    return result;
}

} // namespace deliverboard
