#include "CampaignSummary.h"

#include "store/ReportSource.h"
#include "store/Store.h"

namespace deliverboard::ui {

QList<CampaignSummary> loadCampaignSummaries(const QString& storePath, QString* error) {
    QList<CampaignSummary> result;
    QString openError;
    const std::unique_ptr<Store> store = Store::open(storePath, Store::Mode::ReadWrite, openError);
    if (!store) {
        if (error)
            *error = openError;
        return result;
    }
    const std::unique_ptr<ReportSource> queries = store->reportSource();
    for (const CampaignInfo& info : queries->campaigns()) {
        CampaignSummary summary;
        summary.info = info;
        CampaignReport report;
        if (queries->report(info, queries->defaultPolicy(info), report)) {
            summary.totals = report.totals;
            summary.complaints = report.complaints;
        }
        result.append(summary);
    }
    return result;
}

} // namespace deliverboard::ui
