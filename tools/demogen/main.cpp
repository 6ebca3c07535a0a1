// deliverboard-demogen: writes a deterministic, realistic campaign folder (Postfix logs,
// campaign.json, recipients.csv, returned mail, ARF complaints, auto-replies, events.csv)
// together with the figures a correct import must report (expected.json,
// expected-recipients.csv). See README.md.

#include "Generator.h"
#include "SeriesGenerator.h"
#include "SeriesScript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

namespace {

int usageError(const QString& message, const QCommandLineParser& parser) {
    std::fprintf(stderr, "deliverboard-demogen: %s\n\n%s", qPrintable(message),
                 qPrintable(parser.helpText()));
    return 1;
}

// --series: the options of the single campaign (start, zone, name, ...) do not apply; every
// campaign of the series has its own fixed name and time.
int runSeries(const QCommandLineParser& parser, const QCommandLineOption& seriesOpt,
              const QCommandLineOption& rcptOpt, const QCommandLineOption& seedOpt,
              const QCommandLineOption& campaignsOpt) {
    for (const char* single : {"out", "start", "timezone", "name", "iso"})
        if (parser.isSet(QString::fromLatin1(single)))
            return usageError(
                QStringLiteral("--%1 does not apply to --series").arg(QString::fromLatin1(single)),
                parser);
    SeriesOptions o;
    o.outDir = parser.value(seriesOpt);
    if (o.outDir.isEmpty())
        return usageError(QStringLiteral("--series needs a folder"), parser);
    bool ok = true;
    const quint64 archetypes = seriesArchetypes().size();
    if (parser.isSet(rcptOpt))
        o.recipients = parser.value(rcptOpt).toULongLong(&ok);
    if (!ok || o.recipients < archetypes || o.recipients > 50000000)
        return usageError(QStringLiteral("--recipients must be between %1 (one address per "
                                         "archetype) and 50000000")
                              .arg(archetypes),
                          parser);
    o.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a non-negative integer"), parser);
    const int minimum = seriesScriptLength();
    o.campaigns = minimum;
    if (parser.isSet(campaignsOpt))
        o.campaigns = parser.value(campaignsOpt).toInt(&ok);
    if (!ok || o.campaigns < minimum || o.campaigns > 40)
        return usageError(
            QStringLiteral("--campaigns must be between %1 (the script's length) and 40")
                .arg(minimum),
            parser);
    QString error;
    if (!generateSeries(o, &error)) {
        std::fprintf(stderr, "deliverboard-demogen: %s\n", qPrintable(error));
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deliverboard-demogen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a deterministic demo campaign folder with its expected report."));
    parser.addHelpOption();
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output folder."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption rcptOpt(QStringLiteral("recipients"),
                                     QStringLiteral("Recipients the MTA attempts (default 3000)."),
                                     QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Random seed (default 20260314)."),
                                     QStringLiteral("S"), QStringLiteral("20260314"));
    const QCommandLineOption startOpt(
        QStringLiteral("start"),
        QStringLiteral("Local start of the send (default 2026-03-14T09:00:00)."),
        QStringLiteral("DATETIME"), QStringLiteral("2026-03-14T09:00:00"));
    const QCommandLineOption zoneOpt(
        QStringLiteral("timezone"),
        QStringLiteral("IANA zone of the log host (default Europe/Berlin)."),
        QStringLiteral("ZONE"), QStringLiteral("Europe/Berlin"));
    const QCommandLineOption nameOpt(
        QStringLiteral("name"),
        QStringLiteral("Campaign name (default \"Spring Newsletter 2026\")."),
        QStringLiteral("NAME"), QStringLiteral("Spring Newsletter 2026"));
    const QCommandLineOption isoOpt(QStringLiteral("iso"),
                                    QStringLiteral("RFC 3339 timestamps instead of RFC 3164."));
    const QCommandLineOption seriesOpt(
        QStringLiteral("series"),
        QStringLiteral("Write a series of campaign folders with scripted address histories and "
                       "expected-status.csv (see README.md) instead of one campaign."),
        QStringLiteral("DIR"));
    const QCommandLineOption campaignsOpt(
        QStringLiteral("campaigns"),
        QStringLiteral("Campaigns of the series (default: the script's length)."),
        QStringLiteral("K"));
    parser.addOptions(
        {outOpt, rcptOpt, seedOpt, startOpt, zoneOpt, nameOpt, isoOpt, seriesOpt, campaignsOpt});

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument: %1")
                              .arg(parser.positionalArguments().constFirst()),
                          parser);

    if (parser.isSet(seriesOpt))
        return runSeries(parser, seriesOpt, rcptOpt, seedOpt, campaignsOpt);
    if (parser.isSet(campaignsOpt))
        return usageError(QStringLiteral("--campaigns needs --series"), parser);

    GeneratorOptions o;
    o.outDir = parser.value(outOpt);
    if (o.outDir.isEmpty())
        return usageError(QStringLiteral("--out is required"), parser);
    bool ok = false;
    o.recipients = parser.value(rcptOpt).toULongLong(&ok);
    if (!ok || o.recipients == 0 || o.recipients > 50000000)
        return usageError(QStringLiteral("--recipients must be between 1 and 50000000"), parser);
    o.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a non-negative integer"), parser);
    const QDateTime start = QDateTime::fromString(parser.value(startOpt), Qt::ISODate);
    if (!start.isValid())
        return usageError(QStringLiteral("--start must look like 2026-03-14T09:00:00"), parser);
    // The wall-clock time is read in --timezone, whatever offset the string may carry.
    o.startDate = start.date();
    o.startTime = start.time();
    o.zone = QTimeZone(parser.value(zoneOpt).toUtf8());
    if (!o.zone.isValid())
        return usageError(QStringLiteral("unknown time zone: %1").arg(parser.value(zoneOpt)),
                          parser);
    if (!QDateTime(o.startDate, o.startTime, o.zone).isValid())
        return usageError(QStringLiteral("--start does not exist in %1").arg(parser.value(zoneOpt)),
                          parser);
    o.name = parser.value(nameOpt);
    o.iso = parser.isSet(isoOpt);

    QString error;
    if (!generateCampaign(o, &error)) {
        std::fprintf(stderr, "deliverboard-demogen: %s\n", qPrintable(error));
        return 2;
    }
    return 0;
}
