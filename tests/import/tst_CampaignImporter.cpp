// Importing folders: idempotent re-import, grown logs, rotation and compression, queue
// ids spanning files, sender filter, and bad input that must never lose data.
#include "LogBuilder.h"
#include "TestStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace deliverboard;

namespace {
const QString kSender = QStringLiteral("news@example.org");
const QString kCampaign = QStringLiteral("Test Campaign");

qint64 countRows(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.next();
    return q.value(0).toLongLong();
}

bool writeGzip(const QString& path, const QByteArray& data)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!gz)
        return false;
    gzwrite(gz, data.constData(), static_cast<unsigned>(data.size()));
    return gzclose(gz) == Z_OK;
}

// n messages, each one recipient delivered at once.
void addDeliveredMessages(LogBuilder& log, int first, int count)
{
    for (int i = first; i < first + count; ++i) {
        const QString qid = QStringLiteral("C%1").arg(i, 9, 10, QLatin1Char('0'));
        log.queued(qid, kSender);
        log.sent(qid, QStringLiteral("user%1@example.net").arg(i));
        log.removed(qid);
        log.advanceMinutes(0.5);
    }
}
} // namespace

class TestCampaignImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reimportChangesNothing()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        LogBuilder log;
        addDeliveredMessages(log, 0, 30);
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary first = store.import({folder});
        QCOMPARE(first.filesRead, 1);
        QCOMPARE(first.attemptsAdded, qint64(30));
        const ImportSummary second = store.import({folder});
        QCOMPARE(second.filesRead, 0);
        QCOMPARE(second.filesUnchanged, 1);
        QCOMPARE(second.attemptsAdded, qint64(0));
        QCOMPARE(countRows(store.database(), QStringLiteral("attempts")), qint64(30));
        QCOMPARE(countRows(store.database(), QStringLiteral("campaigns")), qint64(1));
        QCOMPARE(store.report(kCampaign).totals.delivered, qint64(30));
    }

    void grownLogAddsOnlyNewLinesAndFinishesOpenMessages()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        const QString path = folder + QStringLiteral("/maillog");
        LogBuilder log;
        addDeliveredMessages(log, 0, 10);
        // A message deferred in the first part, delivered in the part that comes later.
        log.queued(QStringLiteral("D000000001"), kSender);
        log.said(QStringLiteral("D000000001"), QStringLiteral("later@example.net"), QStringLiteral("deferred"),
                 QStringLiteral("4.2.2"), QStringLiteral("452 4.2.2 Mailbox full"));
        QVERIFY(LogBuilder::writeFile(path, log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        store.import({folder});
        QCOMPARE(store.outcomes(kCampaign).value(QStringLiteral("later@example.net")), QStringLiteral("in_progress"));

        log.clear();
        log.advanceMinutes(30);
        log.sent(QStringLiteral("D000000001"), QStringLiteral("later@example.net"));
        log.removed(QStringLiteral("D000000001"));
        addDeliveredMessages(log, 100, 5);
        QVERIFY(LogBuilder::writeFile(path, log.text(), true));
        const ImportSummary grown = store.import({folder});
        QCOMPARE(grown.filesRead, 1);
        QCOMPARE(grown.attemptsAdded, qint64(6));
        QCOMPARE(countRows(store.database(), QStringLiteral("attempts")), qint64(10 + 1 + 6));
        const auto outcomes = store.outcomes(kCampaign);
        QCOMPARE(outcomes.value(QStringLiteral("later@example.net")), QStringLiteral("delivered"));
        QCOMPARE(outcomes.size(), 16);
    }

    void rotationAndCompressionAreRecognised()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        LogBuilder log;
        addDeliveredMessages(log, 0, 20);
        log.queued(QStringLiteral("E000000001"), kSender);
        log.said(QStringLiteral("E000000001"), QStringLiteral("spans@example.net"), QStringLiteral("deferred"),
                 QStringLiteral("4.2.2"), QStringLiteral("452 4.2.2 Mailbox full"));
        const QByteArray oldPart = log.text();
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), oldPart));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        store.import({folder});

        // logrotate: the old file is compressed to maillog.1.gz, a new maillog starts; the
        // deferred message finishes in the new file.
        QVERIFY(QFile::remove(folder + QStringLiteral("/maillog")));
        QVERIFY(writeGzip(folder + QStringLiteral("/maillog.1.gz"), oldPart));
        log.clear();
        log.advanceMinutes(15);
        log.sent(QStringLiteral("E000000001"), QStringLiteral("spans@example.net"));
        log.removed(QStringLiteral("E000000001"));
        addDeliveredMessages(log, 50, 3);
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        const ImportSummary after = store.import({folder});
        QVERIFY2(after.problems.isEmpty(), qPrintable(after.problems.value(0).message));
        QCOMPARE(after.attemptsAdded, qint64(4));
        const CampaignReport report = store.report(kCampaign);
        QCOMPARE(report.totals.sent, qint64(24));
        QCOMPARE(report.totals.delivered, qint64(24));
    }

    void truncatedLogIsReadAsNewContent()
    {
        // copytruncate rotation: the file is emptied in place and written anew; what was
        // imported from it before stays.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        const QString path = folder + QStringLiteral("/maillog");
        LogBuilder log;
        addDeliveredMessages(log, 0, 8);
        QVERIFY(LogBuilder::writeFile(path, log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        store.import({folder});
        log.clear();
        log.advanceMinutes(60);
        addDeliveredMessages(log, 500, 2);
        QVERIFY(LogBuilder::writeFile(path, log.text()));
        const ImportSummary after = store.import({folder});
        QCOMPARE(after.attemptsAdded, qint64(2));
        QCOMPARE(store.report(kCampaign).totals.delivered, qint64(10));
    }

    void senderFilterAndNullSender()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        LogBuilder log;
        addDeliveredMessages(log, 0, 3);
        log.queued(QStringLiteral("F000000001"), QStringLiteral("other@example.org"));
        log.sent(QStringLiteral("F000000001"), QStringLiteral("someone@example.net"));
        log.queued(QStringLiteral("F000000002"), QString()); // a bounce notification, from=<>
        log.sent(QStringLiteral("F000000002"), QStringLiteral("news@example.org"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QCOMPARE(store.report(kCampaign).totals.sent, qint64(3));
        QVERIFY(summary.linesSkipped >= 6);

        // Without a sender in campaign.json every sender counts, but never bounce messages.
        QTemporaryDir dir2;
        const QString open = dir2.filePath(QStringLiteral("all"));
        QVERIFY(LogBuilder::writeFile(open + QStringLiteral("/maillog"), log.text()));
        TestStore store2(dir2.filePath(QStringLiteral("s.sqlite")));
        store2.import({open});
        QCOMPARE(store2.report(QStringLiteral("all")).totals.sent, qint64(4));
    }

    void badInputIsReportedAndTheRestImported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        LogBuilder log;
        addDeliveredMessages(log, 0, 5);
        log.rawLine(QStringLiteral("this line is not syslog"));
        addDeliveredMessages(log, 10, 5);
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        // A file named like a log that is not one.
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/mail.log.2"), "hello\nworld\n"));
        // Binary garbage.
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 7919) & 0xff);
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/garbage.log"), garbage));
        // A truncated .gz whose first half holds good lines.
        LogBuilder older(QDateTime(QDate(2026, 3, 13), QTime(9, 0), Qt::UTC));
        addDeliveredMessages(older, 1000, 2000);
        const QString fullGz = dir.filePath(QStringLiteral("full.gz"));
        QVERIFY(writeGzip(fullGz, older.text()));
        QFile gz(fullGz);
        QVERIFY(gz.open(QIODevice::ReadOnly));
        const QByteArray compressed = gz.readAll();
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog.1.gz"), compressed.left(compressed.size() / 2)));
        // A 100 MB single line.
        {
            QFile huge(folder + QStringLiteral("/maillog.huge"));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            huge.write("Mar 14 09:00:00 mail postfix/smtp[1]: ");
            const QByteArray chunk(1 << 20, 'x');
            for (int i = 0; i < 100; ++i)
                huge.write(chunk);
            huge.write("\n");
        }
        // An unreadable file (only meaningful when not running as root).
        const QString locked = folder + QStringLiteral("/maillog.locked");
        QVERIFY(LogBuilder::writeFile(locked, log.text()));
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        const bool canReadLocked = QFile(locked).open(QIODevice::ReadOnly);

        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY(summary.fatalError.isEmpty());
        auto problemAbout = [&](const QString& file, const QString& words) {
            for (const ImportProblem& p : summary.problems)
                if (p.path.endsWith(file) && p.message.contains(words))
                    return p;
            return ImportProblem{};
        };
        const ImportProblem notSyslog = problemAbout(QStringLiteral("/maillog"), QStringLiteral("not a syslog line"));
        QCOMPARE(notSyslog.line, qint64(5 * 5 + 1));
        QVERIFY(!problemAbout(QStringLiteral("mail.log.2"), QStringLiteral("no Postfix")).message.isEmpty());
        QVERIFY(!problemAbout(QStringLiteral("garbage.log"), QStringLiteral("binary")).message.isEmpty());
        const ImportProblem truncated = problemAbout(QStringLiteral("maillog.1.gz"), QStringLiteral("truncated"));
        QVERIFY2(!truncated.message.isEmpty(), "a cut-off .gz must be named");
        QVERIFY(truncated.line > 1);
        const ImportProblem huge = problemAbout(QStringLiteral("maillog.huge"), QStringLiteral("longer than"));
        QCOMPARE(huge.line, qint64(1));
        if (!canReadLocked)
            QVERIFY(!problemAbout(QStringLiteral("maillog.locked"), QStringLiteral("cannot read")).message.isEmpty());

        // Everything readable was imported: the 10 messages of maillog and the good part of
        // the truncated archive.
        const CampaignReport report = store.report(QStringLiteral("c"));
        QVERIFY(report.totals.delivered > 10 + 100);
        QVERIFY(report.totals.delivered < 10 + 2000 + (canReadLocked ? 10 : 0));
        // The problems are kept in the store for the GUI's problem panel.
        QVERIFY(countRows(store.database(), QStringLiteral("import_problems")) >= 5);
    }

    void cancelKeepsTheStoreConsistent()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        LogBuilder log;
        addDeliveredMessages(log, 0, CampaignImporter::batchLines() / 3 + 500); // > one batch
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        std::atomic_bool cancel{false};
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](const ImportProgress& p) {
            if (p.linesDone > CampaignImporter::batchLines())
                cancel = true;
        };
        CampaignImporter importer(store.database());
        const ImportSummary cancelled = importer.importPaths({folder}, options);
        QVERIFY(cancelled.cancelled);
        const qint64 partial = countRows(store.database(), QStringLiteral("attempts"));
        QVERIFY(partial > 0);
        QVERIFY(partial < CampaignImporter::batchLines() / 3 + 500);

        const ImportSummary resumed = store.import({folder});
        QVERIFY(!resumed.cancelled);
        QCOMPARE(countRows(store.database(), QStringLiteral("attempts")), qint64(CampaignImporter::batchLines() / 3 + 500));
        QCOMPARE(store.report(kCampaign).totals.delivered, qint64(CampaignImporter::batchLines() / 3 + 500));
    }
};

QTEST_GUILESS_MAIN(TestCampaignImporter)
#include "tst_CampaignImporter.moc"
