#pragma once

#include "CampaignReport.h"
#include "MessageRows.h"

#include <QJsonArray>
#include <QJsonObject>

namespace deliverboard {

// The JSON shapes of contract section 5 (`report --json`, `messages --json`, ...).
namespace reportjson {

QString isoUtc(const QDateTime& time); // "2026-03-15T17:12:03Z", "" when invalid
QJsonObject report(const CampaignReport& report);
QJsonObject message(const MessageRow& row);
QJsonObject attempt(const AttemptRow& row);
// {"opens": N, "clicks": N, "unsubscribed": bool, "complained": bool, "last_event": "..."}
QJsonObject engagement(const RecipientEngagement& e);
QJsonObject campaign(const CampaignInfo& info, const CampaignReport& figures);

} // namespace reportjson
} // namespace deliverboard
