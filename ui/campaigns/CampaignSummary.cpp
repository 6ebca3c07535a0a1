#include "CampaignSummary.h"

#include "store/sqlite/Database.h"
#include "store/sqlite/ReportQueries.h"

namespace deliverboard::ui {

QList<CampaignSummary> loadCampaignSummaries(const QString& storePath, QString* error) {
    QList<CampaignSummary> result;
    Database db;
    if (!db.open(storePath)) {
        if (error)
            *error = db.errorString();
        return result;
    }
    ReportQueries queries(db.connection());
    for (const CampaignInfo& info : queries.campaigns()) {
        CampaignSummary summary;
        summary.info = info;
        CampaignReport report;
        if (queries.report(info, queries.defaultPolicy(info), report)) {
            summary.totals = report.totals;
            summary.complaints = report.complaints;
        }
        result.append(summary);
    }
    return result;
}

} // namespace deliverboard::ui
