// kill -9 during an import (issue 11): at any moment the store stays intact (SQLite's
// integrity check passes), and importing again completes it to exactly what one clean
// import gives. The kill points are times after the start; whichever batch, file or
// returned mail the import is at then, the assertions must hold, so the timing of a
// loaded machine can change where it is killed but not the outcome.
#include "CliRunner.h"
#include "LogBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

namespace {
const QString kSender = QStringLiteral("news@example.org");

// Three rotated logs, 24k recipients (24k lines per file: two 20k-line batches each),
// returned mail for some of them.
QString buildCampaign(const QString& root) {
    const QString folder = root + QStringLiteral("/campaign");
    LogBuilder log;
    for (int part = 0; part < 3; ++part) {
        log.clear();
        for (int i = part * 8000; i < (part + 1) * 8000; ++i) {
            const QString qid = QStringLiteral("B%1").arg(i, 9, 10, QLatin1Char('0'));
            log.queued(qid, kSender);
            if (i % 7 == 0)
                log.said(qid, QStringLiteral("user%1@example.net").arg(i),
                         QStringLiteral("bounced"), QStringLiteral("5.1.1"),
                         QStringLiteral("550 5.1.1 User unknown"));
            else
                log.sent(qid, QStringLiteral("user%1@example.net").arg(i));
            log.removed(qid);
            log.advanceMinutes(0.01);
        }
        LogBuilder::writeFile(folder + QStringLiteral("/maillog.%1").arg(2 - part), log.text());
    }
    LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                          LogBuilder::campaignJson(kSender));
    QByteArray box;
    for (int i = 1; i < 3000; i += 7)
        box +=
            QStringLiteral(
                "From MAILER-DAEMON Sun Mar 15 10:00:00 2026\nFrom: MAILER-DAEMON@mx.example.net\n"
                "To: news@example.org\nSubject: Undelivered Mail Returned to Sender\n"
                "Date: Sun, 15 Mar 2026 10:00:00 +0000\n\nThe following address failed:\n\n"
                "  user%1@example.net\n    550 5.1.1 User unknown\n\n")
                .arg(i)
                .toUtf8();
    LogBuilder::writeFile(folder + QStringLiteral("/bounces/returned.mbox"), box);
    return folder;
}

QString integrity(const QString& path) {
    const QString name = QStringLiteral("integrity-") + path;
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                         ? q.value(0).toString()
                         : QStringLiteral("query failed");
        } else {
            result = QStringLiteral("cannot open");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray figures(const QString& db) {
    const CliRun report =
        runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    const CliRun messages =
        runCli({QStringLiteral("messages"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    return report.out + messages.out;
}
} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killNineLeavesAnIntactStore() {
        QTemporaryDir dir;
        const QString folder = buildCampaign(dir.path());
        const QString clean = dir.filePath(QStringLiteral("clean.sqlite"));
        QCOMPARE(runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), clean}).exitCode,
                 0);
        const QByteArray expected = figures(clean);
        QVERIFY2(expected.contains("\"sent\": 24000"), expected.left(600).constData());

        int killed = 0;
        for (const int afterMs : {30, 120, 300, 600, 1000, 1800}) {
            const QString db = dir.filePath(QStringLiteral("killed-%1.sqlite").arg(afterMs));
            QProcess process;
            process.start(testpaths::binary(QStringLiteral("deliverboard-cli")),
                          {QStringLiteral("import"), folder, QStringLiteral("--db"), db});
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(afterMs)) {
                ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
                ++killed;
            }
            process.waitForFinished();
            if (QFile::exists(db))
                QCOMPARE(integrity(db), QStringLiteral("ok"));
            QCOMPARE(
                runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), db}).exitCode, 0);
            QCOMPARE(integrity(db), QStringLiteral("ok"));
            QCOMPARE(figures(db), expected);
        }
        qInfo("killed %d of 6 imports before they finished", killed);
        QVERIFY(killed > 0); // at least the 30 ms point interrupts a 24k-recipient import
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_CrashSafety.moc"
