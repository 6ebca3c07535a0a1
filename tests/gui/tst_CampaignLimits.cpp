// The store's settings in the GUI (issue 12) over the three-campaign store of
// tst_AudienceView (letters: CampaignSeries.h), offscreen and by keyboard: one campaign's
// report limits from MainWindow::editCampaignLimits (the campaign list's "Report Limits..."),
// with "Use Campaign's Own"; the inactivity threshold (campaigns and days) in the settings
// dialog, and its hand-over to the preset editor. Every change is stored on a worker, and
// the dashboard and audience then show the figures the CLI prints for the same store.
#include "CampaignSeries.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "SixAddressStore.h"
#include "audience/AudienceTableModel.h"
#include "audience/AudienceView.h"
#include "audience/PresetEditorDialog.h"
#include "campaigns/CampaignListView.h"
#include "cli/CliRunner.h"
#include "dashboard/DashboardView.h"
#include "dialogs/CampaignLimitsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "store/sqlite/Database.h"
#include "store/sqlite/StoreSettings.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace deliverboard;
using namespace deliverboard::ui;

class tst_CampaignLimits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    MainWindow* m_window = nullptr;

    CliRun cli(QStringList args) {
        args.insert(1, QStringLiteral("--db"));
        args.insert(2, m_db);
        return runCli(args);
    }
    QJsonObject cliReport(const QString& campaign) {
        return cli({QStringLiteral("report"), QStringLiteral("--campaign"), campaign,
                    QStringLiteral("--json")})
            .json()
            .object();
    }
    CampaignInfo campaign(const QString& name) {
        for (const CampaignSummary& s : m_window->campaignList()->campaigns())
            if (s.info.name == name)
                return s.info;
        return {};
    }
    // The store as the CLI would read it, from this (the test's) thread.
    LimitOverrides storedLimits(qint64 campaignId) {
        Database db;
        if (!db.open(m_db, Database::Mode::ReadOnly))
            return {-1, -1};
        return StoreSettings(db.connection())
            .campaignLimits(campaignId)
            .value_or(LimitOverrides{-1, -1});
    }
    // The dashboard shows `name` with the figures `report --json` prints for it.
    void expectDashboardEqualsCli(const QString& name) {
        QVERIFY(guitest::settle(*m_window));
        QTRY_COMPARE(m_window->dashboard()->context().campaign.name, name);
        QVERIFY(guitest::settle(*m_window));
        const QJsonObject report = cliReport(name);
        const CampaignReport& shown = m_window->dashboard()->report();
        QCOMPARE(shown.totals.inProgress, report.value(QStringLiteral("in_progress")).toInteger());
        QCOMPARE(shown.totals.soft, report.value(QStringLiteral("bounced"))
                                        .toObject()
                                        .value(QStringLiteral("soft"))
                                        .toInteger());
        QCOMPARE(shown.totals.delivered, report.value(QStringLiteral("delivered")).toInteger());
    }
    static QString screenshotPath(const QString& name) {
        QDir out(QDir(QCoreApplication::applicationDirPath())
                     .filePath(QStringLiteral("../screenshots")));
        out.mkpath(QStringLiteral("."));
        return out.filePath(name);
    }
    static void type(QAbstractSpinBox* box, const QString& text) {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
    }
    // Runs `drive` on the campaign limits dialog once it is shown (it is modal).
    template <typename Drive> void onLimitsDialog(Drive drive) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_window, &MainWindow::campaignLimitsDialogOpened, this,
                              [this, connection, drive](CampaignLimitsDialog* dialog) {
                                  disconnect(*connection);
                                  QTimer::singleShot(0, dialog, [dialog, drive] { drive(dialog); });
                              });
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
        QVERIFY(campaign(QStringLiteral("C3")).id > 0);
    }

    void cleanupTestCase() { delete m_window; }

    // p's third message is still retried after one attempt: with C3's own limit of one
    // attempt it is a soft bounce (next to e's) on the dashboard and in `report` alike.
    void perCampaignLimitsEqualTheCli() {
        const CampaignInfo c3 = campaign(QStringLiteral("C3"));
        QCOMPARE(cliReport(QStringLiteral("C3")).value(QStringLiteral("in_progress")).toInt(), 1);
        QString own, effect;
        onLimitsDialog([&](CampaignLimitsDialog* dialog) {
            own = dialog->findChild<QLabel*>(QStringLiteral("ownLimits"))->text();
            QCOMPARE(dialog->limits().maxAttempts, 0); // no override yet
            type(dialog->maxAttemptsBox(), QStringLiteral("1"));
            effect = dialog->findChild<QLabel*>(QStringLiteral("effect"))->text();
            dialog->grab().save(screenshotPath(QStringLiteral("campaign-limits.png")));
            QTest::keyClick(dialog->maxAttemptsBox(), Qt::Key_Return); // OK
        });
        QSignalSpy saved(m_window, &MainWindow::settingsSaved);
        m_window->editCampaignLimits(c3);
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().first().toString(), QString());
        QCOMPARE(own, QStringLiteral("%1 h, %2 attempts")
                          .arg(QLocale().toString(c3.ownRetryWindowHours, 'g', 6))
                          .arg(c3.ownMaxAttempts));
        QVERIFY2(effect.contains(QStringLiteral("at most 1 attempt(s)")), qPrintable(effect));
        const LimitOverrides stored = storedLimits(c3.id);
        QCOMPARE(stored.maxAttempts, 1);
        QCOMPARE(stored.retryWindowHours, 0.0);
        QCOMPARE(storedLimits(campaign(QStringLiteral("C2")).id).maxAttempts, 0);
        expectDashboardEqualsCli(QStringLiteral("C3"));
        QCOMPARE(m_window->dashboard()->report().totals.soft, 2);
        QCOMPARE(m_window->dashboard()->report().totals.inProgress, 0);
        // `settings` lists C3 with its limit, the other campaigns with their own.
        for (const QJsonValue& v : cli({QStringLiteral("settings"), QStringLiteral("--json")})
                                       .json()
                                       .object()
                                       .value(QStringLiteral("campaigns"))
                                       .toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("max_attempts")).toInt(),
                     o.value(QStringLiteral("campaign")).toString() == QLatin1String("C3")
                         ? 1
                         : o.value(QStringLiteral("own_max_attempts")).toInt());
        }
    }

    // Esc closes the dialog and stores nothing.
    void escapeStoresNothing() {
        const CampaignInfo c3 = campaign(QStringLiteral("C3"));
        bool shown = false;
        onLimitsDialog([&](CampaignLimitsDialog* dialog) {
            shown = true;
            QCOMPARE(dialog->limits().maxAttempts, 1); // the stored override
            type(dialog->maxAttemptsBox(), QStringLiteral("7"));
            QTest::keyClick(dialog->maxAttemptsBox(), Qt::Key_Escape);
        });
        QSignalSpy saved(m_window, &MainWindow::settingsSaved);
        m_window->editCampaignLimits(c3);
        QTRY_VERIFY(shown);
        // Opened again (read after the first dialog closed) and accepted unchanged: the
        // value is still the stored one, and only this second dialog stored anything.
        int reopened = -1;
        onLimitsDialog([&](CampaignLimitsDialog* dialog) {
            reopened = dialog->limits().maxAttempts;
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        m_window->editCampaignLimits(c3);
        QVERIFY(saved.wait(20000));
        QCOMPARE(reopened, 1);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(storedLimits(c3.id).maxAttempts, 1);
    }

    // "Use Campaign's Own" clears the override without store-wide limits; with one, it
    // keeps campaign.json's values as this campaign's own override, so they still count.
    void useCampaignsOwn() {
        const CampaignInfo c3 = campaign(QStringLiteral("C3"));
        const auto useOwn = [](CampaignLimitsDialog* dialog) {
            for (QPushButton* b : dialog->findChildren<QPushButton*>())
                if (b->text() == QStringLiteral("Use &Campaign's Own"))
                    QTest::mouseClick(b, Qt::LeftButton);
        };
        LimitOverrides chosen{-1, -1};
        onLimitsDialog([&](CampaignLimitsDialog* dialog) {
            useOwn(dialog);
            chosen = dialog->limits();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QSignalSpy saved(m_window, &MainWindow::settingsSaved);
        m_window->editCampaignLimits(c3);
        QVERIFY(saved.wait(20000));
        QCOMPARE(chosen.maxAttempts, 0);
        QVERIFY(storedLimits(c3.id).isEmpty());
        expectDashboardEqualsCli(QStringLiteral("C3"));
        QCOMPARE(m_window->dashboard()->report().totals.inProgress, 1);

        // A store-wide override of one attempt: C3 keeps its own four.
        QVERIFY(
            cli({QStringLiteral("settings"), QStringLiteral("--max-attempts"), QStringLiteral("1")})
                .exitCode == 0);
        onLimitsDialog([&](CampaignLimitsDialog* dialog) {
            useOwn(dialog);
            chosen = dialog->limits();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        saved.clear();
        m_window->editCampaignLimits(c3);
        QVERIFY(saved.wait(20000));
        QCOMPARE(chosen.maxAttempts, c3.ownMaxAttempts);
        QCOMPARE(chosen.retryWindowHours, 0.0); // no store-wide window: nothing to undo
        QCOMPARE(storedLimits(c3.id).maxAttempts, c3.ownMaxAttempts);
        expectDashboardEqualsCli(QStringLiteral("C3"));
        QCOMPARE(m_window->dashboard()->report().totals.inProgress, 1);
        QCOMPARE(cliReport(QStringLiteral("C3")).value(QStringLiteral("in_progress")).toInt(), 1);
        QVERIFY(
            cli({QStringLiteral("settings"), QStringLiteral("--max-attempts"), QStringLiteral("0")})
                .exitCode == 0);
    }

    // The settings dialog stores both inactivity limits; the audience and the CLI agree.
    void settingsStoreInactivity() {
        m_window->tabs()->setCurrentWidget(m_window->audience());
        QSignalSpy evaluated(m_window->audience(), &AudienceView::evaluated);
        QVERIFY(evaluated.wait(60000));
        InactivityRule before;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(m_window, &MainWindow::settingsDialogOpened, this,
                    [&, connection](SettingsDialog* dialog) {
                        disconnect(*connection);
                        QTimer::singleShot(0, dialog, [&, dialog] {
                            before = dialog->inactivity();
                            type(dialog->inactiveCampaignsBox(), QStringLiteral("9"));
                            type(dialog->inactiveDaysBox(), QStringLiteral("10"));
                            dialog->grab().save(screenshotPath(QStringLiteral("settings.png")));
                            QTest::keyClick(dialog->inactiveDaysBox(), Qt::Key_Return);
                        });
                    });
        QSignalSpy saved(m_window, &MainWindow::settingsSaved);
        evaluated.clear();
        m_window->showSettings();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().first().toString(), QString());
        QCOMPARE(before, (InactivityRule{StoreSettings::kDefaultInactiveCampaigns, 0}));
        const QJsonObject settings =
            cli({QStringLiteral("settings"), QStringLiteral("--json")}).json().object();
        QCOMPARE(settings.value(QStringLiteral("inactive_after")).toInt(), 9);
        QCOMPARE(settings.value(QStringLiteral("inactive_days")).toInt(), 10);
        // a, filler and p: delivered to since C1 (day 0), 14 days before C3, no open.
        while (m_window->audience()->isEvaluating())
            QVERIFY(evaluated.wait(60000));
        QTRY_COMPARE(m_window->audience()->inactiveModel()->rowCount(), 3);
        m_window->audience()->tabs()->setCurrentIndex(1); // Inactive (suggested)
        QVERIFY(m_window->grab().save(screenshotPath(QStringLiteral("audience-inactive.png"))));
        m_window->audience()->tabs()->setCurrentIndex(0);
        QCOMPARE(
            cli({QStringLiteral("status"), QStringLiteral("--inactive"), QStringLiteral("--json")})
                .json()
                .array()
                .size(),
            3);
    }

    // "Edit Status Preset..." closes the settings and opens the preset editor.
    void settingsOpenThePresetEditor() {
        QString editedId;
        connect(m_window->audience(), &AudienceView::presetEditorOpened, this,
                [&](PresetEditorDialog* dialog) {
                    editedId = dialog->preset().id;
                    QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
                });
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_window, &MainWindow::settingsDialogOpened, this,
                              [connection](SettingsDialog* dialog) {
                                  disconnect(*connection);
                                  QTimer::singleShot(0, dialog, [dialog] {
                                      for (QPushButton* b : dialog->findChildren<QPushButton*>())
                                          if (b->text() == QStringLiteral("Edit Status &Preset..."))
                                              QTest::mouseClick(b, Qt::LeftButton);
                                  });
                              });
        QSignalSpy saved(m_window, &MainWindow::settingsSaved);
        m_window->showSettings();
        QTRY_COMPARE(editedId, QStringLiteral("response-page-custom"));
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->audience());
        QVERIFY(saved.isEmpty()); // the settings closed without storing
    }
};

QTEST_MAIN(tst_CampaignLimits)
#include "tst_CampaignLimits.moc"
