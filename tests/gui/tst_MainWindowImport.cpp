// Opens a campaign folder in the main window the way a user does and checks that every
// figure on screen is the core's figure: tiles, drill-down filter and rows, the attempt
// history of a message and the exported CSV.
#include "DemoCampaign.h"
#include "DrilldownSettle.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "campaigns/CampaignListView.h"
#include "charts/TimelineChart.h"
#include "dashboard/DashboardView.h"
#include "dashboard/Tile.h"
#include "drilldown/DrilldownView.h"
#include "drilldown/FilterChips.h"
#include "drilldown/MessageDetailPanel.h"
#include "drilldown/MessageTableModel.h"
#include "export/BounceExporter.h"
#include "store/sqlite/Database.h"
#include "store/sqlite/ReportQueries.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace deliverboard;
using namespace deliverboard::ui;

class tst_MainWindowImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void campaignListShowsCampaign();
    void tilesEqualCoreReport();
    void clickingTileFiltersTable();
    void modelPassesItemModelTester();
    void removingChipClearsFilter();
    void selectingRowShowsAttempts();
    void exportWritesBouncedRows();
    void reopeningIsUpToDate();

private:
    CampaignInfo campaign();
    CampaignReport coreReport();
    void fetchAll(MessageTableModel* model);

    QTemporaryDir m_scratch;
    QString m_folder;
    QString m_store;
    MainWindow* m_window = nullptr;
    Database m_db;
};

void tst_MainWindowImport::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // settings and app data away from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
    QVERIFY(m_scratch.isValid());
    m_folder = democampaign::folder(m_scratch);
    QVERIFY2(democampaign::hasLog(m_folder), qPrintable(m_folder));
    m_store = m_scratch.filePath(QStringLiteral("store.sqlite"));
    m_window = new MainWindow(m_store);
    QCOMPARE(m_window->storePath(), m_store);
    m_window->resize(1280, 860);
    m_window->show();
    QSignalSpy finished(m_window, &MainWindow::importFinished);
    m_window->openCampaignFolder(m_folder);
    QVERIFY(m_window->isImporting());
    QVERIFY(finished.wait(240000));
    QVERIFY(guitest::settle(*m_window));
    QVERIFY(m_db.open(m_store));
}

void tst_MainWindowImport::cleanupTestCase() {
    delete m_window;
    m_window = nullptr;
}

CampaignInfo tst_MainWindowImport::campaign() {
    ReportQueries queries(m_db.connection());
    const QList<CampaignInfo> all = queries.campaigns();
    return all.isEmpty() ? CampaignInfo() : all.first();
}

CampaignReport tst_MainWindowImport::coreReport() {
    ReportQueries queries(m_db.connection());
    const CampaignInfo info = campaign();
    CampaignReport report;
    queries.report(info, queries.defaultPolicy(info), report);
    return report;
}

void tst_MainWindowImport::fetchAll(MessageTableModel* model) {
    QVERIFY(guitest::loadAllRows(model));
}

void tst_MainWindowImport::campaignListShowsCampaign() {
    QTableView* table = m_window->campaignList()->table();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), campaign().name);
    QCOMPARE(m_window->dashboard()->context().campaign.id, campaign().id);
}

void tst_MainWindowImport::tilesEqualCoreReport() {
    const CampaignReport report = coreReport();
    QVERIFY(report.totals.sent > 0);
    DashboardView* dashboard = m_window->dashboard();
    auto value = [dashboard](const char* id) {
        return dashboard->tile(QString::fromLatin1(id))->value();
    };
    QCOMPARE(value("sent"), report.totals.sent);
    QCOMPARE(value("delivered"), report.totals.delivered);
    QCOMPARE(value("in_progress"), report.totals.inProgress);
    QCOMPARE(value("soft"), report.totals.soft);
    QCOMPARE(value("hard"), report.totals.hard);
    QCOMPARE(value("spam"), report.totals.spam);
    QCOMPARE(value("complaints"), report.complaints);
    QCOMPARE(value("auto_replies"), report.autoReplies);
    QCOMPARE(value("skipped"), report.skipped);
    QCOMPARE(value("not_attempted"), report.notAttempted);
    QCOMPARE(value("delivered") + value("in_progress") + value("soft") + value("hard") +
                 value("spam"),
             value("sent"));
    // "Share of ISP" is a percentage and says so.
    auto* codes = dashboard->findChild<QTableWidget*>(QStringLiteral("errorCodesTable"));
    QVERIFY(codes && codes->rowCount() > 0);
    QVERIFY(codes->item(0, 5)->text().endsWith(QLatin1Char('%')));
    // The timeline has figures, computed with the report.
    QVERIFY(dashboard->timeline()->bucketCount() > 0);
}

void tst_MainWindowImport::clickingTileFiltersTable() {
    Tile* hard = m_window->dashboard()->tile(QStringLiteral("hard"));
    QVERIFY(hard->value() > 0);
    QTest::mouseClick(hard, Qt::LeftButton);
    MessageTableModel* model = m_window->drilldown()->model();
    QVERIFY(guitest::modelSettled(model));
    QCOMPARE(model->filter().outcomes, QList<Outcome>{Outcome::Hard});
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->drilldown());

    ReportQueries queries(m_db.connection());
    const CampaignInfo info = campaign();
    const qint64 expected =
        queries.countMessages(info, queries.defaultPolicy(info), model->filter());
    QCOMPARE(expected, hard->value());
    QCOMPARE(model->totalCount(), expected);
    fetchAll(model);
    QCOMPARE(model->rowCount(), static_cast<int>(expected));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->rowAt(row)->outcome, Outcome::Hard);
    QCOMPARE(m_window->drilldown()->chips()->chipTexts().size(), 1);
}

void tst_MainWindowImport::modelPassesItemModelTester() {
    // A model of its own, without a view that asks for chunks as it pleases.
    auto* model = new MessageTableModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setSource(m_window->dashboard()->context());
    model->setFilter(MessageFilter());
    QVERIFY(guitest::modelSettled(model));
    QVERIFY(model->totalCount() > MessageTableModel::chunkSize()); // chunking is exercised
    // Once counted, every row is there; the ones not loaded yet show a placeholder.
    QCOMPARE(qint64(model->rowCount()), model->totalCount());
    const int last = model->rowCount() - 1;
    QVERIFY(!model->index(last, 0).data(MessageTableModel::LoadedRole).toBool());
    QCOMPARE(model->index(last, 0).data().toString(), MessageTableModel::tr("…"));
    QVERIFY(model->rowAt(last) == nullptr);
    QVERIFY(guitest::modelSettled(model)); // data() asked for the last chunk
    QVERIFY(model->rowAt(last) != nullptr);
    // A jump (the last chunk) and a continuation (the chunk after the first) give the rows
    // the store gives for those offsets.
    ReportQueries queries(m_db.connection());
    const ReportContext context = m_window->dashboard()->context();
    const QList<MessageRow> all =
        queries.messages(context.campaign, context.policy, model->filter());
    fetchAll(model);
    QCOMPARE(qint64(model->rowCount()), model->totalCount());
    QCOMPARE(qsizetype(model->rowCount()), all.size());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->rowAt(row)->deliveryId, all[row].deliveryId);
    model->sort(MessageTableModel::Attempts, Qt::DescendingOrder);
    fetchAll(model);
    QCOMPARE(model->filter().sortColumn, MessageFilter::SortColumn::Attempts);
    QVERIFY(model->rowAt(0)->attempts >= model->rowAt(model->rowCount() - 1)->attempts);
    model->sort(MessageTableModel::Recipient, Qt::AscendingOrder);
    QVERIFY(guitest::modelSettled(model));
    QVERIFY(model->rowAt(0)->recipient <= model->rowAt(1)->recipient);
    MessageFilter hard;
    hard.outcomes = {Outcome::Hard};
    model->setFilter(hard);
    QVERIFY(guitest::modelSettled(model));
    QCOMPARE(model->totalCount(), m_window->dashboard()->tile(QStringLiteral("hard"))->value());
    delete model;
}

void tst_MainWindowImport::removingChipClearsFilter() {
    DrilldownView* drilldown = m_window->drilldown();
    MessageFilter filter;
    filter.outcomes = {Outcome::Soft};
    filter.isp = QStringLiteral("google");
    m_window->showDrilldown(filter);
    QCOMPARE(drilldown->chips()->chipTexts().size(), 2);
    QSignalSpy changed(drilldown->model(), &MessageTableModel::filterChanged);
    drilldown->chips()->filterEdited([&] {
        MessageFilter without = drilldown->model()->filter();
        without.isp.clear();
        return without;
    }());
    QCOMPARE(changed.count(), 1);
    QVERIFY(drilldown->model()->filter().isp.isEmpty());
    QCOMPARE(drilldown->chips()->chipTexts().size(), 1);
}

void tst_MainWindowImport::selectingRowShowsAttempts() {
    MessageFilter filter;
    filter.outcomes = {Outcome::Soft};
    QVERIFY(guitest::showDrilldownSettled(*m_window, filter));
    DrilldownView* drilldown = m_window->drilldown();
    QVERIFY(drilldown->model()->rowCount() > 0);
    drilldown->table()->selectRow(0);
    QVERIFY(guitest::detailSettled(drilldown));
    const MessageRow* row = drilldown->model()->rowAt(0);
    ReportQueries queries(m_db.connection());
    const QList<AttemptRow> attempts = queries.attempts(row->deliveryId);
    QVERIFY(!attempts.isEmpty());
    QTableWidget* table = drilldown->detail()->attemptTable();
    QCOMPARE(qsizetype(table->rowCount()), attempts.size());
    for (int i = 0; i < attempts.size(); ++i) {
        QCOMPARE(table->item(i, 3)->text(), attempts[i].code);
        QCOMPARE(table->item(i, 4)->text(), attempts[i].enhanced);
        QCOMPARE(table->item(i, 6)->text(), attempts[i].reply);
    }
    QVERIFY(drilldown->detail()->rawLog()->toPlainText().contains(attempts.first().raw));
}

void tst_MainWindowImport::exportWritesBouncedRows() {
    MessageFilter filter;
    filter.outcomes = {Outcome::Hard, Outcome::Spam};
    const QString path = m_scratch.filePath(QStringLiteral("bounces.csv"));
    QSignalSpy finished(m_window, &MainWindow::exportFinished);
    m_window->exportBounces(filter, path);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    const qint64 written = finished.first().at(0).toLongLong();
    QVERIFY2(written >= 0, qPrintable(finished.first().at(1).toString()));
    const CampaignReport report = coreReport();
    QCOMPARE(written, report.totals.hard + report.totals.spam);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(qint64(lines.size()), written + 1);
    QCOMPARE(QString::fromUtf8(lines.first()).trimmed(),
             BounceExporter::header().join(QLatin1Char(',')));
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        QVERIFY2(cells.value(1) == "hard" || cells.value(1) == "spam", lines[i].constData());
    }
}

void tst_MainWindowImport::reopeningIsUpToDate() {
    const qint64 sentBefore = m_window->dashboard()->tile(QStringLiteral("sent"))->value();
    QVERIFY(guitest::importAndSettle(*m_window, m_folder, 120000));
    QCOMPARE(m_window->dashboard()->tile(QStringLiteral("sent"))->value(), sentBefore);
    QCOMPARE(m_window->campaignList()->table()->model()->rowCount(), 1);
}

QTEST_MAIN(tst_MainWindowImport)
#include "tst_MainWindowImport.moc"
