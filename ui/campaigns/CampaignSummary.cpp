#include "CampaignSummary.h"

#include "store/Database.h"
#include "store/ReportQueries.h"

namespace deliverboard::ui {

QList<CampaignSummary> loadCampaignSummaries(const QString& storePath, double retryWindowHours,
                                             int maxAttempts, QString* error) {
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
        OutcomePolicy policy = queries.defaultPolicy(info);
        if (retryWindowHours > 0)
            policy.retryWindowHours = retryWindowHours;
        if (maxAttempts > 0)
            policy.maxAttempts = maxAttempts;
        if (queries.report(info, policy, report)) {
            summary.totals = report.totals;
            summary.complaints = report.complaints;
        }
        result.append(summary);
    }
    return result;
}

} // namespace deliverboard::ui
