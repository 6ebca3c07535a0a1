// The Audience view over a store of three generated campaigns (letters: CampaignSeries.h),
// offscreen: it loads every address from the worker's evaluation, filters, explains, shows
// an address's history, reactivates with a note, previews/applies/undoes a preset, and
// shows the figures the CLI prints for the same store (store settings included).
#include "CampaignSeries.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "SixAddressStore.h"
#include "audience/AddressDetailPanel.h"
#include "audience/AudienceTableModel.h"
#include "audience/AudienceView.h"
#include "audience/PresetPreviewDialog.h"
#include "campaigns/CampaignListView.h"
#include "cli/CliRunner.h"
#include "dashboard/DashboardView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace deliverboard;
using namespace deliverboard::ui;

class tst_AudienceView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    MainWindow* m_window = nullptr;

    AudienceView* view() const { return m_window->audience(); }
    bool waitEvaluated() { return guitest::waitEvaluated(view()); }
    QJsonObject cliStatus(const QString& address) {
        const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--address"), address, QStringLiteral("--json")});
        return run.json().array().first().toObject();
    }
    qint64 cliCount(const QString& status) {
        const CliRun run = runCli(
            {QStringLiteral("status"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        qint64 n = 0;
        for (const QJsonValue& v : run.json().array())
            n += v.toObject().value(QStringLiteral("status")).toString() == status;
        return n;
    }
    static QString screenshotPath(const QString& name) {
        QDir out(QDir(QCoreApplication::applicationDirPath())
                     .filePath(QStringLiteral("../screenshots")));
        out.mkpath(QStringLiteral("."));
        return out.filePath(name);
    }
    void select(const QString& address) {
        const int row = view()->model()->rowOfAddress(address);
        QVERIFY2(row >= 0, qPrintable(address));
        if (view()->detail()->address() == address)
            return; // already shown (the view keeps the address across evaluations)
        QSignalSpy history(view(), &AudienceView::historyShown);
        view()->table()->setCurrentIndex(view()->model()->index(row, 0));
        QVERIFY(history.wait(20000));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        QByteArray error;
        m_window = guitest::openSixAddressWindow(m_dir, m_db, error);
        QVERIFY2(m_window, error.constData());
        // Evaluated when first shown: View > Audience (Ctrl+3).
        QVERIFY(view()->evaluation().engine == nullptr);
        QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentWidget(), view());
        QVERIFY(waitEvaluated());
    }

    void cleanupTestCase() { delete m_window; }

    // A picture next to tst_Screenshots' (build/screenshots/), to look at the view.
    void screenshot() {
        m_window->tabs()->setCurrentWidget(view());
        select(QStringLiteral("e@example.net"));
        QCoreApplication::processEvents();
        QDir out(QDir(QCoreApplication::applicationDirPath())
                     .filePath(QStringLiteral("../screenshots")));
        QVERIFY(out.mkpath(QStringLiteral(".")));
        QVERIFY(m_window->grab().save(out.filePath(QStringLiteral("audience.png"))));
    }

    void loadsEveryAddress() {
        QAbstractItemModelTester tester(view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view()->model()->rowCount(), 7); // six scripted and the filler
        QCOMPARE(view()->model()->index(0, AudienceTableModel::Address).data().toString(),
                 QStringLiteral("a@example.net"));
    }

    void filtersMatchTheCli() {
        QComboBox* status = view()->statusFilter();
        status->setCurrentIndex(status->findData(static_cast<int>(AddressState::Error)));
        QCOMPARE(view()->model()->rowCount(), cliCount(QStringLiteral("error")));
        QCOMPARE(view()->model()->rowCount(), 3); // c hard, e three softs, j spam
        QComboBox* reason = view()->reasonFilter();
        const int userUnknown = reason->findData(QStringLiteral("userunknown"));
        QVERIFY(userUnknown > 0);
        reason->setCurrentIndex(userUnknown);
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(view()->model()->index(0, 0).data().toString(), QStringLiteral("c@example.net"));
        reason->setCurrentIndex(0);
        status->setCurrentIndex(0);
        QComboBox* isp = view()->ispFilter();
        QCOMPARE(isp->findData(QStringLiteral("google")), -1); // only ISPs present are offered
        view()->searchField()->setText(QStringLiteral("j@"));
        QTRY_COMPARE(view()->model()->rowCount(), 1);
        view()->searchField()->clear();
        QTRY_COMPARE(view()->model()->rowCount(), 7);
    }

    void showsExplanationAndHistory() {
        select(QStringLiteral("c@example.net"));
        AddressDetailPanel* detail = view()->detail();
        QCOMPARE(detail->explanationLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(detail->explanationLabel()->text(), cliStatus(QStringLiteral("c@example.net"))
                                                         .value(QStringLiteral("explanation"))
                                                         .toString());
        QTableWidget* history = detail->historyTable();
        QCOMPARE(history->rowCount(), 1); // only C1 sent to c
        QCOMPARE(history->item(0, 0)->text(), QStringLiteral("C1"));
        QVERIFY2(history->item(0, 4)->text().contains(QStringLiteral("User unknown")),
                 qPrintable(history->item(0, 4)->text()));
        QVERIFY(detail->reactivateButton()->isEnabled());
    }

    void previewDialogCountsByHand() {
        PresetPreviewDialog dialog(m_db, view()->evaluation().engine, view()->evaluation().choice);
        dialog.presetBox()->setCurrentIndex(
            dialog.presetBox()->findData(QStringLiteral("mailworx")));
        QSignalSpy done(&dialog, &PresetPreviewDialog::previewFinished);
        dialog.startPreview();
        QVERIFY(done.wait(60000));
        QVERIFY2(dialog.preview().error.isEmpty(), qPrintable(dialog.preview().error));
        // c, e and j would become active under mailworx (see tst_SettingsCommand).
        QCOMPARE(dialog.preview().diff.changed(), 3);
        QCOMPARE(dialog.transitionTable()->rowCount(), 1);
        QCOMPARE(dialog.transitionTable()->item(0, 2)->text(), QStringLiteral("3"));
        dialog.resize(900, 600);
        dialog.show();
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("audience-preview.png"))));
    }

    void applyAndUndoPreset() {
        view()->applyPreset({QStringLiteral("mailworx"), {}, {}});
        QVERIFY(waitEvaluated());
        QCOMPARE(view()->evaluation().choice.builtinId, QStringLiteral("mailworx"));
        QCOMPARE(cliStatus(QStringLiteral("e@example.net")).value(QStringLiteral("status")),
                 QStringLiteral("active")); // the CLI reads the store's preset
        QCOMPARE(view()->model()->rowCount(), 7);
        view()->undoPreset();
        QVERIFY(waitEvaluated());
        QCOMPARE(view()->evaluation().choice.builtinId, QStringLiteral("response-page"));
        QCOMPARE(cliStatus(QStringLiteral("e@example.net")).value(QStringLiteral("status")),
                 QStringLiteral("error"));
    }

    void reactivateWithNoteChangesStatus() {
        select(QStringLiteral("c@example.net"));
        view()->reactivate(QStringLiteral("c@example.net"), QStringLiteral("typo fixed <b>x</b>"));
        QVERIFY(waitEvaluated());
        const qsizetype i = view()->evaluation().engine->indexOf(QStringLiteral("c@example.net"));
        QCOMPARE(view()->evaluation().engine->statusAt(i).status, QStringLiteral("active"));
        QCOMPARE(cliStatus(QStringLiteral("c@example.net")).value(QStringLiteral("status")),
                 QStringLiteral("active"));
        // The detail panel follows the address; the note is shown literally.
        QTRY_VERIFY(view()->detail()->explanationLabel()->text().contains(
            QStringLiteral("typo fixed <b>x</b>")));
        QVERIFY(!view()->detail()->reactivateButton()->isEnabled());
    }

    void inactiveAndSenderProblemsSections() {
        // Delivered to without an open or click three campaigns in a row: a and filler.
        QCOMPARE(view()->inactiveModel()->rowCount(), 0); // the default asks for five
        QVERIFY(runCli({QStringLiteral("settings"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--inactive-after"), QStringLiteral("3")})
                    .exitCode == 0);
        view()->recompute();
        QVERIFY(waitEvaluated());
        QCOMPARE(view()->inactiveModel()->rowCount(), 2);
        // Set from the view: stored, so the CLI lists the same.
        view()->setInactiveCampaigns(2);
        QVERIFY(waitEvaluated());
        QCOMPARE(view()->inactiveModel()->rowCount(), 3); // and p, delivered twice
        const CliRun inactive = runCli({QStringLiteral("status"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--inactive"), QStringLiteral("--json")});
        QCOMPARE(inactive.json().array().size(), 3);
        QCOMPARE(view()->senderProblemsTable()->rowCount(), 0); // response-page counts them
        view()->applyPreset({QStringLiteral("deliverboard"), {}, {}});
        QVERIFY(waitEvaluated());
        QCOMPARE(view()->senderProblemsTable()->rowCount(), 1); // j's Spamhaus block
        view()->tabs()->setCurrentIndex(2);
        QVERIFY(m_window->grab().save(screenshotPath(QStringLiteral("audience-sender.png"))));
        view()->tabs()->setCurrentIndex(0);
        QCOMPARE(view()->senderProblemsTable()->item(0, 2)->text(), QStringLiteral("1"));
        view()->undoPreset();
        QVERIFY(waitEvaluated());
    }

    void exportWritesTheCliLayout() {
        const QString gui = m_dir.filePath(QStringLiteral("gui.csv"));
        const QString cli = m_dir.filePath(QStringLiteral("cli.csv"));
        QSignalSpy finished(view(), &AudienceView::exportFinished);
        view()->exportList(gui, 0, false);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toLongLong(), 2); // e and j; c was reactivated
        QVERIFY(runCli({QStringLiteral("export-suppression"), QStringLiteral("--db"), m_db,
                        QStringLiteral("-o"), cli})
                    .exitCode == 0);
        QFile a(gui), b(cli);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    // The store's limits reach the dashboard exactly as the CLI's report.
    void dashboardShowsTheCliFigures() {
        QVERIFY(runCli({QStringLiteral("settings"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--max-attempts"), QStringLiteral("1")})
                    .exitCode == 0);
        QSignalSpy shown(m_window, &MainWindow::campaignShown);
        m_window->campaignList()->reload(m_db, QStringLiteral("C3"));
        QVERIFY(guitest::settle(*m_window));
        QTRY_COMPARE(m_window->dashboard()->context().campaign.name, QStringLiteral("C3"));
        const CliRun run =
            runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--campaign"), QStringLiteral("C3"), QStringLiteral("--json")});
        const QJsonObject report = run.json().object();
        QCOMPARE(m_window->dashboard()->report().totals.soft,
                 report.value(QStringLiteral("bounced"))
                     .toObject()
                     .value(QStringLiteral("soft"))
                     .toInteger());
        QCOMPARE(m_window->dashboard()->report().totals.soft, 2); // e, and p given up
        QCOMPARE(m_window->dashboard()->report().totals.inProgress, 0);
    }
};

QTEST_MAIN(tst_AudienceView)
#include "tst_AudienceView.moc"
