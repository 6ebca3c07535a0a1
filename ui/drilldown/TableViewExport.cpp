#include "TableViewExport.h"

#include "common/Labels.h"
#include "report/ReportJson.h"
#include "store/ReportSource.h"
#include "util/CsvWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace deliverboard::ui {

qint64 exportTableView(ReportSource& queries, const ReportContext& context,
                       const MessageFilter& filter, const QString& path, QString& error,
                       const std::function<bool(qint64)>& proceed) {
    QSaveFile file(path); // a failed export never leaves half a file behind
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
        return -1;
    }
    CsvWriter csv(&file);
    csv.writeRecord({QCoreApplication::translate("TableViewExport", "Recipient"),
                     QCoreApplication::translate("TableViewExport", "Outcome"),
                     QCoreApplication::translate("TableViewExport", "ISP"),
                     QCoreApplication::translate("TableViewExport", "Attempts"),
                     QCoreApplication::translate("TableViewExport", "Code"),
                     QCoreApplication::translate("TableViewExport", "Enhanced"),
                     QCoreApplication::translate("TableViewExport", "Stage"),
                     QCoreApplication::translate("TableViewExport", "Reason"),
                     QCoreApplication::translate("TableViewExport", "Last attempt"),
                     QCoreApplication::translate("TableViewExport", "Last reply")});
    qint64 rows = 0;
    bool stopped = false;
    const bool complete = queries.forEachMessage(
        context.campaign, context.policy, filter, [&](const MessageRow& row) {
            if (proceed && rows % 512 == 0 && !proceed(rows)) {
                stopped = true;
                return false;
            }
            ++rows;
            return csv.writeRecord(
                {row.recipient, Labels::outcome(row.outcome), Labels::isp(row.isp),
                 QString::number(row.attempts), row.code, row.enhanced, Labels::stage(row.stage),
                 Labels::reason(row.reason), reportjson::isoUtc(row.lastAttempt), row.lastReply});
        });
    // Asked once more before the file is committed: a stop after the last row still counts.
    if (complete && proceed && !proceed(rows))
        stopped = true;
    if (!complete || stopped || !file.commit()) {
        error = stopped    ? QCoreApplication::translate("TableViewExport", "cancelled")
                : complete ? file.errorString()
                           : queries.errorString();
        return -1;
    }
    return rows;
}

} // namespace deliverboard::ui
