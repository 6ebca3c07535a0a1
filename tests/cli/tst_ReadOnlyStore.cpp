// A store that its reader cannot write (a colleague's, a mounted share, a read-only folder)
// is reported on, and an older one says why it cannot be upgraded there. Tests run as root
// in CI, and root ignores permission bits, so the CLI is run as the unprivileged user
// nobody (setpriv, util-linux) against a store in a folder only root may write.
#include "CliRunner.h"
#include "LogBuilder.h"
#include "StoreDowngrade.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

constexpr QFileDevice::Permissions kReadAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                   QFileDevice::ReadOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kReadOnly =
    QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// Runs deliverboard-cli as nobody (uid and gid 65534, no supplementary groups).
CliRun runCliAsNobody(const QStringList& args) {
    QStringList command{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                        QStringLiteral("--clear-groups"),
                        testpaths::binary(QStringLiteral("deliverboard-cli"))};
    return runProgram(QStandardPaths::findExecutable(QStringLiteral("setpriv")), command + args);
}

} // namespace

class tst_ReadOnlyStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reportOnAStoreNobodyMayWrite();
    void olderStoreThatCannotBeWrittenSaysWhy();

private:
    QString importedStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void tst_ReadOnlyStore::init() {
    if (::geteuid() != 0)
        QSKIP("needs root to run the CLI as another user");
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    // nobody must reach the binary: every folder above it has to be enterable by others.
    for (QDir dir(QFileInfo(testpaths::binary(QStringLiteral("deliverboard-cli"))).absolutePath());
         !dir.isRoot(); dir.cdUp()) {
        if (!(QFileInfo(dir.path()).permissions() & QFileDevice::ExeOther))
            QSKIP(qPrintable(dir.path() + QStringLiteral(" is not enterable by other users")));
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ro-store-XXXXXX"));
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::setPermissions(m_dir->path(), kReadAndEnter | QFileDevice::WriteOwner));
    m_folder = m_dir->filePath(QStringLiteral("campaign"));
    LogBuilder log;
    const QString sender = QStringLiteral("news@shop.example");
    log.queued(QStringLiteral("A1B2C3D4E5"), sender);
    log.sent(QStringLiteral("A1B2C3D4E5"), QStringLiteral("a@example.org"));
    log.removed(QStringLiteral("A1B2C3D4E5"));
    log.queued(QStringLiteral("B1B2C3D4E5"), sender);
    log.said(QStringLiteral("B1B2C3D4E5"), QStringLiteral("b@example.org"),
             QStringLiteral("bounced"), QStringLiteral("5.1.1"),
             QStringLiteral("550 5.1.1 <b@example.org>: User unknown"));
    log.removed(QStringLiteral("B1B2C3D4E5"));
    QVERIFY(LogBuilder::writeFile(m_folder + QStringLiteral("/maillog"), log.text()));
}

// Imports the campaign as root into <dir>/store/s.sqlite, then leaves folder and file
// readable but not writable by anyone but root.
QString tst_ReadOnlyStore::importedStore() {
    const QString storeDir = m_dir->filePath(QStringLiteral("store"));
    QDir().mkpath(storeDir);
    const QString store = storeDir + QStringLiteral("/s.sqlite");
    const CliRun imported = runCli({QStringLiteral("import"), m_folder, QStringLiteral("--db"),
                                    store, QStringLiteral("--campaign"), QStringLiteral("Locked")});
    if (imported.exitCode != 0)
        qWarning("import failed: %s", imported.err.constData()); // the checks below say so
    QFile::setPermissions(store, kReadOnly);
    QFile::setPermissions(storeDir, kReadAndEnter);
    return store;
}

void tst_ReadOnlyStore::reportOnAStoreNobodyMayWrite() {
    const QString store = importedStore();
    const CliRun report = runCliAsNobody({QStringLiteral("report"), QStringLiteral("--db"), store,
                                          QStringLiteral("--campaign"), QStringLiteral("Locked"),
                                          QStringLiteral("--json")});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QCOMPARE(report.json()[QStringLiteral("sent")].toInt(), 2);
    QCOMPARE(report.json()[QStringLiteral("bounced")][QStringLiteral("hard")].toInt(), 1);
    const CliRun status =
        runCliAsNobody({QStringLiteral("status"), QStringLiteral("--db"), store,
                        QStringLiteral("--address"), QStringLiteral("b@example.org")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY(status.out.contains("error"));
    // Writing is refused with a message, and the store is unchanged.
    const CliRun reactivate = runCliAsNobody(
        {QStringLiteral("status"), QStringLiteral("--db"), store, QStringLiteral("--address"),
         QStringLiteral("b@example.org"), QStringLiteral("--reactivate")});
    QCOMPARE(reactivate.exitCode, 2);
    QVERIFY(!reactivate.err.isEmpty());
    QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));
}

void tst_ReadOnlyStore::olderStoreThatCannotBeWrittenSaysWhy() {
    const QString store = importedStore();
    {
        // As root: make it a store of schema 3, the last release's (without the tables of
        // the later steps: manual actions, report summary, store settings, address ids).
        QFile::setPermissions(store, kReadOnly | QFileDevice::WriteOwner);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QVERIFY(dropAddressIds(db));
        for (const char* table :
             {"status_actions", "delivery_groups", "attempt_minutes", "campaign_figures",
              "store_settings", "campaign_limits", "preset_history"})
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QFile::setPermissions(store, kReadOnly);
    const CliRun report =
        runCliAsNobody({QStringLiteral("campaigns"), QStringLiteral("--db"), store});
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.err.contains("older schema (3)") && report.err.contains("read-only"),
             report.err.constData());
    // Whoever may write it (here root) upgrades it by simply reading it.
    const CliRun asRoot = runCli({QStringLiteral("campaigns"), QStringLiteral("--db"), store});
    QFile::setPermissions(store, kReadOnly | QFileDevice::WriteOwner);
    QVERIFY2(asRoot.exitCode == 0, asRoot.err.constData());
    QVERIFY(asRoot.out.contains("Locked"));
}

QTEST_GUILESS_MAIN(tst_ReadOnlyStore)
#include "tst_ReadOnlyStore.moc"
