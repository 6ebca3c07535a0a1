#include "SuppressionExporter.h"

#include "CsvExportFile.h"
#include "policy/StatusEngine.h"
#include "report/ReportJson.h"
#include "util/CsvWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace deliverboard {

QStringList SuppressionExporter::formatIds() {
    return {QStringLiteral("generic"), QStringLiteral("mailchimp"), QStringLiteral("listmonk")};
}

bool SuppressionExporter::formatFromId(const QString& id, Format& format) {
    const qsizetype index = formatIds().indexOf(id);
    if (index < 0)
        return false;
    format = static_cast<Format>(index);
    return true;
}

QStringList SuppressionExporter::header(Format format) {
    switch (format) {
    case Format::Generic:
        break;
    case Format::Mailchimp:
        return {QStringLiteral("Email Address")};
    case Format::Listmonk:
        return {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("attributes")};
    }
    return {QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("since"),
            QStringLiteral("reason"), QStringLiteral("campaign")};
}

namespace {
QStringList row(const AddressStatus& s, SuppressionExporter::Format format) {
    const QString since = reportjson::isoUtc(s.since);
    switch (format) {
    case SuppressionExporter::Format::Generic:
        break;
    case SuppressionExporter::Format::Mailchimp:
        return {s.address};
    case SuppressionExporter::Format::Listmonk: {
        // listmonk wants a name; the local part is what it shows for nameless subscribers.
        const QJsonObject why{{QStringLiteral("status"), s.status},
                              {QStringLiteral("since"), since},
                              {QStringLiteral("reason"), s.rule},
                              {QStringLiteral("campaign"), s.campaign},
                              {QStringLiteral("explanation"), s.explanation}};
        const QJsonObject attributes{{QStringLiteral("deliverboard"), why}};
        return {s.address, s.address.section(QLatin1Char('@'), 0, 0),
                QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact))};
    }
    }
    // `reason` is the preset rule that set the status (hard, soft, complaint, ...).
    return {s.address, s.status, since, s.rule, s.campaign};
}
} // namespace

qint64 SuppressionExporter::exportCsv(const StatusEngine& engine, const QString& path,
                                      QString& error, Format format) {
    CsvExportFile file(path);
    if (!file.open(error))
        return -1;
    CsvWriter& writer = file.writer();
    bool ok = writer.writeRecord(header(format));
    qint64 rows = 0;
    engine.forEach(
        [&](const AddressStatus& s) {
            if (s.status == QLatin1String("active"))
                return true;
            ++rows;
            ok = writer.writeRecord(row(s, format)) && ok;
            return ok;
        },
        /*suppressedOnly=*/true);
    return file.finish(ok, rows, error);
}

qint64 SuppressionExporter::exportInactiveCsv(const StatusEngine& engine,
                                              const InactivityRule& rule, const QString& path,
                                              QString& error, Format format) {
    CsvExportFile file(path);
    if (!file.open(error))
        return -1;
    CsvWriter& writer = file.writer();
    bool ok = writer.writeRecord(header(format));
    qint64 rows = 0;
    engine.forEachInactive(rule, [&](const AddressStatus& status) {
        AddressStatus s = status;
        s.since = {};
        s.rule = QStringLiteral("inactive");
        s.campaign = s.lastCampaign;
        ++rows;
        ok = writer.writeRecord(row(s, format)) && ok;
        return ok;
    });
    return file.finish(ok, rows, error);
}

} // namespace deliverboard
