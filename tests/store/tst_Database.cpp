// The store: migrations to the latest schema, WAL, foreign keys, and the indexes the
// report and drill-down queries rely on (checked with EXPLAIN QUERY PLAN).
#include "store/sqlite/Database.h"
#include "store/sqlite/Migrations.h"
#include "store/sqlite/ReportQueries.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {
QString queryPlan(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("error");
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(QStringLiteral(" | "));
}

QString scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    q.next();
    return q.value(0).toString();
}
} // namespace

// A store as schema version 1 left it, with one campaign "from v1" in it.
bool writeVersion1Store(const QString& path)
{
    bool ok = true;
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        ok = old.open();
        for (const QString& statement : migrationSteps().front())
            ok = ok && execSql(old, statement);
        ok = ok && execSql(old, QStringLiteral("PRAGMA user_version=1")) &&
             execSql(old, QStringLiteral("INSERT INTO campaigns (name) VALUES ('from v1')"));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsTheLatestSchemaWithWal()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("s.sqlite"))), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    }

    // Large sorts spill to files, not to memory that grows with the campaign (at 10M
    // recipients one GROUP BY held 918 MB in memory): 1 is FILE, for both kinds of open.
    void sortsSpillToTemporaryFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA temp_store")), QStringLiteral("1"));
        }
        Database db;
        QVERIFY(db.open(path, Database::Mode::ReadOnly));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA temp_store")), QStringLiteral("1"));
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(execSql(db.connection(), QStringLiteral("INSERT INTO campaigns (name) VALUES ('kept')")));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM campaigns")), QStringLiteral("kept"));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void migratesAnOlderStoreStepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(writeVersion1Store(path));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM campaigns")), QStringLiteral("from v1"));
        QVERIFY(execSql(db.connection(), QStringLiteral("INSERT INTO events (campaign_id, email, event) VALUES (1, 'a@b', 'open')")));
    }

    // A store of the last release is reported on by this one: a read-only open upgrades it
    // where it can be written, and says why not where it cannot.
    void readOnlyOpenUpgradesAnOlderStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(writeVersion1Store(path));
        {
            // Read-only file and folder: nothing can be written, so the open says why.
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));
            Database db;
            const bool opened = db.open(path, Database::Mode::ReadOnly);
            if (QFileInfo(path).isWritable()) // root ignores permission bits
                QVERIFY(opened);
            else
                QVERIFY(!opened && db.errorString().contains(QStringLiteral("older schema")));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser));
        Database db;
        QVERIFY2(db.open(path, Database::Mode::ReadOnly), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM campaigns")), QStringLiteral("from v1"));
    }

    void refusesAStoreFromTheFuture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(execSql(db.connection(), QStringLiteral("PRAGMA user_version=999")));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(db.errorString().contains(QStringLiteral("newer")));
    }

    void removingACampaignRemovesEverythingOfIt()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        auto c = db.connection();
        QVERIFY(execSql(c, QStringLiteral("INSERT INTO campaigns (id, name) VALUES (1, 'a')")));
        QVERIFY(execSql(c, QStringLiteral("INSERT INTO messages (id, campaign_id, queue_key, queue_id) VALUES (1, 1, 'k', 'q')")));
        QVERIFY(execSql(c, QStringLiteral("INSERT INTO deliveries (id, campaign_id, message_id, recipient, domain) VALUES (1, 1, 1, 'a@b', 'b')")));
        QVERIFY(execSql(c, QStringLiteral("INSERT INTO attempts (delivery_id, at, status, network) VALUES (1, 0, 'sent', 1)")));
        QVERIFY(ReportQueries(c).removeCampaign(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM attempts")), QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM deliveries")), QStringLiteral("0"));
    }

    void queriesUseIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        OutcomePolicy policy;
        policy.asOf = QDateTime::currentDateTimeUtc();
        const QString outcome = ReportQueries::outcomeExpression(policy);
        QTest::newRow("report, one pass") << QStringLiteral("SELECT d.isp, %1 AS o, COALESCE(d.code, ''), COALESCE(d.enhanced, ''), COALESCE(d.reason, ''), COALESCE(d.stage, 'unknown'), COUNT(*) FROM deliveries d WHERE d.campaign_id = 1 GROUP BY 1, 2, 3, 4, 5, 6").arg(outcome)
                                          << "COVERING INDEX deliveries_report";
        QTest::newRow("outcome filter count") << QStringLiteral("SELECT COUNT(*) FROM deliveries d WHERE d.campaign_id = 1 AND %1 = 'hard'").arg(outcome)
                                              << "COVERING INDEX deliveries_report";
        QTest::newRow("drill-down by ISP") << QStringLiteral("SELECT d.id FROM deliveries d WHERE d.campaign_id = 1 AND d.isp = 'google' ORDER BY d.recipient LIMIT 100")
                                           << "deliveries_campaign_isp";
        QTest::newRow("drill-down sorted by address") << QStringLiteral("SELECT d.id FROM deliveries d WHERE d.campaign_id = 1 ORDER BY d.recipient LIMIT 100")
                                                      << "deliveries_campaign_recipient";
        QTest::newRow("timeline from the index") << QStringLiteral("SELECT (a.at / 60000) AS bucket, SUM(a.status = 'sent'), SUM(a.status = 'deferred' AND a.network = 1) FROM attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.campaign_id = 1 AND a.at <= 5 GROUP BY bucket")
                                                 << "COVERING INDEX attempts_delivery";
        QTest::newRow("drill-down sorted by attempts") << QStringLiteral("SELECT d.id FROM deliveries d WHERE d.campaign_id = 1 ORDER BY d.attempts DESC LIMIT 300")
                                                       << "deliveries_campaign_attempts";
        QTest::newRow("attempt history") << QStringLiteral("SELECT * FROM attempts WHERE delivery_id = 5 ORDER BY at")
                                         << "attempts_delivery";
        QTest::newRow("open queue entries on resume") << QStringLiteral("SELECT id FROM messages WHERE campaign_id = 1 AND closed = 0")
                                                      << "messages_open";
        QTest::newRow("not attempted audience") << QStringLiteral("SELECT 1 FROM deliveries d WHERE d.campaign_id = 1 AND d.recipient = 'x@y'")
                                                << "deliveries_campaign_recipient";
    }

    void queriesUseIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        const QString plan = queryPlan(db, sql);
        QVERIFY2(plan.contains(index), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_Database.moc"
