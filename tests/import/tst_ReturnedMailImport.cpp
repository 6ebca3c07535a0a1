// Returned mail in a campaign folder: a DSN for a delivered recipient turns it into a
// bounce after acceptance, a delay warning changes nothing, ARF complaints and
// auto-replies are counted, unmatched mail is kept, and re-importing adds nothing.
// Mail that names no campaign Message-ID is linked by recipient and time; a reply
// from another address by the Message-ID it answers.
#include "LogBuilder.h"
#include "ReturnedMailBuilder.h"
#include "TestStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;
using namespace returnedmail;

namespace {
const QString kSender = QStringLiteral("news@example.org");

qint64 count(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    q.exec(sql);
    q.next();
    return q.value(0).toLongLong();
}

// The Message-ID of the campaign message a returned mail file was linked to.
QString linkedMessageId(Database& db, const QString& fileName) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT m.message_id FROM returned_mail r JOIN deliveries d ON d.id = r.delivery_id "
        "JOIN messages m ON m.id = d.message_id WHERE r.path LIKE ?"));
    q.addBindValue(QStringLiteral("%/") + fileName);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TestReturnedMailImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void returnedMailChangesOnlyWhatItShould() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        LogBuilder log;
        const QStringList recipients{
            QStringLiteral("late@example.net"), QStringLiteral("forwarded@example.net"),
            QStringLiteral("warned@example.net"), QStringLiteral("complainer@example.net"),
            QStringLiteral("away@example.net")};
        int n = 0;
        for (const QString& rcpt : recipients) {
            const QString qid = QStringLiteral("F00000000%1").arg(++n);
            log.queued(qid, kSender);
            log.sent(qid, rcpt);
            log.removed(qid);
        }
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                      LogBuilder::campaignJson(kSender)));
        QVERIFY(LogBuilder::writeFile(
            folder + QStringLiteral("/bounces/late.eml"),
            dsn(QStringLiteral("late@example.net"), QStringLiteral("failed"),
                QStringLiteral("5.1.1"),
                QStringLiteral("550 5.1.1 <late@example.net>: Recipient address rejected: User "
                               "unknown in virtual mailbox table"),
                QStringLiteral("F000000001@example.org"))));
        // Forwarded elsewhere: the DSN names the final address; the VERP return path ours.
        QByteArray forwarded =
            dsn(QStringLiteral("someone@elsewhere.example"), QStringLiteral("failed"),
                QStringLiteral("5.1.1"), QStringLiteral("550 5.1.1 User unknown"),
                QStringLiteral("unrelated@example.org"));
        forwarded.replace("To: news@example.org\n", "To: news+forwarded=example.net@example.org\n");
        QVERIFY(
            LogBuilder::writeFile(folder + QStringLiteral("/bounces/forwarded.eml"), forwarded));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/bounces/warned.eml"),
                                      dsn(QStringLiteral("warned@example.net"),
                                          QStringLiteral("delayed"), QStringLiteral("4.2.2"),
                                          QStringLiteral("452 4.2.2 Mailbox full"),
                                          QStringLiteral("F000000002@example.org"))));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/bounces/unknown.eml"),
                                      dsn(QStringLiteral("stranger@example.net"),
                                          QStringLiteral("failed"), QStringLiteral("5.1.1"),
                                          QStringLiteral("550 5.1.1 User unknown"),
                                          QStringLiteral("other@example.org"))));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/complaints/fbl.eml"),
                                      arf(QStringLiteral("complainer@example.net"))));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/replies/ooo.eml"),
                                      autoReply(QStringLiteral("away@example.net"))));

        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.bouncesAfterAcceptance, 2);

        const auto outcomes = store.outcomes(QStringLiteral("Test Campaign"));
        QCOMPARE(outcomes.value(QStringLiteral("late@example.net")), QStringLiteral("hard"));
        QCOMPARE(outcomes.value(QStringLiteral("forwarded@example.net")), QStringLiteral("hard"));
        QCOMPARE(outcomes.value(QStringLiteral("warned@example.net")), QStringLiteral("delivered"));
        QCOMPARE(outcomes.value(QStringLiteral("complainer@example.net")),
                 QStringLiteral("delivered"));
        QCOMPARE(outcomes.value(QStringLiteral("away@example.net")), QStringLiteral("delivered"));
        const CampaignReport report = store.report(QStringLiteral("Test Campaign"));
        QCOMPARE(report.totals.sent, qint64(5));
        QCOMPARE(report.totals.hard, qint64(2));
        QCOMPARE(report.complaints, qint64(1));
        QCOMPARE(report.autoReplies, qint64(1));
        QCOMPARE(report.unmatchedReturnedMail, qint64(1)); // stranger@ is kept, not dropped

        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("Test Campaign"));
        MessageFilter filter;
        filter.search = QStringLiteral("late@");
        const auto rows = queries.messages(info, queries.defaultPolicy(info), filter);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().stage, QStringLiteral("after_acceptance"));
        QCOMPARE(rows.first().enhanced, QStringLiteral("5.1.1"));
        const auto history = queries.attempts(rows.first().deliveryId);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().status, QStringLiteral("sent")); // the 2xx stays in the history

        QCOMPARE(queries.returnedMail(rows.first().deliveryId).size(), 1);
        QCOMPARE(queries.returnedMail(rows.first().deliveryId).first().kind, QStringLiteral("dsn"));
        QCOMPARE(queries.unmatchedReturnedMail(info.id).size(), 1);
        QCOMPARE(queries.unmatchedReturnedMail(info.id).first().recipient,
                 QStringLiteral("stranger@example.net"));
        MessageFilter complained;
        complained.complained = true;
        const auto complainers = queries.messages(info, queries.defaultPolicy(info), complained);
        QCOMPARE(complainers.size(), 1);
        QCOMPARE(complainers.first().recipient, QStringLiteral("complainer@example.net"));
        MessageFilter replied;
        replied.autoReplied = true;
        QCOMPARE(queries.countMessages(info, queries.defaultPolicy(info), replied), qint64(1));

        const qint64 stored =
            count(store.database(), QStringLiteral("SELECT COUNT(*) FROM returned_mail"));
        const ImportSummary again = store.import({folder});
        QCOMPARE(again.returnedMailRecords, 0);
        QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM returned_mail")),
                 stored);
        QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM attempts")),
                 qint64(7));
    }

    void bounceReadBeforeTheDeliveryCountsWhenTheLogGrows_data() {
        QTest::addColumn<bool>("secondReport");
        QTest::newRow("one report") << false;
        // A second report for the same delivery (user unknown, read after the first).
        QTest::newRow("two reports") << true;
    }

    // The failure report came in while the log still had the recipient deferred; the log
    // that delivers it is imported later. The outcome is the one an import of everything at
    // once gives: soft (the first report: mailbox full), with one bounce after the 2xx,
    // applied only once, however many reports name the delivery.
    void bounceReadBeforeTheDeliveryCountsWhenTheLogGrows() {
        QFETCH(bool, secondReport);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        const QString qid = QStringLiteral("F000000001");
        const QString rcpt = QStringLiteral("late@example.net");
        LogBuilder log;
        log.queued(qid, kSender);
        log.said(qid, rcpt, QStringLiteral("deferred"), QStringLiteral("4.7.1"),
                 QStringLiteral("451 4.7.1 Greylisted, try again later"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                      LogBuilder::campaignJson(kSender)));
        QVERIFY(
            LogBuilder::writeFile(folder + QStringLiteral("/bounces/late.eml"),
                                  dsn(rcpt, QStringLiteral("failed"), QStringLiteral("5.2.2"),
                                      QStringLiteral("552 5.2.2 <late@example.net> Mailbox full"),
                                      QStringLiteral("F000000001@example.org"))));
        if (secondReport)
            QVERIFY(LogBuilder::writeFile(
                folder + QStringLiteral("/bounces/later.eml"),
                dsn(rcpt, QStringLiteral("failed"), QStringLiteral("5.1.1"),
                    QStringLiteral("550 5.1.1 <late@example.net> User unknown"),
                    QStringLiteral("F000000001@example.org"))));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        ImportSummary summary = store.import({folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.bouncesAfterAcceptance, 0);
        QCOMPARE(store.outcomes(QStringLiteral("Test Campaign")).value(rcpt),
                 QStringLiteral("in_progress"));

        log.clear();
        log.advanceMinutes(30);
        log.sent(qid, rcpt);
        log.removed(qid);
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text(), true));
        summary = store.import({folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.returnedMailRecords, 0); // the mail itself is not read again
        QCOMPARE(summary.bouncesAfterAcceptance, 1);
        QCOMPARE(store.outcomes(QStringLiteral("Test Campaign")).value(rcpt),
                 QStringLiteral("soft"));

        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("Test Campaign"));
        MessageFilter filter;
        filter.search = rcpt;
        const auto rows = queries.messages(info, queries.defaultPolicy(info), filter);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().stage, QStringLiteral("after_acceptance"));
        const auto history = queries.attempts(rows.first().deliveryId);
        QStringList statuses;
        for (const auto& attempt : history)
            statuses.append(attempt.status);
        QCOMPARE(statuses, QStringList({QStringLiteral("deferred"), QStringLiteral("sent"),
                                        QStringLiteral("bounced")}));
        QVERIFY2(history.last().reply.contains(QStringLiteral("Mailbox full")),
                 qPrintable(history.last().reply));

        // Nothing new: applied once.
        summary = store.import({folder});
        QCOMPARE(summary.bouncesAfterAcceptance, 0);
        QCOMPARE(queries.attempts(rows.first().deliveryId).size(), history.size());

        // The same folder imported at once gives the same outcome and the same attempts.
        TestStore atOnce(dir.filePath(QStringLiteral("once.sqlite")));
        summary = atOnce.import({folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.bouncesAfterAcceptance, 1);
        QCOMPARE(atOnce.outcomes(QStringLiteral("Test Campaign")).value(rcpt),
                 QStringLiteral("soft"));
        auto onceQueries = atOnce.queries();
        const CampaignInfo onceInfo = atOnce.campaign(QStringLiteral("Test Campaign"));
        const auto onceRows =
            onceQueries.messages(onceInfo, onceQueries.defaultPolicy(onceInfo), filter);
        QCOMPARE(onceRows.size(), 1);
        QCOMPARE(onceQueries.attempts(onceRows.first().deliveryId).size(), history.size());
    }

    void correlatesByTimeAndByTheAnsweredMessage() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        // twice@ gets the campaign on 14 March and a resend on 16 March; alias@ once.
        LogBuilder log;
        log.queued(QStringLiteral("A00000001"), kSender);
        log.sent(QStringLiteral("A00000001"), QStringLiteral("twice@example.net"));
        log.queued(QStringLiteral("C00000001"), kSender);
        log.sent(QStringLiteral("C00000001"), QStringLiteral("alias@example.net"));
        // slow@: message D is deferred on the 14th and accepted on the 16th at 10:00; the
        // resend E is first tried at 09:00 that day but accepted only at 12:00.
        log.queued(QStringLiteral("D00000001"), kSender);
        log.said(QStringLiteral("D00000001"), QStringLiteral("slow@example.net"),
                 QStringLiteral("deferred"), QStringLiteral("4.2.1"),
                 QStringLiteral("421 4.2.1 Try again later"));
        log.advanceMinutes(2 * 24 * 60);
        log.queued(QStringLiteral("B00000001"), kSender);
        log.sent(QStringLiteral("B00000001"), QStringLiteral("twice@example.net"));
        log.queued(QStringLiteral("E00000001"), kSender);
        log.said(QStringLiteral("E00000001"), QStringLiteral("slow@example.net"),
                 QStringLiteral("deferred"), QStringLiteral("4.2.1"),
                 QStringLiteral("421 4.2.1 Try again later"));
        log.advanceMinutes(60);
        log.sent(QStringLiteral("D00000001"), QStringLiteral("slow@example.net"));
        log.advanceMinutes(120);
        log.sent(QStringLiteral("E00000001"), QStringLiteral("slow@example.net"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                      LogBuilder::campaignJson(kSender)));

        // Neither bounce quotes a campaign Message-ID; their dates tell which send failed.
        const QByteArray bounce = dsn(
            QStringLiteral("twice@example.net"), QStringLiteral("failed"), QStringLiteral("5.2.2"),
            QStringLiteral("552 5.2.2 Mailbox full"), QStringLiteral("not-ours@example.com"));
        // Dates as MTAs write them: with a zone comment, or an obsolete zone name.
        QByteArray first = bounce;
        first.replace("Date: Sun, 15 Mar 2026 10:00:00 +0000",
                      "Date: Sun, 15 Mar 2026 11:00:00 +0100 (CET)");
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/bounces/first.eml"), first));
        QByteArray later = bounce;
        later.replace("Date: Sun, 15 Mar 2026 10:00:00 +0000",
                      "Date: Tue, 17 Mar 2026 08:00:00 GMT");
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/bounces/second.eml"), later));
        // Between D's acceptance (10:00) and E's (12:00): about D, though E was tried first.
        QByteArray slow = dsn(QStringLiteral("slow@example.net"), QStringLiteral("failed"),
                              QStringLiteral("5.1.1"), QStringLiteral("550 5.1.1 User unknown"),
                              QStringLiteral("not-ours@example.com"));
        slow.replace("Date: Sun, 15 Mar 2026 10:00:00 +0000",
                     "Date: Mon, 16 Mar 2026 11:00:00 +0000 (UTC)");
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/bounces/slow.eml"), slow));
        // An out-of-office reply from the address the alias forwards to.
        QByteArray reply = autoReply(QStringLiteral("jane.private@example.com"));
        reply.replace("Auto-Submitted:", "In-Reply-To: <C00000001@example.org>\nAuto-Submitted:");
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/replies/ooo.eml"), reply));

        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(linkedMessageId(store.database(), QStringLiteral("first.eml")),
                 QStringLiteral("A00000001@example.org"));
        QCOMPARE(linkedMessageId(store.database(), QStringLiteral("second.eml")),
                 QStringLiteral("B00000001@example.org"));
        QCOMPARE(linkedMessageId(store.database(), QStringLiteral("ooo.eml")),
                 QStringLiteral("C00000001@example.org"));
        QCOMPARE(linkedMessageId(store.database(), QStringLiteral("slow.eml")),
                 QStringLiteral("D00000001@example.org"));

        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("Test Campaign"));
        QCOMPARE(queries.unmatchedReturnedMail(info.id).size(), 0);
        MessageFilter replied;
        replied.autoReplied = true;
        const auto repliedRows = queries.messages(info, queries.defaultPolicy(info), replied);
        QCOMPARE(repliedRows.size(), 1);
        QCOMPARE(repliedRows.first().recipient, QStringLiteral("alias@example.net"));
    }

    void failedLookupIsAStoreErrorNotUnmatched() {
        // Issue 11, item 7: when the store cannot answer which delivery a returned mail is
        // about, the import stops with the store's error; the mail is not kept as
        // "unmatched". The mail names no Message-ID of ours, so its delivery is looked up by
        // recipient in the deliveries table, whose pages are overwritten here with garbage:
        // the logs are unchanged and no queue entry is open, so nothing else the second
        // import reads meets that table.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        const QString storePath = dir.filePath(QStringLiteral("s.sqlite"));
        LogBuilder log;
        log.queued(QStringLiteral("F000000001"), kSender);
        log.sent(QStringLiteral("F000000001"), QStringLiteral("late@example.net"));
        log.removed(QStringLiteral("F000000001"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                      LogBuilder::campaignJson(kSender)));
        {
            TestStore store(storePath);
            QVERIFY(store.import({folder}).fatalError.isEmpty());
        }
        QList<qint64> pages;
        qint64 pageSize = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(storePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toLongLong();
            if (!q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'deliveries'")))
                QSKIP("this SQLite has no dbstat table");
            while (q.next())
                pages.append(q.value(0).toLongLong());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(!pages.isEmpty() && pageSize > 0);
        QFile file(storePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (const qint64 page : std::as_const(pages)) {
            QVERIFY(file.seek((page - 1) * pageSize));
            QCOMPARE(file.write(QByteArray(pageSize, '\xff')), pageSize);
        }
        file.close();

        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/bounces/late.eml"),
                                      dsn(QStringLiteral("late@example.net"),
                                          QStringLiteral("failed"), QStringLiteral("5.1.1"),
                                          QStringLiteral("550 5.1.1 User unknown"),
                                          QStringLiteral("unrelated@example.org"))));
        TestStore store(storePath);
        const ImportSummary summary = store.import({folder});
        // The returned-mail lookup's own error (the queue entries were read without it).
        QVERIFY2(summary.fatalError.startsWith(QStringLiteral("cannot write the store: ")) &&
                     summary.fatalError.contains(QStringLiteral("malformed")),
                 qPrintable(summary.fatalError));
        QCOMPARE(summary.returnedMailRecords, 0);
        QCOMPARE(summary.filesRead, 0);
    }
};

QTEST_GUILESS_MAIN(TestReturnedMailImport)
#include "tst_ReturnedMailImport.moc"
