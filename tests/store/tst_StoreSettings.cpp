// The settings that change figures live in the store (StoreSettings): the report limits
// reach every reader of ReportQueries, the preset choice keeps an undoable history, and a
// store written before the settings step is migrated with its figures unchanged.
#include "CampaignSeries.h"
#include "StoreDowngrade.h"
#include "TestStore.h"

#include "policy/PresetChoice.h"
#include "store/sqlite/Migrations.h"
#include "store/sqlite/StatusStore.h"
#include "store/sqlite/StoreSettings.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {
// Two campaigns; p is still being retried (one 4xx, the newest line) in both.
QStringList writeSeries(const QString& root) {
    return CampaignSeries::write(root,
                                 {{QStringLiteral("p@example.net"), {}, QStringLiteral("PP")},
                                  {QStringLiteral("h@example.net"), {}, QStringLiteral("H-")}},
                                 2);
}

QString statusUnderStorePreset(Database& db, const QString& address) {
    StoreSettings settings(db.connection());
    QString error;
    const auto preset = settings.currentPreset()->resolve(error);
    if (!preset)
        qFatal("%s", qPrintable(error));
    StatusEngine engine(*preset);
    StatusStore store(db.connection());
    if (!store.evaluate(engine))
        qFatal("%s", qPrintable(store.errorString()));
    return engine.statusOf(address)->status;
}
} // namespace

class TestStoreSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsOfAFreshStore() {
        TestStore store(QStringLiteral(":memory:"));
        StoreSettings settings(store.database().connection());
        QCOMPARE(settings.currentPreset()->builtinId, StatusPreset::defaultId());
        QVERIFY(!settings.currentPreset()->appliedAt.isValid());
        QVERIFY(settings.presetHistory()->isEmpty());
        QVERIFY(settings.limits()->isEmpty());
        QCOMPARE(*settings.inactiveCampaigns(), StoreSettings::kDefaultInactiveCampaigns);
        QVERIFY(!settings.undoPreset()); // nothing to undo
        QVERIFY(!settings.errorString().isEmpty());
    }

    void limitsReachEveryCampaignAndPerCampaignWins() {
        QTemporaryDir dir;
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        for (const QString& folder : writeSeries(dir.filePath(QStringLiteral("f"))))
            QVERIFY(store.import({folder}).fatalError.isEmpty());
        QCOMPARE(store.report(QStringLiteral("C1")).totals.inProgress, 1);
        QCOMPARE(store.report(QStringLiteral("C2")).totals.inProgress, 1);

        StoreSettings settings(store.database().connection());
        // One attempt is the limit: the deferred message is given up, a soft bounce.
        QVERIFY(settings.setLimits({0, 1}));
        QCOMPARE(store.campaign(QStringLiteral("C1")).maxAttempts, 1);
        QCOMPARE(store.campaign(QStringLiteral("C1")).ownMaxAttempts, 4);
        QCOMPARE(store.report(QStringLiteral("C1")).totals.inProgress, 0);
        QCOMPARE(store.report(QStringLiteral("C1")).totals.soft, 1);
        QCOMPARE(store.report(QStringLiteral("C2")).totals.soft, 1);

        // C2's own override wins over the store-wide one.
        const qint64 c2 = store.campaign(QStringLiteral("C2")).id;
        QVERIFY(settings.setCampaignLimits(c2, {0, 10}));
        QCOMPARE(store.report(QStringLiteral("C2")).totals.inProgress, 1);
        QCOMPARE(store.report(QStringLiteral("C1")).totals.soft, 1);
        QCOMPARE(settings.campaignLimits(c2)->maxAttempts, 10);

        // The status policy reads the same outcomes: p ended soft in C1, is still being
        // retried in C2.
        QString error;
        StatusEngine engine(*StatusPreset::load(QStringLiteral("response-page"), error));
        StatusStore statuses(store.database().connection());
        QVERIFY(statuses.evaluate(engine));
        QCOMPARE(engine.statusOf(QStringLiteral("p@example.net"))->soft, 1);

        QVERIFY(settings.setCampaignLimits(c2, {}));
        QVERIFY(settings.setLimits({}));
        QCOMPARE(store.report(QStringLiteral("C1")).totals.inProgress, 1);
        QCOMPARE(store.campaign(QStringLiteral("C2")).maxAttempts, 4);
    }

    void presetApplyAndUndoRoundTrip() {
        QTemporaryDir dir;
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        for (const QString& folder : writeSeries(dir.filePath(QStringLiteral("f"))))
            QVERIFY(store.import({folder}).fatalError.isEmpty());
        Database& db = store.database();
        StoreSettings settings(db.connection());
        // h bounced hard once, at a provider that is not a major one.
        QCOMPARE(statusUnderStorePreset(db, QStringLiteral("h@example.net")),
                 QStringLiteral("error"));
        QVERIFY(settings.applyPreset({QStringLiteral("mailworx"), {}, {}}));
        QCOMPARE(statusUnderStorePreset(db, QStringLiteral("h@example.net")),
                 QStringLiteral("active"));

        // A custom preset is kept as its text: the file may go away.
        QFile builtin(QStringLiteral(":/policy/response-page.json"));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        const QString path = dir.filePath(QStringLiteral("strict.json"));
        QFile custom(path);
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write(builtin.readAll().replace("\"response-page\"", "\"strict\""));
        custom.close();
        QString error;
        const auto choice = PresetChoice::fromArgument(path, error);
        QVERIFY2(choice, qPrintable(error));
        QVERIFY(choice->isCustom());
        QVERIFY(settings.applyPreset(*choice));
        QVERIFY(QFile::remove(path));
        QCOMPARE(settings.currentPreset()->label(), QStringLiteral("custom (strict)"));
        QCOMPARE(statusUnderStorePreset(db, QStringLiteral("h@example.net")),
                 QStringLiteral("error"));
        QCOMPARE(settings.presetHistory()->size(), 2);

        QVERIFY(settings.undoPreset());
        QCOMPARE(settings.currentPreset()->builtinId, QStringLiteral("mailworx"));
        QCOMPARE(statusUnderStorePreset(db, QStringLiteral("h@example.net")),
                 QStringLiteral("active"));
        QVERIFY(settings.undoPreset());
        QCOMPARE(settings.currentPreset()->builtinId, StatusPreset::defaultId());
        QCOMPARE(statusUnderStorePreset(db, QStringLiteral("h@example.net")),
                 QStringLiteral("error"));
        QVERIFY(!settings.undoPreset());
    }

    void invalidCustomPresetIsRefusedBeforeStoring() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\": \"bad\"}");
        file.close();
        QString error;
        QVERIFY(!PresetChoice::fromArgument(path, error));
        QVERIFY2(error.contains(QStringLiteral("bad.json")), qPrintable(error));
    }

    // A store of the schema before the settings step (with its data) is upgraded on open:
    // the new tables appear empty, and every figure is what it was.
    void migratesAStoreWithoutSettings() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        qint64 softBefore = -1, inProgressBefore = -1;
        {
            TestStore store(path);
            for (const QString& folder : writeSeries(dir.filePath(QStringLiteral("f"))))
                QVERIFY(store.import({folder}).fatalError.isEmpty());
            const CampaignReport report = store.report(QStringLiteral("C1"));
            softBefore = report.totals.soft;
            inProgressBefore = report.totals.inProgress;
            // Back to the previous version: what a store of the last release looks like.
            // Back to the version before the settings step (7), without the later step too.
            QSqlQuery q(store.database().connection());
            QVERIFY(dropAddressIds(store.database().connection()));
            for (const char* table : {"store_settings", "campaign_limits", "preset_history"})
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=6")));
        }
        TestStore store(path);
        QCOMPARE(store.database().schemaVersion(), Database::latestSchemaVersion());
        StoreSettings settings(store.database().connection());
        QVERIFY(settings.limits());
        QVERIFY(settings.limits()->isEmpty());
        QCOMPARE(settings.currentPreset()->builtinId, StatusPreset::defaultId());
        const CampaignReport report = store.report(QStringLiteral("C1"));
        QCOMPARE(report.totals.soft, softBefore);
        QCOMPARE(report.totals.inProgress, inProgressBefore);
        QVERIFY(settings.setLimits({12, 0}));
        QCOMPARE(store.campaign(QStringLiteral("C1")).retryWindowHours, 12.0);
    }
};

QTEST_GUILESS_MAIN(TestStoreSettings)
#include "tst_StoreSettings.moc"
