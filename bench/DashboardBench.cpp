// deliverboard-dashboard-bench <campaign-folder | store.sqlite> [--store file] [--campaign name]
// Measures the desktop app offscreen on a (large, generated) campaign: the time until the
// Response dashboard shows its figures (report + timeline on the worker, then the charts),
// and the drill-down model's first page for several filters (from setting the filter to
// the first rows being available), with the peak memory (getrusage). The drill-down's count,
// first rows and a deep page are timed through the model (workers), the longest stall of
// the GUI thread alongside; the store's LIMIT/OFFSET and keyset pages are timed directly.
// A folder is imported first (into --store, or a temporary store); a store is used as is.
// Make a large folder with: deliverboard-demogen --out /tmp/big --recipients 1000000
#include "charts/TimelineChart.h"
#include "dashboard/DashboardView.h"
#include "drilldown/DrilldownView.h"
#include "drilldown/MessageTableModel.h"
#include "import/CampaignImporter.h"
#include "store/sqlite/Database.h"
#include "store/sqlite/ReportQueries.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "ProcessUsage.h"

#include <sys/resource.h>
#include <time.h>

using namespace deliverboard;
using bench::peakMegabytes;
using namespace deliverboard::ui;

namespace {

// CPU time of the calling thread (the GUI thread's own work, not time waiting for a core).
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
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

    // Drill-down (issue 10): the model reads on its workers, so the GUI thread only waits.
    // For each filter: the first rows on screen, the count, a deep page (90 % down, e.g.
    // row 900,000 of a million, as a jump of the scroll bar) and the longest stall of the
    // GUI event loop meanwhile (a 5 ms timer measures the gaps between its ticks).
    DrilldownView drilldown;
    drilldown.resize(1280, 800);
    drilldown.show();
    drilldown.setSource(dashboard.context());
    QCoreApplication::processEvents();
    // The wall-clock gap includes time the OS gave to other processes (the bench machine
    // is shared); the GUI thread's own CPU time between two ticks is the work it did.
    QElapsedTimer stallClock;
    double longestStall = 0;
    double longestBusy = 0;
    double cpuAtTick = threadCpuMs();
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStall = qMax(longestStall, stallClock.nsecsElapsed() / 1e6);
        stallClock.restart();
        const double cpu = threadCpuMs();
        longestBusy = qMax(longestBusy, cpu - cpuAtTick);
        cpuAtTick = cpu;
    });
    MessageTableModel* model = drilldown.model();
    const auto waitFor = [&](auto signal, auto done) {
        QEventLoop loop;
        const QMetaObject::Connection c = QObject::connect(model, signal, &loop, [&] {
            if (done())
                loop.quit();
        });
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        if (!done())
            loop.exec();
        QObject::disconnect(c);
    };
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
    MessageFilter byRecipientDesc;
    byRecipientDesc.descending = true;
    cases.append({"all by recipient desc", byRecipientDesc});
    for (const Case& c : std::as_const(cases)) {
        longestStall = 0;
        longestBusy = 0;
        cpuAtTick = threadCpuMs();
        stallClock.start();
        ticker.start();
        timer.restart();
        model->setFilter(c.filter);
        const double setMs = timer.nsecsElapsed() / 1e6;
        waitFor(&MessageTableModel::rowsLoaded,
                [&] { return model->rowAt(0) || model->totalCount() == 0; });
        const double firstMs = timer.nsecsElapsed() / 1e6;
        waitFor(&MessageTableModel::totalChanged, [&] { return model->totalCount() >= 0; });
        const double countMs = timer.nsecsElapsed() / 1e6;
        const int deep = static_cast<int>(model->totalCount() * 9 / 10);
        timer.restart();
        drilldown.table()->scrollTo(model->index(deep, 0), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents(); // paints the placeholders and asks for their chunks
        model->requestRows(deep, deep);    // near the end the view shows rows below `deep`
        waitFor(&MessageTableModel::rowsLoaded, [&] { return deep == 0 || model->rowAt(deep); });
        const double deepMs = timer.nsecsElapsed() / 1e6;
        ticker.stop();
        out << "drill-down " << QString::fromLatin1(c.name).leftJustified(22) << " setFilter "
            << ms(setMs) << ", first rows " << ms(firstMs) << ", count " << ms(countMs) << ", row "
            << deep << " " << ms(deepMs) << ", longest GUI stall " << ms(longestStall) << " (busy "
            << ms(longestBusy) << ") (" << model->totalCount() << " rows)\n";
    }
    // Scrolling: 20 chunks one after the other (each continues the keyset of the last).
    model->setFilter(MessageFilter());
    waitFor(&MessageTableModel::rowsLoaded, [&] { return model->rowAt(0) != nullptr; });
    waitFor(&MessageTableModel::totalChanged, [&] { return model->totalCount() >= 0; });
    timer.restart();
    const int chunks = qMin<qint64>(20, model->totalCount() / MessageTableModel::chunkSize());
    for (int chunk = 1; chunk < chunks; ++chunk) {
        const int row = chunk * MessageTableModel::chunkSize();
        model->requestRows(row, row);
        waitFor(&MessageTableModel::rowsLoaded, [&] { return model->rowAt(row) != nullptr; });
    }
    out << "drill-down " << chunks - 1
        << " more chunks (scrolling): " << ms(timer.nsecsElapsed() / 1e6) << ", chunks cached "
        << model->cachedChunks() << '\n';

    out << "peak memory (after the drill-down): " << QString::number(peakMegabytes(), 'f', 0)
        << " MB\n";

    // The store's paging alone, on this thread: a page of 256 rows at 90 % depth by
    // LIMIT/OFFSET (what the drill-down did before) and by the narrow seek + keyset.
    for (const Case& c : std::as_const(cases)) {
        const qint64 total = queries.countMessages(*campaign, dashboard.context().policy, c.filter);
        const qint64 deep = total * 9 / 10;
        timer.restart();
        const QList<MessageRow> offsetRows =
            queries.messages(*campaign, dashboard.context().policy, c.filter, deep, 256);
        const double offsetMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        const QList<MessageRow> keysetRows =
            queries.messagesPage(*campaign, dashboard.context().policy, c.filter, deep, 256);
        const double keysetMs = timer.nsecsElapsed() / 1e6;
        bool same = offsetRows.size() == keysetRows.size();
        for (int i = 0; same && i < offsetRows.size(); ++i)
            same = offsetRows[i].deliveryId == keysetRows[i].deliveryId;
        out << "store page at row " << QString::number(deep).leftJustified(8) << ' '
            << QString::fromLatin1(c.name).leftJustified(22) << " OFFSET " << ms(offsetMs)
            << ", seek+keyset " << ms(keysetMs) << (same ? ", same rows" : ", ROWS DIFFER") << '\n';
    }
    out << "peak memory:          " << QString::number(peakMegabytes(), 'f', 0) << " MB\n";
    return 0;
}
