#include "SuppressionExporter.h"

#include "policy/StatusEngine.h"
#include "report/ReportJson.h"
#include "util/CsvWriter.h"

#include <QSaveFile>

namespace deliverboard {

QStringList SuppressionExporter::header() {
    return {QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("since"),
            QStringLiteral("reason"), QStringLiteral("campaign")};
}

qint64 SuppressionExporter::exportCsv(const StatusEngine& engine, const QString& path,
                                      QString& error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return -1;
    }
    CsvWriter writer(&file);
    bool ok = writer.writeRecord(header());
    qint64 rows = 0;
    engine.forEach([&](const AddressStatus& s) {
        if (s.status == QLatin1String("active"))
            return true;
        ++rows;
        // `reason` is the preset rule that set the status (hard, soft, complaint, ...).
        ok = writer.writeRecord(
                 {s.address, s.status, reportjson::isoUtc(s.since), s.rule, s.campaign}) &&
             ok;
        return ok;
    });
    if (!ok) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
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
