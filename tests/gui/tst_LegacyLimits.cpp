// The report limits earlier versions kept per user (QSettings) move into the first store
// the window opens, so the CLI on that store prints the figures the GUI shows; the user
// setting is gone afterwards, and a store with limits of its own keeps them.
#include "CampaignSeries.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "cli/CliRunner.h"
#include "dashboard/DashboardView.h"

#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace deliverboard;
using namespace deliverboard::ui;

class tst_LegacyLimits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QJsonObject settingsOf(const QString& db) {
        return runCli({QStringLiteral("settings"), QStringLiteral("--db"), db,
                       QStringLiteral("--json")})
            .json()
            .object();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_LegacyLimits"));
        QVERIFY(m_dir.isValid());
    }

    void movesIntoTheStoreOnce() {
        const QString db = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QStringList folders =
            CampaignSeries::write(m_dir.filePath(QStringLiteral("f")),
                                  {{QStringLiteral("p@example.net"), {}, QStringLiteral("P")}}, 1);
        QVERIFY(runCli({QStringLiteral("import"), folders.first(), QStringLiteral("--db"), db})
                    .exitCode == 0);
        QSettings().setValue(QStringLiteral("report/maxAttempts"), 1);
        QSettings().sync();
        {
            MainWindow window(db);
            window.show();
            QVERIFY(guitest::settle(window));
            // p's one deferral is given up under one attempt: GUI and CLI agree.
            QCOMPARE(window.dashboard()->report().totals.soft, 1);
        }
        QCOMPARE(settingsOf(db).value(QStringLiteral("max_attempts")).toInt(), 1);
        const QJsonObject report =
            runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--json")})
                .json()
                .object();
        QCOMPARE(report.value(QStringLiteral("bounced"))
                     .toObject()
                     .value(QStringLiteral("soft"))
                     .toInt(),
                 1);
        QVERIFY(!QSettings().contains(QStringLiteral("report/maxAttempts")));

        // A second store opened later does not inherit anything.
        const QString other = m_dir.filePath(QStringLiteral("b.sqlite"));
        {
            MainWindow window(other);
            // The store opens on a worker: wait for it (a window closed first cancels it).
            QSignalSpy opened(&window, &MainWindow::storeOpened);
            QVERIFY(!window.isOpeningStore() || opened.wait(60000));
        }
        const QJsonObject otherSettings = settingsOf(other);
        QVERIFY2(otherSettings.value(QStringLiteral("max_attempts")).isNull(),
                 QJsonDocument(otherSettings).toJson().constData());
    }

    void storeLimitsWin() {
        const QString db = m_dir.filePath(QStringLiteral("c.sqlite"));
        QVERIFY(runCli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("f/campaign-1")),
                        QStringLiteral("--db"), db})
                    .exitCode == 0);
        QVERIFY(runCli({QStringLiteral("settings"), QStringLiteral("--db"), db,
                        QStringLiteral("--max-attempts"), QStringLiteral("7")})
                    .exitCode == 0);
        QSettings().setValue(QStringLiteral("report/maxAttempts"), 2);
        { MainWindow window(db); }
        QCOMPARE(settingsOf(db).value(QStringLiteral("max_attempts")).toInt(), 7);
    }
};

QTEST_MAIN(tst_LegacyLimits)
#include "tst_LegacyLimits.moc"
