// deliverboard-bench <campaign-folder> [--db file]
// Imports a (generated) campaign folder into a fresh store and measures the import
// (lines/s, MB/s), the report query, the first drill-down page and the peak memory.
// Make a large folder with: deliverboard-demogen --out /tmp/big --recipients 1000000
#include "import/CampaignImporter.h"
#include "store/Database.h"
#include "store/ReportQueries.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace deliverboard;

namespace {
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: deliverboard-bench <campaign-folder> [--db file]\n";
        return 1;
    }
    const QString folder = args.at(1);
    QTemporaryDir tmp;
    const int dbIndex = args.indexOf(QStringLiteral("--db"));
    const QString dbPath = dbIndex > 0 ? args.value(dbIndex + 1) : tmp.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(dbPath);

    Database db;
    if (!db.open(dbPath)) {
        out << "cannot open " << dbPath << ": " << db.errorString() << '\n';
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    CampaignImporter importer(db);
    const ImportSummary summary = importer.importFolder(folder, {});
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    if (!summary.fatalError.isEmpty() || summary.campaigns.isEmpty()) {
        out << "import failed: " << summary.fatalError << '\n';
        return 2;
    }
    qint64 bytes = 0;
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files))
        bytes += info.size();

    ReportQueries queries(db.connection());
    const auto campaign = queries.campaign(summary.campaigns.first());
    const OutcomePolicy policy = queries.defaultPolicy(*campaign);
    timer.restart();
    CampaignReport report;
    queries.report(*campaign, policy, report);
    const double reportMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    const qint64 rows = queries.countMessages(*campaign, policy, {});
    const auto page = queries.messages(*campaign, policy, {}, 0, 200);
    const double pageMs = timer.nsecsElapsed() / 1e6;

    MessageFilter hard;
    hard.outcomes = {Outcome::Hard};
    hard.isp = QStringLiteral("google");
    timer.restart();
    const qint64 hardRows = queries.countMessages(*campaign, policy, hard);
    queries.messages(*campaign, policy, hard, 0, 200);
    const double filteredMs = timer.nsecsElapsed() / 1e6;

    out << "folder:            " << folder << '\n'
        << "recipients:        " << report.totals.sent << '\n'
        << "lines read:        " << summary.linesRead << " (" << summary.attemptsAdded << " attempts)\n"
        << "import:            " << QString::number(importSeconds, 'f', 2) << " s, "
        << QString::number(summary.linesRead / importSeconds, 'f', 0) << " lines/s, "
        << QString::number(bytes / 1e6 / importSeconds, 'f', 1) << " MB/s (file bytes)\n"
        << "report query:      " << QString::number(reportMs, 'f', 1) << " ms\n"
        << "first page (200):  " << QString::number(pageMs, 'f', 1) << " ms of " << rows << " rows (" << page.size() << " fetched)\n"
        << "filtered page:     " << QString::number(filteredMs, 'f', 1) << " ms (" << hardRows << " hard at google)\n"
        << "peak memory:       " << QString::number(peakMegabytes(), 'f', 0) << " MB\n"
        << "store size:        " << QString::number(QFileInfo(dbPath).size() / 1e6, 'f', 0) << " MB\n";
    return 0;
}
