// Issue 10's rule, proved: drives the main window the way a user does (import, dashboard,
// drill-down scrolled deep, filtered, sorted and searched, a message's detail, the audience
// list, both exports, rename and removal) with the store's SQL guard recording, and checks
// that no statement ran on the GUI thread. The rows shown are compared with the CLI's
// `messages` output for the same filter (the CLI runs in a process of its own, so the
// comparison itself runs no SQL here either).
#include "DemoCampaign.h"
#include "DrilldownSettle.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "audience/AudienceView.h"
#include "audience/PresetEditorDialog.h"
#include "audience/PresetPreviewDialog.h"
#include "campaigns/CampaignListView.h"
#include "cli/CliRunner.h"
#include "dashboard/DashboardView.h"
#include "dashboard/Tile.h"
#include "dialogs/AudienceDialog.h"
#include "dialogs/CampaignLimitsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "drilldown/DrilldownView.h"
#include "drilldown/MessageDetailPanel.h"
#include "drilldown/MessageTableModel.h"
#include "store/SqlThreadGuard.h"
#include "store/sqlite/Database.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace deliverboard;
using namespace deliverboard::ui;

class tst_GuiThreadNoSql : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void guardSeesSqlOnTheGuiThread();
    void importAndDashboard();
    void drilldownScrollsDeep();
    void filteredRowsEqualCli();
    void sortingKeepsEveryRow();
    void searchEqualsCli();
    void detailShowsHistory();
    void audienceListLoads();
    void exportsWrite();
    void settingsAndPresetEditorRunNoGuiSql();
    void cancelledTasksLeaveNothing();
    void renameAndRemove();

private:
    // The CLI's `messages --json` recipients for these extra arguments, in its order.
    QStringList cliRecipients(const QStringList& filterArgs);
    QStringList shownRecipients();
    void expectNoGuiSql();

    QTemporaryDir m_scratch;
    QString m_folder;
    QString m_store;
    QString m_campaign;
    MainWindow* m_window = nullptr;
};

void tst_GuiThreadNoSql::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
    QVERIFY(m_scratch.isValid());
    m_folder = democampaign::folder(m_scratch);
    QVERIFY2(democampaign::hasLog(m_folder), qPrintable(m_folder));
    m_store = m_scratch.filePath(QStringLiteral("store.sqlite"));
    sqlguard::enable(sqlguard::Mode::Record);
}

void tst_GuiThreadNoSql::cleanupTestCase() {
    delete m_window;
    m_window = nullptr;
    sqlguard::enable(sqlguard::Mode::Off);
}

void tst_GuiThreadNoSql::expectNoGuiSql() {
    const QStringList seen = sqlguard::violations();
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
}

QStringList tst_GuiThreadNoSql::cliRecipients(const QStringList& filterArgs) {
    const CliRun run =
        runCli(QStringList{QStringLiteral("messages"), QStringLiteral("--db"), m_store,
                           QStringLiteral("--campaign"), m_campaign, QStringLiteral("--json")} +
               filterArgs);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    QStringList recipients;
    const QJsonArray rows = run.json().array();
    for (const QJsonValue& row : rows)
        recipients.append(row.toObject().value(QStringLiteral("recipient")).toString());
    return recipients;
}

QStringList tst_GuiThreadNoSql::shownRecipients() {
    MessageTableModel* model = m_window->drilldown()->model();
    QStringList recipients;
    if (!guitest::loadAllRows(model))
        return recipients;
    for (int row = 0; row < model->rowCount(); ++row)
        recipients.append(model->rowAt(row) ? model->rowAt(row)->recipient : QString());
    return recipients;
}

void tst_GuiThreadNoSql::guardSeesSqlOnTheGuiThread() {
    // The control: a query on this (the GUI) thread is seen, one on a worker is not.
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
    }
    QVERIFY(sqlguard::violationCount() > 0);
    sqlguard::reset();
    QThread* worker = QThread::create([] {
        Database db;
        db.open(QStringLiteral(":memory:"));
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QCOMPARE(sqlguard::violationCount(), 0);
}

void tst_GuiThreadNoSql::importAndDashboard() {
    m_window = new MainWindow(m_store);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(guitest::importAndSettle(*m_window, m_folder));
    m_campaign = m_window->dashboard()->context().campaign.name;
    QVERIFY(!m_campaign.isEmpty());
    QVERIFY(m_window->dashboard()->tile(QStringLiteral("sent"))->value() > 0);
    expectNoGuiSql();
}

void tst_GuiThreadNoSql::drilldownScrollsDeep() {
    QVERIFY(guitest::showDrilldownSettled(*m_window, MessageFilter()));
    DrilldownView* drilldown = m_window->drilldown();
    MessageTableModel* model = drilldown->model();
    QVERIFY(model->totalCount() > 2 * MessageTableModel::chunkSize());
    QCOMPARE(qint64(model->rowCount()), model->totalCount());
    // Far down: the rows there are not loaded until the view shows them.
    const int deep = model->rowCount() - 3;
    QVERIFY(model->rowAt(deep) == nullptr);
    drilldown->table()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowAt(deep) != nullptr, 30000);
    QVERIFY(guitest::modelSettled(model));
    const QStringList all = cliRecipients({});
    QCOMPARE(qsizetype(model->rowCount()), all.size());
    QCOMPARE(model->rowAt(deep)->recipient, all.at(deep));
    expectNoGuiSql();
}

void tst_GuiThreadNoSql::filteredRowsEqualCli() {
    const struct {
        QList<Outcome> outcomes;
        QStringList args;
    } cases[] = {
        {{Outcome::Hard}, {QStringLiteral("--outcome"), QStringLiteral("hard")}},
        {{Outcome::Soft, Outcome::Spam},
         {QStringLiteral("--outcome"), QStringLiteral("soft,spam")}},
        {{Outcome::Delivered}, {QStringLiteral("--outcome"), QStringLiteral("delivered")}},
    };
    for (const auto& c : cases) {
        MessageFilter filter;
        filter.outcomes = c.outcomes;
        QVERIFY(guitest::showDrilldownSettled(*m_window, filter));
        const QStringList expected = cliRecipients(c.args);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownRecipients(), expected);
    }
    expectNoGuiSql();
}

void tst_GuiThreadNoSql::sortingKeepsEveryRow() {
    QVERIFY(guitest::showDrilldownSettled(*m_window, MessageFilter()));
    DrilldownView* drilldown = m_window->drilldown();
    QStringList expected = cliRecipients({});
    // By attempts, most first, as a click on the header does it; then back by recipient.
    drilldown->table()->sortByColumn(MessageTableModel::Attempts, Qt::DescendingOrder);
    QVERIFY(guitest::modelSettled(drilldown->model()));
    QCOMPARE(drilldown->model()->filter().sortColumn, MessageFilter::SortColumn::Attempts);
    QStringList sorted = shownRecipients();
    MessageTableModel* model = drilldown->model();
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->rowAt(row - 1)->attempts >= model->rowAt(row)->attempts);
    sorted.sort();
    QStringList expectedSorted = expected;
    expectedSorted.sort();
    QCOMPARE(sorted, expectedSorted);
    drilldown->table()->sortByColumn(MessageTableModel::Recipient, Qt::AscendingOrder);
    QVERIFY(guitest::modelSettled(model));
    QCOMPARE(shownRecipients(), expected);
    expectNoGuiSql();
}

void tst_GuiThreadNoSql::searchEqualsCli() {
    QVERIFY(guitest::showDrilldownSettled(*m_window, MessageFilter()));
    auto* search = m_window->drilldown()->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("mail"));
    MessageTableModel* model = m_window->drilldown()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->filter().search, QStringLiteral("mail"), 5000);
    QVERIFY(guitest::modelSettled(model));
    const QStringList expected =
        cliRecipients({QStringLiteral("--search"), QStringLiteral("mail")});
    QCOMPARE(model->totalCount(), qint64(expected.size()));
    QCOMPARE(shownRecipients(), expected);
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().search.isEmpty(), 5000);
    QVERIFY(guitest::modelSettled(model));
    expectNoGuiSql();
}

void tst_GuiThreadNoSql::detailShowsHistory() {
    MessageFilter filter;
    filter.outcomes = {Outcome::Soft};
    QVERIFY(guitest::showDrilldownSettled(*m_window, filter));
    DrilldownView* drilldown = m_window->drilldown();
    QVERIFY(drilldown->model()->rowCount() > 1);
    drilldown->table()->selectRow(1);
    QVERIFY(guitest::detailSettled(drilldown));
    QVERIFY(drilldown->detail()->attemptTable()->rowCount() > 0);
    QVERIFY(!drilldown->detail()->rawLog()->toPlainText().isEmpty());
    QCOMPARE(drilldown->detail()->isLoading(), false);
    expectNoGuiSql();
}

void tst_GuiThreadNoSql::audienceListLoads() {
    AudienceDialog* dialog = m_window->showAudience(ReportSource::AudienceGroup::Skipped);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->totalCount() >= 0 && !dialog->model()->isLoading(),
                             30000);
    QCOMPARE(dialog->model()->totalCount(),
             m_window->dashboard()->tile(QStringLiteral("skipped"))->value());
    delete dialog;
    expectNoGuiSql();
}

void tst_GuiThreadNoSql::exportsWrite() {
    QSignalSpy finished(m_window, &MainWindow::exportFinished);
    const QString bounces = m_scratch.filePath(QStringLiteral("bounces.csv"));
    m_window->exportBounces(MessageFilter(), bounces);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    const qint64 expected = m_window->dashboard()->tile(QStringLiteral("soft"))->value() +
                            m_window->dashboard()->tile(QStringLiteral("hard"))->value() +
                            m_window->dashboard()->tile(QStringLiteral("spam"))->value();
    QCOMPARE(finished.takeFirst().at(0).toLongLong(), expected);
    QVERIFY(QFile::exists(bounces));

    MessageFilter hard;
    hard.outcomes = {Outcome::Hard};
    QVERIFY(guitest::showDrilldownSettled(*m_window, hard));
    const QString table = m_scratch.filePath(QStringLiteral("table.csv"));
    m_window->exportTableView(table);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.takeFirst().at(0).toLongLong(),
             m_window->dashboard()->tile(QStringLiteral("hard"))->value());
    QVERIFY(QFile::exists(table));
    expectNoGuiSql();
}

// Issue 12's settings: the settings dialog, one campaign's limits and the preset editor's
// preview, apply and undo read and write the store on workers only.
void tst_GuiThreadNoSql::settingsAndPresetEditorRunNoGuiSql() {
    QSignalSpy saved(m_window, &MainWindow::settingsSaved);
    auto settingsOpened = std::make_shared<QMetaObject::Connection>();
    *settingsOpened =
        connect(m_window, &MainWindow::settingsDialogOpened, this,
                [settingsOpened](SettingsDialog* dialog) {
                    disconnect(*settingsOpened);
                    dialog->inactiveDaysBox()->setValue(30);
                    QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
                });
    m_window->showSettings();
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.takeFirst().first().toString(), QString());

    auto limitsOpened = std::make_shared<QMetaObject::Connection>();
    *limitsOpened =
        connect(m_window, &MainWindow::campaignLimitsDialogOpened, this,
                [limitsOpened](CampaignLimitsDialog* dialog) {
                    disconnect(*limitsOpened);
                    // Unchanged: the figures the later steps compare stay.
                    QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
                });
    m_window->editCampaignLimits(m_window->dashboard()->context().campaign);
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.takeFirst().first().toString(), QString());
    QVERIFY(guitest::settle(*m_window));

    AudienceView* audience = m_window->audience();
    QSignalSpy evaluated(audience, &AudienceView::evaluated);
    m_window->tabs()->setCurrentWidget(audience);
    while (audience->isEvaluating())
        QVERIFY(evaluated.wait(120000));
    QVERIFY(audience->evaluation().engine);
    bool previewed = false;
    auto editorOpened = std::make_shared<QMetaObject::Connection>();
    *editorOpened =
        connect(audience, &AudienceView::presetEditorOpened, this,
                [editorOpened, &previewed](PresetEditorDialog* editor) {
                    disconnect(*editorOpened);
                    editor->hardOtherBox()->setValue(2);
                    connect(editor, &PresetEditorDialog::previewOpened, editor,
                            [&previewed](PresetPreviewDialog* preview) {
                                connect(preview, &PresetPreviewDialog::previewFinished, preview,
                                        [&previewed, preview] {
                                            previewed = preview->preview().error.isEmpty();
                                            preview->accept();
                                        });
                            });
                    QMetaObject::invokeMethod(editor, &PresetEditorDialog::previewAndApply,
                                              Qt::QueuedConnection);
                });
    audience->editPreset();
    QVERIFY(previewed);
    while (audience->isEvaluating())
        QVERIFY(evaluated.wait(120000));
    QVERIFY(audience->evaluation().choice.isCustom());
    audience->undoPreset();
    while (audience->isEvaluating())
        QVERIFY(evaluated.wait(120000));
    QVERIFY(!audience->evaluation().choice.isCustom());
    m_window->tabs()->setCurrentIndex(0);
    expectNoGuiSql();
}

// Cancel in the progress dialog (its canceled() signal, as the button sends it) before
// the task could finish: the export leaves no file, the removal is rolled back. So that a
// small campaign's task cannot end first, the thread pool is held busy until the cancel.
void tst_GuiThreadNoSql::cancelledTasksLeaveNothing() {
    QSemaphore started;
    QSemaphore release;
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    const auto holdPool = [&] {
        for (int i = 0; i < threads; ++i)
            QThreadPool::globalInstance()->start([&] {
                started.release();
                release.acquire();
            });
        started.acquire(threads);
    };
    const auto cancelRunningTask = [&] {
        auto* dialog = m_window->findChild<QProgressDialog*>(QStringLiteral("taskProgress"));
        if (dialog)
            Q_EMIT dialog->canceled();
        release.release(threads);
        return dialog != nullptr;
    };
    QSignalSpy exported(m_window, &MainWindow::exportFinished);
    const QString path = m_scratch.filePath(QStringLiteral("cancelled.csv"));
    holdPool();
    m_window->exportTableView(path);
    QVERIFY(cancelRunningTask());
    QVERIFY(exported.count() == 1 || exported.wait(60000));
    QCOMPARE(exported.first().at(0).toLongLong(), qint64(-1));
    QVERIFY(!QFile::exists(path));

    QSignalSpy edited(m_window, &MainWindow::campaignEdited);
    const qint64 sent = m_window->dashboard()->tile(QStringLiteral("sent"))->value();
    holdPool();
    m_window->removeCampaign(m_window->dashboard()->context().campaign);
    QVERIFY(cancelRunningTask());
    QVERIFY(edited.count() == 1 || edited.wait(60000));
    QCOMPARE(edited.first().at(0).toBool(), false);
    // Still there, with every message: the list reloads and the dashboard follows.
    QVERIFY(guitest::settle(*m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->context().isValid(), 30000);
    QVERIFY(guitest::settle(*m_window));
    QCOMPARE(m_window->campaignList()->campaigns().size(), qsizetype(1));
    QCOMPARE(m_window->dashboard()->tile(QStringLiteral("sent"))->value(), sent);
    expectNoGuiSql();
}

void tst_GuiThreadNoSql::renameAndRemove() {
    QSignalSpy edited(m_window, &MainWindow::campaignEdited);
    CampaignInfo campaign = m_window->dashboard()->context().campaign;
    const QString renamed = m_campaign + QStringLiteral(" (renamed)");
    m_window->renameCampaign(campaign, renamed);
    QVERIFY(edited.count() == 1 || edited.wait(30000));
    QCOMPARE(edited.takeFirst().at(0).toBool(), true);
    QVERIFY(guitest::settle(*m_window));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->context().campaign.name, renamed, 30000);

    campaign = m_window->dashboard()->context().campaign;
    m_window->removeCampaign(campaign);
    QVERIFY(edited.count() == 1 || edited.wait(60000));
    QCOMPARE(edited.takeFirst().at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->campaignList()->isLoading() &&
                                 m_window->campaignList()->campaigns().isEmpty(),
                             30000);
    QCOMPARE(m_window->drilldown()->model()->rowCount(), 0);
    expectNoGuiSql();
}

QTEST_MAIN(tst_GuiThreadNoSql)
#include "tst_GuiThreadNoSql.moc"
