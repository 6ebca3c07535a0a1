#include "BounceExporter.h"

#include "CsvExportFile.h"
#include "report/ReportJson.h"
#include "store/ReportSource.h"
#include "util/CsvWriter.h"

#include <QCoreApplication>

namespace deliverboard {

QStringList BounceExporter::header()
{
    return {QStringLiteral("email"),  QStringLiteral("outcome"),  QStringLiteral("code"),
            QStringLiteral("enhanced"), QStringLiteral("stage"),  QStringLiteral("reason"),
            QStringLiteral("isp"),    QStringLiteral("attempts"), QStringLiteral("last_attempt"),
            QStringLiteral("last_reply")};
}

qint64 BounceExporter::exportCsv(ReportSource& queries, const CampaignInfo& campaign,
                                 const OutcomePolicy& policy, MessageFilter filter,
                                 const QString& path, QString& error,
                                 const std::function<bool(qint64)>& proceed) {
    if (filter.outcomes.isEmpty())
        filter.outcomes = bounceOutcomes();
    CsvExportFile file(path);
    if (!file.open(error))
        return -1;
    CsvWriter& writer = file.writer();
    writer.writeRecord(header());
    qint64 rows = 0;
    bool stopped = false;
    const bool ok = queries.forEachMessage(campaign, policy, filter, [&](const MessageRow& row) {
        if (proceed && rows % kProgressEvery == 0 && !proceed(rows)) {
            stopped = true;
            return false;
        }
        ++rows;
        return writer.writeRecord({row.recipient, outcomeId(row.outcome), row.code, row.enhanced,
                                   row.stage, row.reason, row.isp, QString::number(row.attempts),
                                   reportjson::isoUtc(row.lastAttempt), row.lastReply});
    });
    // Asked once more before the file is committed: a stop after the last row still counts.
    if (ok && proceed && !proceed(rows))
        stopped = true;
    return file.finish(ok && !stopped, rows, error,
                       stopped ? QCoreApplication::translate("BounceExporter", "cancelled")
                               : queries.errorString());
}

} // namespace deliverboard
