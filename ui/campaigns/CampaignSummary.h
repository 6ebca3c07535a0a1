#pragma once

#include "report/CampaignReport.h"
#include "report/MessageRows.h"

#include <QList>

namespace deliverboard::ui {

// One line of the campaign list: the stored campaign and its headline figures.
struct CampaignSummary {
    CampaignInfo info;
    OutcomeCounts totals;
    qint64 complaints = 0;
};

// Loads every campaign of the store with its figures; runs on any thread (own connection).
// `retryWindowHours`/`maxAttempts` > 0 override the campaigns' own limits (Settings).
QList<CampaignSummary> loadCampaignSummaries(const QString& storePath, double retryWindowHours = 0,
                                             int maxAttempts = 0, QString* error = nullptr);

} // namespace deliverboard::ui
