// deliverboard-dashboard-bench <campaign-folder | store.sqlite> [--store file] [--campaign name]
// Measures the desktop app offscreen on a (large, generated) campaign: the time until the
// Response dashboard shows its figures (report + timeline on the worker, then the charts),
// and the drill-down model's first page for several filters (from setting the filter to
// the first rows being available), with the peak memory (getrusage).
// A folder is imported first (into --store, or a temporary store); a store is used as is.
// Make a large folder with: deliverboard-demogen --out /tmp/big --recipients 1000000
#include "charts/TimelineChart.h"
#include "dashboard/DashboardView.h"
#include "drilldown/DrilldownView.h"
#include "drilldown/MessageTableModel.h"
#include "import/CampaignImporter.h"
#include "store/Database.h"
#include "store/ReportQueries.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

using namespace deliverboard;
using namespace deliverboard::ui;

namespace {
double peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

QString ms(double value) {
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}
} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardBench"));
    QStandardPaths::setTestModeEnabled(true); // no user settings (limits) in the figures
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: deliverboard-dashboard-bench <campaign-folder | store.sqlite> "
               "[--store file] [--campaign name]\n";
        return 1;
    }
    const QString input = args.at(1);
    const int storeIndex = args.indexOf(QStringLiteral("--store"));
    const int campaignIndex = args.indexOf(QStringLiteral("--campaign"));
    QTemporaryDir tmp;
    const bool isFolder = QFileInfo(input).isDir();
    QString storePath = isFolder ? (storeIndex > 0 ? args.value(storeIndex + 1)
                                                   : tmp.filePath(QStringLiteral("bench.sqlite")))
                                 : input;
    Database db;
    if (!db.open(storePath)) {
        out << "cannot open " << storePath << ": " << db.errorString() << '\n';
        return 2;
    }
    QElapsedTimer timer;
    QString campaignName = campaignIndex > 0 ? args.value(campaignIndex + 1) : QString();
    if (isFolder) {
        timer.start();
        CampaignImporter importer(db);
        const ImportSummary summary = importer.importFolder(input, {});
        if (!summary.fatalError.isEmpty() || summary.campaigns.isEmpty()) {
            out << "import failed: " << summary.fatalError << '\n';
            return 2;
        }
        out << "import (incremental): " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 1)
            << " s, " << summary.linesRead << " lines read\n";
        if (campaignName.isEmpty())
            campaignName = summary.campaigns.first();
    }
    ReportQueries queries(db.connection());
    std::optional<CampaignInfo> campaign;
    if (campaignName.isEmpty()) {
        const QList<CampaignInfo> all = queries.campaigns();
        if (!all.isEmpty())
            campaign = all.first();
    } else {
        campaign = queries.campaign(campaignName);
    }
    if (!campaign) {
        out << "no campaign in " << storePath << '\n';
        return 2;
    }
    out << "store:                " << storePath << " ("
        << QString::number(QFileInfo(storePath).size() / 1e6, 'f', 0) << " MB)\n"
        << "campaign:             " << campaign->name << '\n'
        << "peak memory (before): " << QString::number(peakMegabytes(), 'f', 0) << " MB\n";

    // Dashboard: from showCampaign() until every figure and chart is set.
    DashboardView dashboard;
    dashboard.resize(1280, 1000);
    dashboard.show();
    QCoreApplication::processEvents();
    for (int run = 1; run <= 2; ++run) {
        QEventLoop loop;
        QObject::connect(&dashboard, &DashboardView::reportReady, &loop, &QEventLoop::quit);
        timer.restart();
        dashboard.showCampaign(storePath, *campaign);
        loop.exec();
        const double figuresMs = timer.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents(); // layouts and the first paint of the charts
        const double paintedMs = timer.nsecsElapsed() / 1e6;
        out << "dashboard run " << run << ":      figures " << ms(figuresMs) << ", painted "
            << ms(paintedMs) << " (sent " << dashboard.report().totals.sent << ", "
            << dashboard.timeline()->bucketCount() << " timeline buckets of "
            << dashboard.timeline()->bucketSeconds() / 60 << " min)\n";
    }

    // Drill-down: the model's first page after a filter change (count + first page).
    DrilldownView drilldown;
    drilldown.resize(1280, 800);
    drilldown.show();
    drilldown.setSource(db.connection(), dashboard.context());
    struct Case {
        const char* name;
        MessageFilter filter;
    };
    QList<Case> cases;
    cases.append({"all messages", MessageFilter()});
    MessageFilter hard;
    hard.outcomes = {Outcome::Hard};
    cases.append({"hard bounces", hard});
    MessageFilter hardGoogle = hard;
    hardGoogle.isp = QStringLiteral("google");
    cases.append({"hard at google", hardGoogle});
    MessageFilter soft;
    soft.outcomes = {Outcome::Soft, Outcome::Spam};
    soft.sortColumn = MessageFilter::SortColumn::LastAttempt;
    soft.descending = true;
    cases.append({"soft+spam by time", soft});
    MessageFilter search;
    search.search = QStringLiteral("mueller");
    cases.append({"search \"mueller\"", search});
    MessageFilter complained;
    complained.complained = true;
    cases.append({"complained", complained});
    MessageFilter sorted;
    sorted.sortColumn = MessageFilter::SortColumn::Attempts;
    sorted.descending = true;
    cases.append({"all by attempts", sorted});
    for (const Case& c : std::as_const(cases)) {
        timer.restart();
        drilldown.model()->setFilter(c.filter);
        const double firstPageMs = timer.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents();
        const double paintedMs = timer.nsecsElapsed() / 1e6;
        out << "drill-down " << QString::fromLatin1(c.name).leftJustified(20) << " first page "
            << ms(firstPageMs) << ", painted " << ms(paintedMs) << " ("
            << drilldown.model()->rowCount() << " of " << drilldown.model()->totalCount()
            << " rows)\n";
    }
    timer.restart();
    int pages = 0;
    drilldown.model()->setFilter(MessageFilter());
    while (pages < 20 && drilldown.model()->canFetchMore({})) {
        drilldown.model()->fetchMore({});
        ++pages;
    }
    out << "drill-down 20 more pages (scrolling): " << ms(timer.nsecsElapsed() / 1e6) << '\n';
    out << "peak memory:          " << QString::number(peakMegabytes(), 'f', 0) << " MB\n";
    drilldown.setSource(QSqlDatabase(), {});
    return 0;
}
