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
// The limits in force are the store's (SettingsSource overrides applied by ReportSource).
QList<CampaignSummary> loadCampaignSummaries(const QString& storePath, QString* error = nullptr);

} // namespace deliverboard::ui
