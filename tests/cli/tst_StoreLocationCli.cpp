// --db takes a store location (core/store/StoreLocation.h): a file path or sqlite:<path>
// opens the SQLite store; postgresql://... says in one line that this build has no such
// backend, whatever the command, and leaves no file behind.
#include "CliRunner.h"
#include "LogBuilder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class tst_StoreLocationCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sqliteLocationIsTheSameStore();
    void postgresqlLocationSaysWhatIsMissing();
};

void tst_StoreLocationCli::sqliteLocationIsTheSameStore() {
    QTemporaryDir dir;
    const QString sender = QStringLiteral("news@example.org");
    const QString folder = dir.filePath(QStringLiteral("spring"));
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                  LogBuilder::campaignJson(sender)));
    LogBuilder log;
    log.queued(QStringLiteral("E00000001"), sender);
    log.sent(QStringLiteral("E00000001"), QStringLiteral("ann@example.net"));
    log.removed(QStringLiteral("E00000001"));
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));

    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--db"),
                                  QStringLiteral("sqlite:") + path, folder});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QVERIFY(QFileInfo::exists(path));
    // Read back by plain path: the same store.
    const CliRun campaigns = runCli(
        {QStringLiteral("campaigns"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QVERIFY2(campaigns.exitCode == 0, campaigns.err.constData());
    QCOMPARE(campaigns.json().array().size(), qsizetype(1));
    QCOMPARE(campaigns.json().array().first().toObject().value(QStringLiteral("sent")).toInt(), 1);
}

void tst_StoreLocationCli::postgresqlLocationSaysWhatIsMissing() {
    QTemporaryDir dir;
    const QString location = QStringLiteral("postgresql://deliverboard@db.example.net/mail");
    for (const QStringList& command :
         {QStringList{QStringLiteral("import"), QStringLiteral("--db"), location, dir.path()},
          QStringList{QStringLiteral("report"), QStringLiteral("--db"), location},
          QStringList{QStringLiteral("status"), QStringLiteral("--db"), location},
          QStringList{QStringLiteral("settings"), QStringLiteral("--db"), location}}) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(testpaths::binary(QStringLiteral("deliverboard-cli")), command);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
                 location + QStringLiteral(": cannot open the store: this build has no "
                                           "PostgreSQL backend\n"));
        QVERIFY(QDir(dir.path()).isEmpty()); // no file named after the location
    }
}

QTEST_GUILESS_MAIN(tst_StoreLocationCli)
#include "tst_StoreLocationCli.moc"
