#include "ReportJson.h"

namespace deliverboard::reportjson {

namespace {
void putCounts(QJsonObject& object, const OutcomeCounts& counts)
{
    object.insert(QStringLiteral("sent"), counts.sent);
    object.insert(QStringLiteral("delivered"), counts.delivered);
    object.insert(QStringLiteral("in_progress"), counts.inProgress);
}
} // namespace

QString isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject report(const CampaignReport& r)
{
    QJsonObject object;
    object.insert(QStringLiteral("campaign"), r.campaign);
    object.insert(QStringLiteral("as_of"), isoUtc(r.asOf));
    putCounts(object, r.totals);
    object.insert(QStringLiteral("bounced"),
                  QJsonObject{{QStringLiteral("soft"), r.totals.soft},
                              {QStringLiteral("hard"), r.totals.hard},
                              {QStringLiteral("spam"), r.totals.spam}});
    object.insert(QStringLiteral("complaints"), r.complaints);
    object.insert(QStringLiteral("auto_replies"), r.autoReplies);
    object.insert(QStringLiteral("skipped"), r.skipped);
    object.insert(QStringLiteral("not_attempted"), r.notAttempted);
    QJsonArray isps;
    for (const IspFigures& figures : r.byIsp) {
        QJsonObject isp;
        isp.insert(QStringLiteral("isp"), figures.isp);
        putCounts(isp, figures.counts);
        isp.insert(QStringLiteral("soft"), figures.counts.soft);
        isp.insert(QStringLiteral("hard"), figures.counts.hard);
        isp.insert(QStringLiteral("spam"), figures.counts.spam);
        QJsonArray codes;
        for (const CodeCount& code : figures.codes)
            codes.append(QJsonObject{{QStringLiteral("code"), code.code},
                                     {QStringLiteral("enhanced"), code.enhanced},
                                     {QStringLiteral("reason"), code.reason},
                                     {QStringLiteral("count"), code.count}});
        isp.insert(QStringLiteral("codes"), codes);
        isps.append(isp);
    }
    object.insert(QStringLiteral("by_isp"), isps);
    QJsonArray stages;
    for (const StageCount& stage : r.failuresByStage)
        stages.append(QJsonObject{{QStringLiteral("stage"), stage.stage},
                                  {QStringLiteral("count"), stage.count}});
    object.insert(QStringLiteral("failures_by_stage"), stages);
    object.insert(QStringLiteral("engagement"),
                  QJsonObject{{QStringLiteral("opened"), r.engagement.opened},
                              {QStringLiteral("clicked"), r.engagement.clicked},
                              {QStringLiteral("unsubscribed"), r.engagement.unsubscribed}});
    object.insert(QStringLiteral("unmatched_returned_mail"), r.unmatchedReturnedMail);
    object.insert(QStringLiteral("retry_window_hours"), r.retryWindowHours);
    object.insert(QStringLiteral("max_attempts"), r.maxAttempts);
    return object;
}

QJsonObject message(const MessageRow& row)
{
    return QJsonObject{
        {QStringLiteral("recipient"), row.recipient},
        {QStringLiteral("outcome"), outcomeId(row.outcome)},
        {QStringLiteral("isp"), row.isp},
        {QStringLiteral("attempts"), row.attempts},
        {QStringLiteral("code"), row.code},
        {QStringLiteral("enhanced"), row.enhanced},
        {QStringLiteral("stage"), row.stage},
        {QStringLiteral("reason"), row.reason},
        {QStringLiteral("class"), row.cls},
        {QStringLiteral("blame"), row.blame},
        {QStringLiteral("last_reply"), row.lastReply},
        {QStringLiteral("relay"), row.relay},
        {QStringLiteral("first_attempt"), isoUtc(row.firstAttempt)},
        {QStringLiteral("last_attempt"), isoUtc(row.lastAttempt)},
        {QStringLiteral("queue_id"), row.queueId},
        {QStringLiteral("message_id"), row.messageId},
    };
}

QJsonObject engagement(const RecipientEngagement& e)
{
    return QJsonObject{
        {QStringLiteral("opens"), e.opens},
        {QStringLiteral("clicks"), e.clicks},
        {QStringLiteral("unsubscribed"), e.unsubscribed},
        {QStringLiteral("complained"), e.complained},
        {QStringLiteral("last_event"), isoUtc(e.lastEventAt)},
    };
}

QJsonObject attempt(const AttemptRow& row)
{
    return QJsonObject{
        {QStringLiteral("at"), isoUtc(row.at)},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("network"), row.network},
        {QStringLiteral("relay_host"), row.relayHost},
        {QStringLiteral("relay_ip"), row.relayIp},
        {QStringLiteral("code"), row.code},
        {QStringLiteral("enhanced"), row.enhanced},
        {QStringLiteral("dsn"), row.dsn},
        {QStringLiteral("reply"), row.reply},
        {QStringLiteral("stage"), row.stage},
        {QStringLiteral("class"), row.cls},
        {QStringLiteral("reason"), row.reason},
        {QStringLiteral("rule"), row.rule},
        {QStringLiteral("file"), row.sourcePath},
        {QStringLiteral("line"), row.lineNo},
    };
}

QJsonObject campaign(const CampaignInfo& info, const CampaignReport& figures)
{
    QJsonObject object{
        {QStringLiteral("name"), info.name},
        {QStringLiteral("folder"), info.folder},
        {QStringLiteral("first_attempt"), isoUtc(info.firstAttemptAt)},
        {QStringLiteral("as_of"), isoUtc(figures.asOf)},
        {QStringLiteral("sent"), figures.totals.sent},
        {QStringLiteral("delivered"), figures.totals.delivered},
        {QStringLiteral("in_progress"), figures.totals.inProgress},
        {QStringLiteral("bounced"), figures.totals.soft + figures.totals.hard + figures.totals.spam},
        {QStringLiteral("complaints"), figures.complaints},
    };
    return object;
}

} // namespace deliverboard::reportjson
