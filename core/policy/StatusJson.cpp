#include "StatusJson.h"

#include "report/ReportJson.h"

namespace deliverboard::statusjson {

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

} // namespace deliverboard::statusjson
