// deliverboard-audience-bench <store.sqlite>
// Measures the Audience view's path on a (large) store, offscreen: the worker's status
// evaluation of every address (the same function the view runs), the table model taking
// the result, filters, serving a screenful of rows, and a preset preview; with the peak
// memory (getrusage). The store is opened read-write once (it may be migrated): use a copy.
#include "audience/AudienceTableModel.h"
#include "audience/AudienceView.h"
#include "audience/AudienceWorker.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include "ProcessUsage.h"

#include <sys/resource.h>

using namespace deliverboard;
using bench::peakMegabytes;
using namespace deliverboard::ui;

namespace {

QString ms(qint64 value) {
    return QString::number(value) + QStringLiteral(" ms");
}
} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    if (app.arguments().size() < 2) {
        out << "usage: deliverboard-audience-bench <store.sqlite>\n";
        return 1;
    }
    const QString store = app.arguments().at(1);
    out << "peak before: " << peakMegabytes() << " MB\n";

    QElapsedTimer timer;
    timer.start();
    QFuture<AudienceEvaluation> future = QtConcurrent::run(&evaluateAudience, store, StoreChange{});
    future.waitForFinished();
    const AudienceEvaluation evaluation = future.result();
    if (!evaluation.error.isEmpty()) {
        out << "error: " << evaluation.error << '\n';
        return 2;
    }
    out << "evaluate " << evaluation.engine->addressCount() << " addresses over "
        << evaluation.engine->campaignCount() << " campaign(s), sorted: " << ms(timer.elapsed())
        << ", peak " << peakMegabytes() << " MB\n";

    AudienceTableModel model;
    timer.restart();
    model.setEngine(evaluation.engine, evaluation.alphabetical);
    out << "model takes the result (sorted by the worker): " << ms(timer.elapsed()) << '\n';

    const auto page = [&](int first) {
        QElapsedTimer t;
        t.start();
        for (int row = first; row < qMin(model.rowCount(), first + 40); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                model.data(model.index(row, column));
        return t.elapsed();
    };
    out << "a screenful (40 rows, every column) at the end: " << ms(page(model.rowCount() - 40))
        << '\n';

    AudienceFilter filter;
    filter.status = AddressState::Error;
    timer.restart();
    model.setFilter(filter);
    out << "filter status=error -> " << model.rowCount() << " rows: " << ms(timer.elapsed())
        << '\n';
    filter = {};
    filter.isp = QStringLiteral("google");
    timer.restart();
    model.setFilter(filter);
    out << "filter isp=google -> " << model.rowCount() << " rows: " << ms(timer.elapsed()) << '\n';
    filter = {};
    filter.search = QStringLiteral("anna");
    timer.restart();
    model.setFilter(filter);
    out << "search \"anna\" -> " << model.rowCount() << " rows: " << ms(timer.elapsed()) << '\n';
    filter = {};
    filter.inactivity = InactivityRule{1};
    timer.restart();
    model.setFilter(filter);
    out << "inactive (1 campaign) -> " << model.rowCount() << " rows: " << ms(timer.elapsed())
        << '\n';
    timer.restart();
    model.setFilter({});
    out << "back to all: " << ms(timer.elapsed()) << ", peak " << peakMegabytes() << " MB\n";

    timer.restart();
    QFuture<PresetPreview> preview = QtConcurrent::run(
        &previewPreset, store, evaluation.engine, PresetChoice{QStringLiteral("mailworx"), {}, {}});
    preview.waitForFinished();
    out << "preview mailworx: " << preview.result().diff.changed()
        << " changes: " << ms(timer.elapsed()) << ", peak " << peakMegabytes() << " MB\n";
    preview = {};
    out.flush();

    // The whole view as a user meets it: the longest the UI thread was busy (the longest
    // gap between ticks of a 10 ms timer) from opening the store to the table, and while
    // filtering.
    AudienceView view;
    view.resize(1280, 800);
    QElapsedTimer gap;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longest = qMax(longest, gap.restart()); });
    const auto waitFor = [](auto* sender, auto signal) {
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, &QEventLoop::quit);
        loop.exec();
    };
    gap.start();
    ticker.start();
    timer.restart();
    view.show();
    view.setStorePath(store);
    waitFor(&view, &AudienceView::evaluated);
    out << "view: open to table " << ms(timer.elapsed()) << " (" << view.model()->rowCount()
        << " rows), longest UI stall " << ms(longest) << '\n';
    out.flush();
    // Until the model shows `filter` (applied at once, or by the worker).
    const auto waitForFilter = [&](const AudienceFilter& filter) {
        QElapsedTimer limit;
        limit.start();
        while (!(view.model()->filter() == filter) && limit.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    longest = 0;
    timer.restart();
    view.searchField()->setText(QStringLiteral("anna"));
    AudienceFilter search;
    search.search = QStringLiteral("anna");
    waitForFilter(search);
    out << "view: search to rows " << ms(timer.elapsed()) << " (" << view.model()->rowCount()
        << " rows, 250 ms of it the typing delay), longest UI stall " << ms(longest) << '\n';
    longest = 0;
    timer.restart();
    view.searchField()->clear();
    view.statusFilter()->setCurrentIndex(2); // Error
    AudienceFilter errors;
    errors.status = AddressState::Error;
    waitForFilter(errors);
    out << "view: status filter to rows " << ms(timer.elapsed()) << " (" << view.model()->rowCount()
        << " rows), longest UI stall " << ms(longest) << ", peak " << peakMegabytes() << " MB\n";
    return 0;
}
