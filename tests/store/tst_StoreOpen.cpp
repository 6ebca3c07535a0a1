// Store::open: a file path or sqlite: location opens the SQLite store, a postgresql://
// location says this build has no such backend, any other scheme is refused; and what
// the importer writes through the interfaces, the report reads back through them.
#include "LogBuilder.h"
#include "import/CampaignImporter.h"
#include "store/ReportSource.h"
#include "store/SettingsSource.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace deliverboard;

class tst_StoreOpen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filePathOpensSqlite();
    void sqliteLocations_data();
    void sqliteLocations();
    void plainNamesStayFileNames();
    void refusedLocations_data();
    void refusedLocations();
    void importAndReportThroughTheInterfaces();
};

void tst_StoreOpen::filePathOpensSqlite() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString error;
    const std::unique_ptr<Store> store = Store::open(path, Store::Mode::ReadWrite, error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isOpen());
    QCOMPARE(store->location(), path);
    QVERIFY(QFileInfo::exists(path)); // created, schema and all
    const auto reports = store->reportSource();
    QVERIFY(reports->campaigns().isEmpty());
    QCOMPARE(reports->errorString(), QString());

    // A read-only open of a store that is not there fails and creates nothing.
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    QVERIFY(!Store::open(missing, Store::Mode::ReadOnly, error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));
}

void tst_StoreOpen::sqliteLocations_data() {
    QTest::addColumn<QString>("name");   // the file, in a temporary folder
    QTest::addColumn<QString>("prefix"); // what the location puts before its absolute path
    QTest::newRow("sqlite:path") << QStringLiteral("store.sqlite") << QStringLiteral("sqlite:");
    QTest::newRow("sqlite:// URL") << QStringLiteral("store.sqlite") << QStringLiteral("sqlite://");
    QTest::newRow("sqlite:// URL, encoded space")
        << QStringLiteral("my store.sqlite") << QStringLiteral("sqlite://");
}

// The same store by path and by sqlite: location: a setting written through one is read
// through the other.
void tst_StoreOpen::sqliteLocations() {
    QFETCH(QString, name);
    QFETCH(QString, prefix);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    // The URL form percent-encodes the path (a space as %20).
    const QString location = prefix.endsWith(QLatin1String("//"))
                                 ? prefix + QUrl::fromLocalFile(path).path(QUrl::FullyEncoded)
                                 : prefix + path;
    QString error;
    const std::optional<StoreLocation> parsed = StoreLocation::parse(location, error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->backend, StoreLocation::Backend::Sqlite);
    QCOMPARE(parsed->path, path);
    QVERIFY(!parsed->exists());
    {
        const std::unique_ptr<Store> store = Store::open(location, Store::Mode::ReadWrite, error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->settingsSource()->setInactiveDays(42));
    }
    QVERIFY(parsed->exists());
    const std::unique_ptr<Store> byPath = Store::open(path, Store::Mode::ReadOnly, error);
    QVERIFY2(byPath, qPrintable(error));
    QCOMPARE(byPath->settingsSource()->inactiveDays().value_or(-1), 42);
}

// Every name that was a file name before still is one: no scheme is guessed from a colon.
void tst_StoreOpen::plainNamesStayFileNames() {
    for (const QString& name :
         {QStringLiteral("notes:2026.sqlite"), QStringLiteral("/var/lib/db/postgresql.sqlite"),
          QStringLiteral(":memory:"), QStringLiteral("c:store.sqlite")}) {
        QString error;
        const std::optional<StoreLocation> parsed = StoreLocation::parse(name, error);
        QVERIFY2(parsed, qPrintable(name + QStringLiteral(": ") + error));
        QCOMPARE(parsed->backend, StoreLocation::Backend::Sqlite);
        QCOMPARE(parsed->path, name);
    }
    QString error;
    const std::unique_ptr<Store> memory =
        Store::open(QStringLiteral(":memory:"), Store::Mode::ReadWrite, error);
    QVERIFY2(memory, qPrintable(error));
    QVERIFY(memory->reportSource()->campaigns().isEmpty());
}

void tst_StoreOpen::refusedLocations_data() {
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("error");
    const QString noPostgres = QStringLiteral("this build has no PostgreSQL backend");
    QTest::newRow("postgresql://")
        << QStringLiteral("postgresql://deliverboard@db.example.net/mail") << noPostgres;
    QTest::newRow("postgres://") << QStringLiteral("postgres://localhost/mail") << noPostgres;
    QTest::newRow("PostgreSQL, any case")
        << QStringLiteral("PostgreSQL://localhost/mail") << noPostgres;
    QTest::newRow("unknown scheme")
        << QStringLiteral("mysql://localhost/mail")
        << QStringLiteral("unknown kind of store location \"mysql:\" (use a file path or "
                          "sqlite:<path>)");
    QTest::newRow("sqlite on a host")
        << QStringLiteral("sqlite://fileserver/store.sqlite")
        << QStringLiteral("an SQLite store is a file on this machine: sqlite:/path/to/store.db");
    QTest::newRow("sqlite without a path")
        << QStringLiteral("sqlite:")
        << QStringLiteral("an SQLite store is a file on this machine: sqlite:/path/to/store.db");
}

void tst_StoreOpen::refusedLocations() {
    QFETCH(QString, location);
    QFETCH(QString, error);
    QString parseError;
    QVERIFY(!StoreLocation::parse(location, parseError));
    QCOMPARE(parseError, error);
    for (const Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        QString openError;
        QVERIFY(!Store::open(location, mode, openError));
        QCOMPARE(openError, error);
    }
}

// The importer writes through ImportSink, the report reads through ReportSource, both from
// a Store opened by location: the figures arrive.
void tst_StoreOpen::importAndReportThroughTheInterfaces() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("campaign"));
    const QString sender = QStringLiteral("news@example.org");
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                  LogBuilder::campaignJson(sender)));
    LogBuilder log;
    log.queued(QStringLiteral("4F9D21C0A1"), sender, 2);
    log.sent(QStringLiteral("4F9D21C0A1"), QStringLiteral("ann@example.net"));
    log.result(QStringLiteral("4F9D21C0A1"), QStringLiteral("bob@example.net"),
               QStringLiteral("mx.example.net[192.0.2.10]:25"), QStringLiteral("5.1.1"),
               QStringLiteral("bounced"),
               QStringLiteral("host mx.example.net[192.0.2.10] said: 550 5.1.1 <bob@example.net>: "
                              "Recipient address rejected: User unknown (in reply to RCPT TO "
                              "command)"));
    log.removed(QStringLiteral("4F9D21C0A1"));
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/mail.log"), log.text()));

    const QString location = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("s.sqlite"));
    QString error;
    {
        const std::unique_ptr<Store> store = Store::open(location, Store::Mode::ReadWrite, error);
        QVERIFY2(store, qPrintable(error));
        const ImportSummary summary = CampaignImporter(*store).importFolder(folder, {});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    }
    const std::unique_ptr<Store> store = Store::open(location, Store::Mode::ReadOnly, error);
    QVERIFY2(store, qPrintable(error));
    const std::unique_ptr<ReportSource> reports = store->reportSource();
    const QList<CampaignInfo> campaigns = reports->campaigns();
    QCOMPARE(campaigns.size(), 1);
    CampaignReport report;
    QVERIFY2(reports->report(campaigns.first(), reports->defaultPolicy(campaigns.first()), report),
             qPrintable(reports->errorString()));
    QCOMPARE(report.totals.sent, qint64(2));
    QCOMPARE(report.totals.delivered, qint64(1));
    QCOMPARE(report.totals.hard, qint64(1));
}

QTEST_GUILESS_MAIN(tst_StoreOpen)
#include "tst_StoreOpen.moc"
