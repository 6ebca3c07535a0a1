#include "StatusJson.h"

#include "report/ReportJson.h"

#include <QJsonArray>

namespace deliverboard::statusjson {

namespace {
QJsonArray countsArray(const QMap<QString, qint64>& counts, const QString& key) {
    QJsonArray array;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        array.append(QJsonObject{{key, it.key()}, {QStringLiteral("count"), it.value()}});
    return array;
}
} // namespace

QJsonObject address(const AddressStatus& s) {
    QJsonObject counts{{QStringLiteral("hard"), s.hard},
                       {QStringLiteral("soft_consecutive"), s.softConsecutive},
                       {QStringLiteral("soft"), s.soft}};
    return QJsonObject{
        {QStringLiteral("address"), s.address},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("since"),
         s.since.isValid() ? QJsonValue(reportjson::isoUtc(s.since)) : QJsonValue()},
        {QStringLiteral("campaign"), s.campaign.isEmpty() ? QJsonValue() : QJsonValue(s.campaign)},
        {QStringLiteral("rule"), s.rule},
        {QStringLiteral("explanation"), s.explanation},
        {QStringLiteral("counts"), counts},
    };
}

QJsonObject inactive(const AddressStatus& s) {
    return QJsonObject{
        {QStringLiteral("address"), s.address},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("campaigns_without_engagement"), s.unengagedCampaigns},
        {QStringLiteral("days_without_engagement"), s.quietDays},
        {QStringLiteral("last_campaign"),
         s.lastCampaign.isEmpty() ? QJsonValue() : QJsonValue(s.lastCampaign)},
        {QStringLiteral("isp"), s.isp.isEmpty() ? QStringLiteral("other") : s.isp},
    };
}

QJsonObject diff(const StatusDiff& d, const QString& currentPreset,
                 const QString& candidatePreset) {
    QJsonArray transitions;
    for (auto it = d.byTransition.begin(); it != d.byTransition.end(); ++it)
        transitions.append(QJsonObject{{QStringLiteral("from"), it.key().section(u'>', 0, 0)},
                                       {QStringLiteral("to"), it.key().section(u'>', 1, 1)},
                                       {QStringLiteral("count"), it.value()}});
    QJsonArray changes;
    for (const StatusChange& c : d.changes)
        changes.append(
            QJsonObject{{QStringLiteral("address"), c.address},
                        {QStringLiteral("from"), c.from},
                        {QStringLiteral("to"), c.to},
                        {QStringLiteral("isp"), c.isp.isEmpty() ? QStringLiteral("other") : c.isp},
                        {QStringLiteral("reason"), c.reason},
                        {QStringLiteral("explanation"), c.explanation}});
    return QJsonObject{
        {QStringLiteral("current_preset"), currentPreset},
        {QStringLiteral("candidate_preset"), candidatePreset},
        {QStringLiteral("addresses"), d.addresses},
        {QStringLiteral("changed"), d.changed()},
        {QStringLiteral("by_transition"), transitions},
        {QStringLiteral("by_isp"), countsArray(d.byIsp, QStringLiteral("isp"))},
        {QStringLiteral("by_reason"), countsArray(d.byReason, QStringLiteral("reason"))},
        {QStringLiteral("changes"), changes}};
}

QJsonObject senderProblems(const QList<SenderProblem>& problems, bool ignoreSenderBlamed,
                           const QString& preset) {
    QJsonArray array;
    for (const SenderProblem& p : problems)
        array.append(
            QJsonObject{{QStringLiteral("isp"), p.isp.isEmpty() ? QStringLiteral("other") : p.isp},
                        {QStringLiteral("reason"), p.reason},
                        {QStringLiteral("addresses"), p.addresses},
                        {QStringLiteral("failures"), p.failures}});
    return QJsonObject{{QStringLiteral("preset"), preset},
                       {QStringLiteral("ignore_sender_blamed"), ignoreSenderBlamed},
                       {QStringLiteral("by_isp"), array}};
}

} // namespace deliverboard::statusjson
