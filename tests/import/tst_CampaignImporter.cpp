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
// One Postfix message to `rcpt`, delivered at the year-less syslog time `when`
// ("Jan  5 10:00:00"); lines written for these tests in the shape of real ones.
QByteArray yearlessMessage(const char* when, const QString& qid, const QString& rcpt) {
    const QString w = QString::fromLatin1(when);
    return QStringLiteral(
               "%1 mail postfix/qmgr[210]: %2: from=<news@example.org>, size=2048, nrcpt=1 (queue "
               "active)\n"
               "%1 mail postfix/smtp[211]: %2: to=<%3>, relay=mx.example.net[192.0.2.10]:25, "
               "delay=0.4, "
               "delays=0.1/0/0.2/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Xy7)\n"
               "%1 mail postfix/qmgr[210]: %2: removed\n")
        .arg(w, qid, rcpt)
        .toUtf8();
}

bool setModified(const QString& path, const QDateTime& when) {
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(when, QFileDevice::FileModificationTime);
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

    void unchangedTablesAreNotReadAgain()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        LogBuilder log;
        addDeliveredMessages(log, 0, 3);
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        const QString audience = folder + QStringLiteral("/recipients.csv");
        QVERIFY(LogBuilder::writeFile(audience, "email,status\nuser0@example.net,Active\nuser1@example.net,Active\n"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/events.csv"),
                                      "email,event,timestamp\nuser0@example.net,open,2026-03-14T10:00:00Z\n"));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary first = store.import({folder});
        QCOMPARE(first.audienceMembers, 2);
        QCOMPARE(first.engagementEvents, 1);

        // Unchanged: neither table is read again, and nothing they gave is lost.
        const ImportSummary second = store.import({folder});
        QCOMPARE(second.filesUnchanged, 3);
        QCOMPARE(second.audienceMembers, 0);
        QCOMPARE(second.engagementEvents, 0);
        QCOMPARE(countRows(store.database(), QStringLiteral("audience")), qint64(2));
        QCOMPARE(countRows(store.database(), QStringLiteral("events")), qint64(1));

        // Changed (a member added, the time moved on): read again and replaced whole.
        QVERIFY(LogBuilder::writeFile(audience, "user2@example.net,Active\n", true));
        QVERIFY(setModified(audience, QFileInfo(audience).lastModified().addSecs(5)));
        const ImportSummary third = store.import({folder});
        QCOMPARE(third.audienceMembers, 3);
        QCOMPARE(third.engagementEvents, 0);
        QCOMPARE(countRows(store.database(), QStringLiteral("audience")), qint64(3));

        // Same size, other content, same time: the stamp of the first bytes tells.
        QFile edit(audience);
        QVERIFY(edit.open(QIODevice::ReadWrite));
        const QDateTime stamp = QFileInfo(audience).lastModified();
        QByteArray text = edit.readAll();
        text.replace("user2@", "user3@");
        QVERIFY(edit.seek(0) && edit.write(text) == text.size());
        edit.close();
        QVERIFY(setModified(audience, stamp));
        QCOMPARE(store.import({folder}).audienceMembers, 3);
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audience WHERE email = 'user3@example.net'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The folder moved (a rename keeps the files' times): the tables are known by their
        // stamp, the log by its first bytes and size, and none is read again.
        const QString moved = dir.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(folder, moved));
        const ImportSummary afterMove = store.import({moved});
        QVERIFY2(afterMove.fatalError.isEmpty(), qPrintable(afterMove.fatalError));
        // The log is known by its first bytes and size, and not read either.
        QCOMPARE(afterMove.filesRead, 0);
        QCOMPARE(afterMove.attemptsAdded, qint64(0));
        QCOMPARE(afterMove.filesUnchanged, 3);
        QCOMPARE(afterMove.audienceMembers, 0);
        QCOMPARE(afterMove.engagementEvents, 0);
        QCOMPARE(countRows(store.database(), QStringLiteral("audience")), qint64(3));
        QCOMPARE(countRows(store.database(), QStringLiteral("events")), qint64(1));
        // Changed after the move: read again, and the rows are replaced, not added.
        QVERIFY(LogBuilder::writeFile(moved + QStringLiteral("/recipients.csv"),
                                      "user4@example.net,Active\n", true));
        QVERIFY(setModified(moved + QStringLiteral("/recipients.csv"), stamp.addSecs(5)));
        QCOMPARE(store.import({moved}).audienceMembers, 4);
        QCOMPARE(countRows(store.database(), QStringLiteral("audience")), qint64(4));
        // One record of each file, which followed it to its new path.
        QSqlQuery files(store.database().connection());
        QVERIFY(files.exec(QStringLiteral("SELECT path FROM source_files ORDER BY path")));
        QStringList paths;
        while (files.next())
            paths.append(files.value(0).toString());
        QCOMPARE(paths, QStringList({moved + QStringLiteral("/events.csv"),
                                     moved + QStringLiteral("/maillog"),
                                     moved + QStringLiteral("/recipients.csv")}));
    }

    // A table matched by its stamp alone must be the one whose rows the store holds: folder
    // a gave v1, folder b replaced it with v2, and folder c, a copy of a with a's times, is
    // read again (its stamp is a's, but a's rows are gone).
    void tableOfAnEarlierFolderIsReadAgainWhenAnotherReplacedIt() {
        QTemporaryDir dir;
        LogBuilder log;
        addDeliveredMessages(log, 0, 3);
        const auto makeFolder = [&](const QString& name, const QByteArray& audience) {
            const QString folder = dir.filePath(name);
            return LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()) &&
                   LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                         LogBuilder::campaignJson(kSender)) &&
                   LogBuilder::writeFile(folder + QStringLiteral("/recipients.csv"), audience);
        };
        const QByteArray v1 = "email,status\nuser0@example.net,Active\n";
        QVERIFY(makeFolder(QStringLiteral("a"), v1));
        QVERIFY(makeFolder(QStringLiteral("b"),
                           "email,status\nuser1@example.net,Active\nuser2@example.net,Active\n"));
        QVERIFY(makeFolder(QStringLiteral("c"), v1));
        const QDateTime aTime =
            QFileInfo(dir.filePath(QStringLiteral("a/recipients.csv"))).lastModified();
        QVERIFY(setModified(dir.filePath(QStringLiteral("c/recipients.csv")), aTime));

        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        QCOMPARE(store.import({dir.filePath(QStringLiteral("a"))}).audienceMembers, 1);
        QCOMPARE(store.import({dir.filePath(QStringLiteral("b"))}).audienceMembers, 2);
        QCOMPARE(store.import({dir.filePath(QStringLiteral("c"))}).audienceMembers, 1);
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT email FROM audience")));
        QStringList emails;
        while (q.next())
            emails.append(q.value(0).toString());
        QCOMPARE(emails, QStringList{QStringLiteral("user0@example.net")});
    }

    void messageWithManyRecipients()
    {
        // One message to 40 recipients (past the point where the recipients get a hash
        // index), each with its own attempts: every one is its own delivery.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        LogBuilder log;
        constexpr int kRecipients = 40;
        const QString qid = QStringLiteral("4ABCDEF123");
        log.queued(qid, kSender, kRecipients);
        for (int i = 0; i < kRecipients; ++i)
            log.said(qid, QStringLiteral("u%1@example.net").arg(i), QStringLiteral("deferred"), QStringLiteral("4.2.0"),
                     QStringLiteral("450 4.2.0 Try again later"));
        log.advanceMinutes(30);
        for (int i = 0; i < kRecipients; ++i) {
            if (i % 2 == 0)
                log.sent(qid, QStringLiteral("U%1@example.net").arg(i)); // the case is not the address
            else
                log.said(qid, QStringLiteral("u%1@example.net").arg(i), QStringLiteral("bounced"), QStringLiteral("5.1.1"),
                         QStringLiteral("550 5.1.1 No such user"));
        }
        log.removed(qid);
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(countRows(store.database(), QStringLiteral("deliveries")), qint64(kRecipients));
        QCOMPARE(countRows(store.database(), QStringLiteral("attempts")), qint64(2 * kRecipients));
        const CampaignReport report = store.report(kCampaign);
        QCOMPARE(report.totals.sent, qint64(kRecipients));
        QCOMPARE(report.totals.delivered, qint64(kRecipients / 2));
        QCOMPARE(report.totals.hard, qint64(kRecipients / 2));
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

    // Issue 13: one December line at the top of a rotated .gz must not move the January
    // lines to the following year: the year is placed around the month most lines are in,
    // over all files of the folder, whichever file is read first.
    void yearComesFromTheBulkOfTheLines_data() {
        QTest::addColumn<int>("configuredYear"); // 0: from the files' modification times
        QTest::addColumn<QDateTime>("modified"); // of the newest file; older ones a day apart each
        QTest::addColumn<bool>("looseFilesReversed");
        const QDateTime rotated(QDate(2026, 1, 20), QTime(6, 25), Qt::UTC);
        const QDateTime copiedLate(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("campaign year, folder") << 2026 << rotated << false;
        QTest::newRow("campaign year, files given newest first") << 2026 << rotated << true;
        QTest::newRow("file times, folder") << 0 << rotated << false;
        QTest::newRow("file times, files given newest first") << 0 << rotated << true;
        // Copied at the end of the year: the old per-line rule put Dec 31 in 2026 too.
        QTest::newRow("file times, copied on Dec 31") << 0 << copiedLate << false;
    }

    void yearComesFromTheBulkOfTheLines() {
        QFETCH(int, configuredYear);
        QFETCH(QDateTime, modified);
        QFETCH(bool, looseFilesReversed);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("newyear"));
        // maillog.2.gz: the last minutes of the old year, then January; maillog.1 and
        // maillog: January only.
        QByteArray oldest = yearlessMessage("Dec 31 23:58:10", QStringLiteral("A10001"),
                                            QStringLiteral("dec@example.net"));
        QByteArray middle, newest;
        for (int i = 0; i < 6; ++i) {
            const QByteArray day = QByteArray::number(2 + i).rightJustified(2, ' ');
            const QByteArray when = "Jan " + day + " 09:30:00";
            oldest += yearlessMessage(when.constData(),
                                      QStringLiteral("B1%1").arg(i, 4, 10, QLatin1Char('0')),
                                      QStringLiteral("jan%1@example.net").arg(i));
            middle += yearlessMessage(
                (QByteArray("Jan ") + QByteArray::number(10 + i) + " 11:00:00").constData(),
                QStringLiteral("C1%1").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("mid%1@example.net").arg(i));
            newest += yearlessMessage(
                (QByteArray("Jan ") + QByteArray::number(14 + i) + " 15:45:00").constData(),
                QStringLiteral("D1%1").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("new%1@example.net").arg(i));
        }
        const QStringList paths{folder + QStringLiteral("/maillog.2.gz"),
                                folder + QStringLiteral("/maillog.1"),
                                folder + QStringLiteral("/maillog")};
        QDir().mkpath(folder);
        QVERIFY(writeGzip(paths[0], oldest));
        QVERIFY(LogBuilder::writeFile(paths[1], middle));
        QVERIFY(LogBuilder::writeFile(paths[2], newest));
        for (int i = 0; i < 3; ++i)
            QVERIFY(setModified(paths[i], modified.addDays(i - 2)));
        const QByteArray config =
            configuredYear > 0
                ? QByteArray(R"({"name": "newyear", "year": 2026, "timezone": "UTC"})")
                : QByteArray(R"({"name": "newyear", "timezone": "UTC"})");
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"), config));

        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        QStringList inputs{folder};
        if (looseFilesReversed)
            inputs = QStringList{paths[2], paths[1], paths[0]};
        const ImportSummary summary = store.import(inputs, QStringLiteral("newyear"));
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("newyear"));
        const auto rows = queries.messages(info, queries.defaultPolicy(info), {});
        QCOMPARE(rows.size(), 19);
        for (const MessageRow& row : rows) {
            if (row.recipient == QLatin1String("dec@example.net"))
                QCOMPARE(row.lastAttempt,
                         QDateTime(QDate(2025, 12, 31), QTime(23, 58, 10), Qt::UTC));
            else
                QVERIFY2(row.lastAttempt.date().year() == 2026 &&
                             row.lastAttempt.date().month() == 1,
                         qPrintable(row.recipient + QLatin1Char(' ') +
                                    row.lastAttempt.toString(Qt::ISODate)));
        }
        // A second import of the grown log keeps the years it gave.
        QVERIFY(LogBuilder::writeFile(paths[2],
                                      yearlessMessage("Jan 20 06:00:00", QStringLiteral("E10001"),
                                                      QStringLiteral("late@example.net")),
                                      true));
        QVERIFY(setModified(paths[2], modified));
        store.import(inputs, QStringLiteral("newyear"));
        const auto again = queries.messages(info, queries.defaultPolicy(info), {});
        QCOMPARE(again.size(), 20);
        for (const MessageRow& row : again)
            QCOMPARE(row.lastAttempt.date().year(),
                     row.recipient == QLatin1String("dec@example.net") ? 2025 : 2026);
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
