// deliverboard-bench <campaign-folder> [--json file] [--keep dir]
// deliverboard-bench <store.sqlite> [--json file] [--runs n]
// Measures, in one run and side by side on the same files (issue 10's table):
//   - the read floor (`zcat -f <logs> | grep -c .`) and pflogsumm (`zcat -f <logs> | pflogsumm`)
//     in CPU seconds, and Deliverboard's import in CPU seconds, lines per CPU-second and
//     MB per CPU-second, with the ratios;
//   - the peak memory of the import (getrusage: this process only);
//   - an unchanged re-import, and an incremental one (the newest log cut at 90 % of its
//     lines, imported, then grown to full length and imported again);
//   - `report --json`, `messages --json` and `export-bounces` from a cold CLI process;
//   - the drill-down query's first page and a deep page (90 % down) per filter;
//   - the store's bytes per delivery.
// Given a store instead of a folder, only the queries run on it: `report --json` and
// `campaigns` from a cold CLI process --runs times (3 unless given; fastest and slowest
// printed), then the drill-down pages. The store is opened read-write (as the app does), so
// an older schema is migrated first.
// It asserts nothing: it is a benchmark, run by hand (docs/performance.md), never in CTest.
// Make a large folder with: deliverboard-demogen --out /tmp/big --recipients 1000000
#include "import/CampaignFolderScanner.h"
#include "import/CampaignImporter.h"
#include "store/sqlite/Database.h"
#include "store/sqlite/ReportQueries.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include "ProcessUsage.h"

#include <sys/resource.h>
#include <unistd.h>

using namespace deliverboard;
using bench::peakMegabytes;

namespace {

struct Cost {
    double cpuSeconds = 0; // user + system
    double wallSeconds = 0;
};

double selfCpu() {
    return bench::cpuSeconds(RUSAGE_SELF);
}

double childrenCpu() {
    return bench::cpuSeconds(RUSAGE_CHILDREN); // every waited-for descendant, pipes included
}

// Runs `program args`, its output thrown away; the CPU of it and its children.
Cost runChild(const QString& program, const QStringList& args, bool* ok = nullptr) {
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    const double before = childrenCpu();
    QElapsedTimer wall;
    wall.start();
    process.start(program, args);
    const bool finished = process.waitForFinished(-1);
    const Cost cost{childrenCpu() - before, wall.nsecsElapsed() / 1e9};
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return cost;
}

QString shellQuoted(const QString& path) {
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

template <typename F> Cost measure(F&& work) {
    const double before = selfCpu();
    QElapsedTimer wall;
    wall.start();
    work();
    return {selfCpu() - before, wall.nsecsElapsed() / 1e9};
}

// The log files of a campaign folder, oldest first (rotated numbers count down).
QStringList logFiles(const QString& folder) {
    QList<CampaignFile> files = CampaignFolderScanner::scan(folder);
    CampaignFolderScanner::sortLogsOldestFirst(files);
    QStringList logs;
    for (const CampaignFile& file : files)
        if (file.kind == CampaignFileKind::SyslogMailLog ||
            file.kind == CampaignFileKind::EximMainLog ||
            file.kind == CampaignFileKind::PowerMtaAccounting)
            logs.append(file.path);
    return logs;
}

// A copy of `folder` (hard links) whose newest plain log holds only its first `share` of
// lines; returns that log's path in the copy and its full text's remainder.
QString cutCopy(const QString& folder, const QString& copy, double share, QByteArray& rest) {
    QDir().mkpath(copy);
    QString cutLog;
    const QStringList logs = logFiles(folder);
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files)) {
        const QString target = QDir(copy).filePath(info.fileName());
        if (!logs.isEmpty() && info.absoluteFilePath() == logs.last() &&
            !info.fileName().endsWith(QLatin1String(".gz"))) {
            QFile in(info.absoluteFilePath());
            if (!in.open(QIODevice::ReadOnly))
                return {};
            const QByteArray all = in.readAll();
            const qsizetype lines = all.count('\n');
            qsizetype at = 0;
            for (qsizetype n = 0; n < static_cast<qsizetype>(lines * share); ++n)
                at = all.indexOf('\n', at) + 1;
            QFile out(target);
            if (!out.open(QIODevice::WriteOnly) || out.write(all.left(at)) != at)
                return {};
            rest = all.mid(at);
            cutLog = target;
        } else if (::link(QFile::encodeName(info.absoluteFilePath()).constData(),
                          QFile::encodeName(target).constData()) != 0 &&
                   !QFile::copy(info.absoluteFilePath(), target)) {
            // A hard link or a copy: the scanner refuses symbolic links out of the folder.
            return {};
        }
    }
    return cutLog;
}

qint64 storeBytes(const QString& path) {
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

QString fixed(double value, int decimals = 2) {
    return QString::number(value, 'f', decimals);
}

// The drill-down's filters (the GUI's worker runs the same queries): the count, the first
// page in the filter's order, and the page 90 % down by OFFSET and as the drill-down reads
// it (messagesPage: a narrow seek, then a keyset page where the sort allows it).
void drilldownPages(ReportQueries& queries, const CampaignInfo& campaign,
                    const OutcomePolicy& policy, QTextStream& out, QJsonObject& pages) {
    struct Filter {
        QString name;
        MessageFilter filter;
    };
    QList<Filter> filters{{QStringLiteral("all"), {}}};
    for (const auto& [name, outcome] :
         {std::pair{QStringLiteral("hard"), Outcome::Hard},
          std::pair{QStringLiteral("soft"), Outcome::Soft},
          std::pair{QStringLiteral("spam"), Outcome::Spam},
          std::pair{QStringLiteral("in progress"), Outcome::InProgress},
          std::pair{QStringLiteral("delivered"), Outcome::Delivered}}) {
        Filter f{name, {}};
        f.filter.outcomes = {outcome};
        filters.append(f);
    }
    Filter softSpam{QStringLiteral("soft+spam"), {}};
    softSpam.filter.outcomes = {Outcome::Soft, Outcome::Spam};
    filters.append(softSpam);
    Filter hardGoogle{QStringLiteral("hard at google"), {}};
    hardGoogle.filter.outcomes = {Outcome::Hard};
    hardGoogle.filter.isp = QStringLiteral("google");
    filters.append(hardGoogle);
    Filter google{QStringLiteral("isp google"), {}};
    google.filter.isp = QStringLiteral("google");
    filters.append(google);
    Filter byTime{QStringLiteral("all, by last attempt"), {}};
    byTime.filter.sortColumn = MessageFilter::SortColumn::LastAttempt;
    filters.append(byTime);
    Filter byAttempts{QStringLiteral("all, by attempts desc"), {}};
    byAttempts.filter.sortColumn = MessageFilter::SortColumn::Attempts;
    byAttempts.filter.descending = true;
    filters.append(byAttempts);
    Filter search{QStringLiteral("search \"mueller\""), {}};
    search.filter.search = QStringLiteral("mueller");
    filters.append(search);
    Filter complained{QStringLiteral("complained"), {}};
    complained.filter.complained = true;
    filters.append(complained);
    for (const Filter& f : std::as_const(filters)) {
        qint64 count = 0;
        QList<MessageRow> first, deep, jumped;
        const Cost countCost =
            measure([&] { count = queries.countMessages(campaign, policy, f.filter); });
        const Cost firstCost =
            measure([&] { first = queries.messages(campaign, policy, f.filter, 0, 300); });
        const qint64 deepOffset = count * 9 / 10;
        const Cost deepCost =
            measure([&] { deep = queries.messages(campaign, policy, f.filter, deepOffset, 300); });
        const Cost jumpCost = measure(
            [&] { jumped = queries.messagesPage(campaign, policy, f.filter, deepOffset, 300); });
        out << "drill-down " << f.name.leftJustified(22) << ' '
            << QString::number(count).rightJustified(8) << " rows: count "
            << fixed(countCost.wallSeconds * 1000, 1) << " ms, first page "
            << fixed(firstCost.wallSeconds * 1000, 1) << " ms, page at row " << deepOffset << ' '
            << fixed(deepCost.wallSeconds * 1000, 1) << " ms (OFFSET), "
            << fixed(jumpCost.wallSeconds * 1000, 1) << " ms (as the drill-down reads it)\n";
        pages.insert(
            f.name,
            QJsonObject{{QStringLiteral("rows"), count},
                        {QStringLiteral("count_ms"), countCost.wallSeconds * 1000},
                        {QStringLiteral("first_page_ms"), firstCost.wallSeconds * 1000},
                        {QStringLiteral("deep_page_ms"), deepCost.wallSeconds * 1000},
                        {QStringLiteral("deep_page_jump_ms"), jumpCost.wallSeconds * 1000}});
    }
}

// A CLI command from a cold process `runs` times: the fastest and the slowest wall time
// and CPU (user + system of the child).
QJsonObject cliRuns(const QString& cli, const QStringList& args, int runs, QTextStream& out,
                    const QString& name) {
    double minWall = 1e9, maxWall = 0, minCpu = 1e9, maxCpu = 0;
    for (int run = 0; run < runs; ++run) {
        const Cost cost = runChild(cli, args);
        minWall = qMin(minWall, cost.wallSeconds);
        maxWall = qMax(maxWall, cost.wallSeconds);
        minCpu = qMin(minCpu, cost.cpuSeconds);
        maxCpu = qMax(maxCpu, cost.cpuSeconds);
    }
    out << name.leftJustified(20) << fixed(minWall * 1000, 0) << "-" << fixed(maxWall * 1000, 0)
        << " ms wall, " << fixed(minCpu * 1000, 0) << "-" << fixed(maxCpu * 1000, 0)
        << " ms CPU, cold process, " << runs << " runs\n";
    return QJsonObject{{QStringLiteral("wall_ms_min"), minWall * 1000},
                       {QStringLiteral("wall_ms_max"), maxWall * 1000},
                       {QStringLiteral("cpu_ms_min"), minCpu * 1000},
                       {QStringLiteral("cpu_ms_max"), maxCpu * 1000},
                       {QStringLiteral("runs"), runs}};
}

// The queries alone on an existing store (the second form of the command line).
int benchStore(const QString& storePath, const QString& cli, int runs, QTextStream& out,
               QJsonObject& json) {
    Database db;
    if (!db.open(storePath)) {
        out << "cannot open " << storePath << ": " << db.errorString() << '\n';
        return 2;
    }
    ReportQueries queries(db.connection());
    const QList<CampaignInfo> all = queries.campaigns();
    if (all.isEmpty()) {
        out << "no campaign in " << storePath << '\n';
        return 2;
    }
    const CampaignInfo campaign = all.first();
    const QStringList at{QStringLiteral("--db"), storePath, QStringLiteral("--campaign"),
                         campaign.name};
    out << "store:              " << storePath << ", campaign " << campaign.name << '\n';
    json.insert(QStringLiteral("store"), storePath);
    json.insert(
        QStringLiteral("report_json"),
        cliRuns(cli,
                QStringList{QStringLiteral("report")} + at + QStringList{QStringLiteral("--json")},
                runs, out, QStringLiteral("report --json:")));
    json.insert(QStringLiteral("campaigns"),
                cliRuns(cli, {QStringLiteral("campaigns"), QStringLiteral("--db"), storePath}, runs,
                        out, QStringLiteral("campaigns:")));
    const OutcomePolicy policy = queries.defaultPolicy(campaign);
    QJsonObject pages;
    drilldownPages(queries, campaign, policy, out, pages);
    json.insert(QStringLiteral("drilldown"), pages);
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo::exists(args.at(1))) {
        out << "usage: deliverboard-bench <campaign-folder> [--json file] [--keep dir]\n"
               "       deliverboard-bench <store.sqlite> [--json file] [--runs n]\n";
        return 1;
    }
    const QString folder = QFileInfo(args.at(1)).absoluteFilePath();
    const int jsonIndex = args.indexOf(QStringLiteral("--json"));
    const QString cliPath =
        QCoreApplication::applicationDirPath() + QStringLiteral("/deliverboard-cli");
    const auto writeJson = [&](const QJsonObject& json) {
        if (jsonIndex < 0)
            return true;
        QFile file(args.value(jsonIndex + 1));
        if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) >= 0)
            return true;
        out << "cannot write " << file.fileName() << '\n';
        return false;
    };
    if (!QFileInfo(folder).isDir()) {
        const int runsIndex = args.indexOf(QStringLiteral("--runs"));
        const int runs = runsIndex > 0 ? qMax(1, args.value(runsIndex + 1).toInt()) : 3;
        QJsonObject json;
        const int rc = benchStore(folder, cliPath, runs, out, json);
        return rc == 0 && !writeJson(json) ? 2 : rc;
    }
    const int keepIndex = args.indexOf(QStringLiteral("--keep"));
    QTemporaryDir tmp(keepIndex > 0 ? args.value(keepIndex + 1) + QStringLiteral("/bench-XXXXXX")
                                    : QString());
    tmp.setAutoRemove(keepIndex < 0);
    const QString cli = cliPath;
    QJsonObject json;
    json.insert(QStringLiteral("folder"), folder);
    QTextStream err(stderr);
    // A million recipients take many minutes: say which step runs.
    const auto stage = [&err](const char* what) {
        err << "bench: " << what << "...\n" << Qt::flush;
    };

    // 1. The reference tools on the same logs, oldest first.
    const QStringList logs = logFiles(folder);
    qint64 logBytes = 0;
    QStringList quoted;
    for (const QString& log : logs) {
        logBytes += QFileInfo(log).size();
        quoted.append(shellQuoted(log));
    }
    const QString cat = QStringLiteral("zcat -f ") + quoted.join(QLatin1Char(' '));
    stage("zcat | grep -c .");
    const Cost floor = runChild(QStringLiteral("sh"),
                                {QStringLiteral("-c"), cat + QStringLiteral(" | grep -c .")});
    bool havePflogsumm = !QStandardPaths::findExecutable(QStringLiteral("pflogsumm")).isEmpty();
    stage("zcat | pflogsumm");
    Cost pflogsumm;
    if (havePflogsumm)
        pflogsumm =
            runChild(QStringLiteral("sh"),
                     {QStringLiteral("-c"), cat + QStringLiteral(" | pflogsumm")}, &havePflogsumm);

    // 2. The full import into a new store.
    const QString storePath = tmp.filePath(QStringLiteral("bench.sqlite"));
    Database db;
    if (!db.open(storePath)) {
        out << "cannot open " << storePath << ": " << db.errorString() << '\n';
        return 2;
    }
    stage("import");
    ImportSummary summary;
    const Cost import = measure([&] { summary = CampaignImporter(db).importFolder(folder, {}); });
    if (!summary.fatalError.isEmpty() || summary.campaigns.isEmpty()) {
        out << "import failed: " << summary.fatalError << '\n';
        return 2;
    }
    const double importPeak = peakMegabytes();
    const QString campaignName = summary.campaigns.first();

    // 3. Unchanged re-import into the same store.
    stage("unchanged re-import");
    ImportSummary again;
    const Cost reimport = measure([&] { again = CampaignImporter(db).importFolder(folder, {}); });

    // 4. Incremental: 90 % of the newest log, then all of it.
    stage("incremental import");
    QByteArray rest;
    const QString copy =
        tmp.filePath(QStringLiteral("incremental/") + QFileInfo(folder).fileName());
    const QString cutLog = cutCopy(folder, copy, 0.9, rest);
    Cost incremental;
    qint64 incrementalLines = 0;
    if (!cutLog.isEmpty()) {
        Database second;
        if (second.open(tmp.filePath(QStringLiteral("incremental.sqlite")))) {
            CampaignImporter(second).importFolder(copy, {});
            QFile grow(cutLog);
            if (grow.open(QIODevice::Append) && grow.write(rest) == rest.size()) {
                grow.close();
                ImportSummary grown;
                incremental =
                    measure([&] { grown = CampaignImporter(second).importFolder(copy, {}); });
                incrementalLines = grown.linesRead;
            }
        }
    }

    // 5. Queries from a cold CLI process (the figures a user waits for).
    stage("CLI queries");
    const QStringList at{QStringLiteral("--db"), storePath, QStringLiteral("--campaign"),
                         campaignName};
    const Cost report = runChild(cli, QStringList{QStringLiteral("report")} + at +
                                          QStringList{QStringLiteral("--json")});
    const Cost messagesJson = runChild(cli, QStringList{QStringLiteral("messages")} + at +
                                                QStringList{QStringLiteral("--json")});
    const Cost exportBounces = runChild(
        cli, QStringList{QStringLiteral("export-bounces")} + at +
                 QStringList{QStringLiteral("-o"), tmp.filePath(QStringLiteral("bounces.csv"))});

    // 6. Drill-down pages per filter, in this process (the GUI's worker runs the same query).
    stage("drill-down pages");
    ReportQueries queries(db.connection());
    const auto campaign = queries.campaign(campaignName);
    const OutcomePolicy policy = queries.defaultPolicy(*campaign);
    CampaignReport totals;
    queries.report(*campaign, policy, totals);
    QJsonObject pages;

    // 7. Print.
    const double lines = summary.linesRead;
    const qint64 deliveries = totals.totals.sent;
    out << "folder:             " << folder << '\n'
        << "recipients:         " << deliveries << ", " << summary.linesRead << " lines, "
        << fixed(logBytes / 1e6, 1) << " MB of log files\n"
        << "read floor (grep):  " << fixed(floor.cpuSeconds) << " s CPU\n";
    if (havePflogsumm)
        out << "pflogsumm:          " << fixed(pflogsumm.cpuSeconds) << " s CPU, "
            << fixed(lines / pflogsumm.cpuSeconds, 0) << " lines/CPU-s\n";
    else
        out << "pflogsumm:          not installed (apt-get install pflogsumm)\n";
    out << "import:             " << fixed(import.cpuSeconds) << " s CPU ("
        << fixed(import.wallSeconds) << " s wall), " << fixed(lines / import.cpuSeconds, 0)
        << " lines/CPU-s, " << fixed(logBytes / 1e6 / import.cpuSeconds, 1) << " MB/CPU-s\n";
    if (havePflogsumm)
        out << "  vs pflogsumm:     " << fixed(pflogsumm.cpuSeconds / import.cpuSeconds)
            << "x its throughput\n";
    out << "  vs read floor:    " << fixed(import.cpuSeconds / qMax(0.001, floor.cpuSeconds), 1)
        << "x its CPU\n"
        << "peak RSS (import):  " << fixed(importPeak, 0) << " MB\n"
        << "re-import, unchanged: " << fixed(reimport.cpuSeconds) << " s CPU ("
        << fixed(reimport.wallSeconds) << " s wall)\n"
        << "incremental import: " << fixed(incremental.cpuSeconds) << " s CPU for "
        << incrementalLines << " new lines ("
        << fixed(incrementalLines / qMax(0.001, incremental.cpuSeconds), 0) << " lines/CPU-s)\n"
        << "report --json:      " << fixed(report.wallSeconds * 1000, 0)
        << " ms wall, cold process\n"
        << "messages --json:    " << fixed(messagesJson.wallSeconds * 1000, 0)
        << " ms wall, cold process\n"
        << "export-bounces:     " << fixed(exportBounces.wallSeconds * 1000, 0)
        << " ms wall, cold process ("
        << totals.totals.hard + totals.totals.soft + totals.totals.spam << " bounced)\n";
    drilldownPages(queries, *campaign, policy, out, pages);
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); // as closed
    const qint64 bytes = storeBytes(storePath);
    out << "store:              " << fixed(bytes / 1e6, 0) << " MB, "
        << fixed(double(bytes) / qMax<qint64>(1, deliveries), 0) << " bytes per delivery\n";

    json.insert(QStringLiteral("recipients"), deliveries);
    json.insert(QStringLiteral("lines"), summary.linesRead);
    json.insert(QStringLiteral("log_bytes"), logBytes);
    json.insert(QStringLiteral("grep_cpu_s"), floor.cpuSeconds);
    if (havePflogsumm)
        json.insert(QStringLiteral("pflogsumm_cpu_s"), pflogsumm.cpuSeconds);
    json.insert(QStringLiteral("import_cpu_s"), import.cpuSeconds);
    json.insert(QStringLiteral("import_wall_s"), import.wallSeconds);
    json.insert(QStringLiteral("import_lines_per_cpu_s"), lines / import.cpuSeconds);
    json.insert(QStringLiteral("import_mb_per_cpu_s"), logBytes / 1e6 / import.cpuSeconds);
    if (havePflogsumm)
        json.insert(QStringLiteral("throughput_vs_pflogsumm"),
                    pflogsumm.cpuSeconds / import.cpuSeconds);
    json.insert(QStringLiteral("cpu_vs_read_floor"),
                import.cpuSeconds / qMax(0.001, floor.cpuSeconds));
    json.insert(QStringLiteral("import_peak_rss_mb"), importPeak);
    json.insert(QStringLiteral("reimport_cpu_s"), reimport.cpuSeconds);
    json.insert(QStringLiteral("reimport_wall_s"), reimport.wallSeconds);
    json.insert(QStringLiteral("incremental_lines"), incrementalLines);
    json.insert(QStringLiteral("incremental_cpu_s"), incremental.cpuSeconds);
    json.insert(QStringLiteral("report_json_ms"), report.wallSeconds * 1000);
    json.insert(QStringLiteral("messages_json_ms"), messagesJson.wallSeconds * 1000);
    json.insert(QStringLiteral("export_bounces_ms"), exportBounces.wallSeconds * 1000);
    json.insert(QStringLiteral("drilldown"), pages);
    json.insert(QStringLiteral("store_bytes"), bytes);
    json.insert(QStringLiteral("store_bytes_per_delivery"),
                double(bytes) / qMax<qint64>(1, deliveries));
    return writeJson(json) ? 0 : 2;
}
