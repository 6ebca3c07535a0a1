#include "BounceExporter.h"

#include "report/ReportJson.h"
#include "store/ReportQueries.h"
#include "util/CsvWriter.h"

#include <QSaveFile>

namespace deliverboard {

QStringList BounceExporter::header()
{
    return {QStringLiteral("email"),  QStringLiteral("outcome"),  QStringLiteral("code"),
            QStringLiteral("enhanced"), QStringLiteral("stage"),  QStringLiteral("reason"),
            QStringLiteral("isp"),    QStringLiteral("attempts"), QStringLiteral("last_attempt"),
            QStringLiteral("last_reply")};
}

qint64 BounceExporter::exportCsv(ReportQueries& queries, const CampaignInfo& campaign,
                                 const OutcomePolicy& policy, MessageFilter filter,
                                 const QString& path, QString& error)
{
    if (filter.outcomes.isEmpty())
        filter.outcomes = bounceOutcomes();
    // QSaveFile: a failed or interrupted export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return -1;
    }
    CsvWriter writer(&file);
    writer.writeRecord(header());
    qint64 rows = 0;
    const bool ok = queries.forEachMessage(campaign, policy, filter, [&](const MessageRow& row) {
        ++rows;
        return writer.writeRecord({row.recipient, outcomeId(row.outcome), row.code, row.enhanced,
                                   row.stage, row.reason, row.isp, QString::number(row.attempts),
                                   reportjson::isoUtc(row.lastAttempt), row.lastReply});
    });
    if (!ok) {
        error = queries.errorString().isEmpty() ? QStringLiteral("%1: %2").arg(path, file.errorString())
                                                : queries.errorString();
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return -1;
    }
    return rows;
}

} // namespace deliverboard
