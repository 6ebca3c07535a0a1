// Exim main logs and PowerMTA accounting files: line parsing with real and reference
// lines, and whole-folder imports ending in the contract's outcomes.
#include "LogBuilder.h"
#include "TestPaths.h"
#include "TestStore.h"

#include "import/CampaignFolderScanner.h"
#include "import/EximLineParser.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

class TestOtherMtaImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eximLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("suppressed");
        using K = QueueEvent::Kind;
        const int result = int(K::RecipientResult);
        QTest::newRow("E1 RCPT bounce (real)") << "1999-03-02 09:44:33 10HmaZ-000000005vi-0000 ** userz@domain.com R=all T=smtp H=127.0.0.1 [127.0.0.1]:PORT_S I=[127.0.0.1]:10001 : SMTP error from remote mail server after RCPT TO:<userz@domain.com>: 550 Recipient refused"
                                               << result << "userz@domain.com" << "bounced" << "550" << "rcpt_to" << "127.0.0.1" << false;
        QTest::newRow("E2 RCPT deferral (real)") << "1999-03-02 09:44:33 10HmaX-000000005vi-0000 == userx@domain.com R=all T=smtp defer (-44) H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<userx@domain.com>: 452 Temporary error"
                                                 << result << "userx@domain.com" << "deferred" << "452" << "rcpt_to" << "127.0.0.1" << false;
        QTest::newRow("E3 MAIL timeout (real)") << "1999-03-02 09:44:33 10HmaX-000000005vi-0000 == userx1@test.ex R=r1 T=t1 defer (dd): Connection timed out H=127.0.0.1 [127.0.0.1]: SMTP timeout after pipelined MAIL FROM:<CALLER@myhost.test.ex> SIZE=ssss"
                                                << result << "userx1@test.ex" << "deferred" << "" << "mail_from" << "127.0.0.1" << false;
        QTest::newRow("E4 greeting (real)") << "1999-03-02 09:44:33 10HmaX-000000005vi-0000 ** userx@domain1 F=<CALLER@test.ex> R=others T=smtp H=localhost4.test.ex [127.0.0.1] : SMTP error from remote mail server after initial connection: 550 Go away"
                                            << result << "userx@domain1" << "bounced" << "550" << "greeting" << "localhost4.test.ex" << false;
        QTest::newRow("E5 end of data (real)") << "1999-03-02 09:44:33 10HmaX-000000005vi-0000 == userh@test.ex R=r_remote T=t1 defer (-46) H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after end of data: 451 not right now"
                                               << result << "userh@test.ex" << "deferred" << "451" << "end_of_data" << "127.0.0.1" << false;
        QTest::newRow("E8 retry time not reached (real)") << "1999-03-02 09:44:33 10HmaX-000000005vi-0000 == d@test.ex R=smart T=local_delivery defer (-53): Retry time not yet reached"
                                                          << result << "d@test.ex" << "deferred" << "" << "unknown" << "" << true;
        QTest::newRow("E9 delivered, ms (real)") << "2017-07-30 18:51:05.712 10HmaY-000000005vi-0000 -> xyz@test.ex R=client T=send_to_server1 H=127.0.0.1 [127.0.0.1] TFO X=TLS1.x:ke-RSA-AES256-SHAnnn:xxx CV=yes C=\"250 OK id=10HmbA-000000005vi-0000\""
                                                 << result << "xyz@test.ex" << "sent" << "250" << "unknown" << "127.0.0.1" << false;
        QTest::newRow("E10 old layout, host in text") << "2012-02-13 14:39:22 1RookS-000Pg8-VO == someone@london.example R=dnslookup T=remote_smtp defer (-44): SMTP error from remote mail server after RCPT TO:<someone@london.example>: host mx0.gmx.example [192.0.2.90]: 450 4.3.2 Too many mails (mail bomb), try again in 1 hour(s) 25 minute(s)"
                                                      << result << "someone@london.example" << "deferred" << "450" << "rcpt_to" << "mx0.gmx.example" << false;
        QTest::newRow("E10 connect timeout") << "2012-02-13 14:42:27 1Rvi19-000Eqz-OX == user@asciel.example R=dnslookup T=remote_smtp defer (60): Operation timed out"
                                             << result << "user@asciel.example" << "deferred" << "" << "connect" << "" << false;
        // Written for these tests in the shape of real Exim 4 lines (issue 13).
        QTest::newRow("retry bookkeeping, routing")
            << "2026-01-12 10:15:02 1tXq7c-0004Kd-2R == anna.berg@mail.example routing defer "
               "(-51): retry time not reached"
            << result << "anna.berg@mail.example"
            << "deferred"
            << ""
            << "unknown"
            << "" << true;
        QTest::newRow("retry bookkeeping, any host")
            << "2026-01-12 10:45:02 1tXq7c-0004Kd-2R == bob@mail.example R=dnslookup T=remote_smtp "
               "defer (-53): retry time not reached for any host"
            << result << "bob@mail.example"
            << "deferred"
            << ""
            << "unknown"
            << "" << true;
        QTest::newRow("retry bookkeeping, other number")
            << "2026-01-12 11:15:02 1tXq7c-0004Kd-2R == carl@mail.example R=dnslookup "
               "T=remote_smtp defer (-52): Retry time not yet reached"
            << result << "carl@mail.example"
            << "deferred"
            << ""
            << "unknown"
            << "" << true;
        QTest::newRow("forwarded to a local user")
            << "2026-01-12 10:15:03 1tXq7c-0004Kd-2R => anna <anna.berg@forward.example> "
               "R=localuser T=local_delivery"
            << result << "anna.berg@forward.example"
            << "sent"
            << ""
            << "unknown"
            << "" << false;
        QTest::newRow("forwarded, all parents")
            << "2026-01-12 10:15:04 1tXq7c-0004Kd-2R -> /var/mail/dora <dora@host.forward.example, "
               "dora.lind@forward.example> R=userforward T=address_file"
            << result << "dora.lind@forward.example"
            << "sent"
            << ""
            << "unknown"
            << "" << false;
        QTest::newRow("forward failed remotely")
            << "2026-01-12 10:15:05 1tXq7c-0004Kd-2R ** erik@elsewhere.example "
               "<erik@forward.example> R=dnslookup T=remote_smtp H=mx.elsewhere.example "
               "[198.51.100.25]: SMTP error from remote mail server after RCPT "
               "TO:<erik@elsewhere.example>: 550 5.1.1 No such user here"
            << result << "erik@forward.example"
            << "bounced"
            << "550"
            << "rcpt_to"
            << "mx.elsewhere.example" << false;
        QTest::newRow("arrival") << "2024-03-14 08:00:01 1rXyZ2-000AbC-1a <= news@example.org H=app [192.0.2.7] P=esmtp S=4821 id=abc@example.org"
                                 << int(K::Sender) << "" << "" << "" << "unknown" << "" << false;
        QTest::newRow("completed") << "2024-03-14 08:00:09 1rXyZ2-000AbC-1a Completed"
                                   << int(K::Removed) << "" << "" << "" << "unknown" << "" << false;
        QTest::newRow("no message id") << "2024-03-14 08:00:09 exim 4.96 daemon started: pid=123"
                                       << int(K::Ignored) << "" << "" << "" << "unknown" << "" << false;
    }

    void eximLines()
    {
        QFETCH(QString, line);
        QDateTime utc;
        const qsizetype after = EximLineParser::parseTimestamp(line, QTimeZone::utc(), utc);
        QVERIFY(after > 0);
        const QueueEvent event = EximLineParser::parseBody(QStringView(line).mid(after));
        QTEST(int(event.kind), "kind");
        if (event.kind != QueueEvent::Kind::RecipientResult)
            return;
        QTEST(event.recipient, "recipient");
        QTEST(event.status, "status");
        QTEST(event.text.code, "code");
        QTEST(stageId(event.text.stage), "stage");
        QTEST(!event.text.remoteHost.isEmpty() ? event.text.remoteHost : event.relayHost, "host");
        QTEST(event.text.suppressed, "suppressed");
    }

    void eximTimestampWithOffset()
    {
        QDateTime utc;
        QVERIFY(EximLineParser::parseTimestamp(QStringLiteral("2024-03-14 08:00:03 +0100 [1234] 1rXyZ2-000AbC-1a => x"),
                                               QTimeZone::utc(), utc) > 0);
        QCOMPARE(utc, QDateTime(QDate(2024, 3, 14), QTime(7, 0, 3), Qt::UTC));
    }

    // Every file of Exim's own test suite is recognised and read without a crash.
    void eximTestSuiteLogs()
    {
        QDirIterator it(testpaths::shared(QStringLiteral("logs/real/exim-testsuite/test/log")), QDir::Files);
        int files = 0, results = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            for (const QByteArray& raw : file.readAll().split('\n')) {
                const QString line = QString::fromUtf8(raw);
                QDateTime utc;
                const qsizetype after = EximLineParser::parseTimestamp(line, QTimeZone::utc(), utc);
                if (after < 0)
                    continue;
                const QueueEvent event = EximLineParser::parseBody(QStringView(line).mid(after));
                if (event.kind == QueueEvent::Kind::RecipientResult) {
                    ++results;
                    QVERIFY2(!event.recipient.isEmpty(), qPrintable(line));
                }
            }
        }
        QVERIFY(files > 20);
        QVERIFY(results > 100);
    }

    void eximCampaignFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("exim"));
        const QByteArray log =
            "2026-03-14 09:00:00 1rAAAA-000AAA-01 <= news@example.org H=app [192.0.2.7] P=esmtp S=4821 id=a1@example.org\n"
            "2026-03-14 09:00:01 1rAAAA-000AAA-01 => ok@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.10] C=\"250 2.0.0 Ok\"\n"
            "2026-03-14 09:00:01 1rAAAA-000AAA-01 -> ok2@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.10] C=\"250 2.0.0 Ok\"\n"
            "2026-03-14 09:00:02 1rAAAA-000AAA-01 ** gone@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.10]: SMTP error from remote mail server after RCPT TO:<gone@example.net>: 550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n"
            "2026-03-14 09:00:03 1rAAAA-000AAA-01 == later@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [192.0.2.10]: SMTP error from remote mail server after RCPT TO:<later@example.net>: 451 4.7.1 <later@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html\n"
            "2026-03-14 09:00:04 1rAAAA-000AAA-01 == slow@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [192.0.2.10]: SMTP error from remote mail server after RCPT TO:<slow@example.net>: 452 4.2.2 Mailbox full\n"
            "2026-03-14 09:10:03 1rAAAA-000AAA-01 => later@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.10] C=\"250 2.0.0 Ok\"\n"
            "2026-03-16 09:00:04 1rAAAA-000AAA-01 ** slow@example.net: retry timeout exceeded\n"
            "2026-03-16 09:00:05 1rAAAA-000AAA-01 Completed\n"
            "2026-03-16 09:00:06 1rBBBB-000BBB-02 <= alerts@shop.example H=app [192.0.2.7] P=esmtp S=100\n"
            "2026-03-16 09:00:07 1rBBBB-000BBB-02 => ops@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.10] C=\"250 OK\"\n";
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/mainlog"), log));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                      R"({"sender": "news@example.org", "timezone": "UTC"})"));
        QCOMPARE(CampaignFolderScanner::classify(folder + QStringLiteral("/mainlog")).kind, CampaignFileKind::EximMainLog);
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        const auto outcomes = store.outcomes(QStringLiteral("exim"));
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(outcomes.value(QStringLiteral("ok@example.net")), QStringLiteral("delivered"));
        QCOMPARE(outcomes.value(QStringLiteral("ok2@example.net")), QStringLiteral("delivered"));
        QCOMPARE(outcomes.value(QStringLiteral("gone@example.net")), QStringLiteral("hard"));
        QCOMPARE(outcomes.value(QStringLiteral("later@example.net")), QStringLiteral("delivered"));
        QCOMPARE(outcomes.value(QStringLiteral("slow@example.net")), QStringLiteral("soft"));
    }

    // Issue 13: "retry time not reached" deferrals are bookkeeping between real attempts;
    // they neither count as attempts nor replace the last real reply.
    void eximRetryBookkeepingIsNoAttempt() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("exim-retry"));
        QByteArray log =
            "2026-01-12 09:00:00 1tXq7c-0004Kd-2R <= news@example.org H=app [192.0.2.7] P=esmtp "
            "S=5120 id=n1@example.org\n"
            "2026-01-12 09:00:02 1tXq7c-0004Kd-2R == full@mail.example R=dnslookup T=remote_smtp "
            "defer (-44) H=mx.mail.example [198.51.100.10]: SMTP error from remote mail server "
            "after RCPT TO:<full@mail.example>: 452 4.2.2 Mailbox full\n"
            "2026-01-12 09:00:02 1tXq7c-0004Kd-2R == later@mail.example R=dnslookup T=remote_smtp "
            "defer (-44) H=mx.mail.example [198.51.100.10]: SMTP error from remote mail server "
            "after RCPT TO:<later@mail.example>: 451 4.3.0 Temporary local problem\n";
        // Queue runs every 15 minutes; the retry rule lets a real attempt through hourly.
        for (int run = 1; run <= 8; ++run) {
            const QByteArray at =
                QTime(9, 0).addSecs(run * 15 * 60).toString(QStringLiteral("HH:mm:ss")).toLatin1();
            if (run % 4 == 0)
                log += "2026-01-12 " + at +
                       " 1tXq7c-0004Kd-2R == full@mail.example R=dnslookup T=remote_smtp defer "
                       "(-44) H=mx.mail.example [198.51.100.10]: SMTP error from remote mail "
                       "server after RCPT TO:<full@mail.example>: 452 4.2.2 Mailbox full\n";
            else
                log += "2026-01-12 " + at +
                       " 1tXq7c-0004Kd-2R == full@mail.example routing defer (-51): retry time not "
                       "reached\n";
            log += "2026-01-12 " + at +
                   " 1tXq7c-0004Kd-2R == later@mail.example R=dnslookup T=remote_smtp defer (-53): "
                   "retry time not reached for any host\n";
        }
        log += "2026-01-12 11:05:00 1tXq7c-0004Kd-2R => later@mail.example R=dnslookup "
               "T=remote_smtp H=mx.mail.example [198.51.100.10] C=\"250 2.0.0 Ok: queued\"\n";
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/mainlog"), log));
        QVERIFY(LogBuilder::writeFile(
            folder + QStringLiteral("/campaign.json"),
            R"({"sender": "news@example.org", "timezone": "UTC", "max_attempts": 4})"));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("exim-retry"));
        QHash<QString, MessageRow> rows;
        for (const MessageRow& row : queries.messages(info, queries.defaultPolicy(info), {}))
            rows.insert(row.recipient, row);
        QCOMPARE(rows.size(), 2);
        // 1 + 2 real attempts; the six bookkeeping lines in between are no attempts.
        QCOMPARE(rows.value(QStringLiteral("full@mail.example")).attempts, 3);
        QCOMPARE(rows.value(QStringLiteral("full@mail.example")).reason,
                 QStringLiteral("mailboxfull"));
        QCOMPARE(rows.value(QStringLiteral("full@mail.example")).outcome, Outcome::InProgress);
        QCOMPARE(rows.value(QStringLiteral("later@mail.example")).attempts, 2);
        QCOMPARE(rows.value(QStringLiteral("later@mail.example")).outcome, Outcome::Delivered);
    }

    // Issue 13: `=> local <original@domain>`: the address in <> is the envelope recipient
    // the campaign sent to; a fan-out to several local users is one recipient, delivered.
    void eximForwardedRecipientsKeepTheirAddress() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("exim-forward"));
        const QByteArray log = "2026-02-03 08:00:00 1tYa1B-0007Qw-5F <= news@example.org H=app "
                               "[192.0.2.7] P=esmtp S=6001 id=f1@example.org\n"
                               "2026-02-03 08:00:01 1tYa1B-0007Qw-5F => anna "
                               "<anna.berg@forward.example> R=localuser T=local_delivery\n"
                               "2026-02-03 08:00:01 1tYa1B-0007Qw-5F => bert "
                               "<team@forward.example> R=system_aliases T=local_delivery\n"
                               "2026-02-03 08:00:01 1tYa1B-0007Qw-5F => cleo "
                               "<team@forward.example> R=system_aliases T=local_delivery\n"
                               "2026-02-03 08:00:02 1tYa1B-0007Qw-5F => plain@forward.example "
                               "R=localuser T=local_delivery\n"
                               "2026-02-03 08:00:03 1tYa1B-0007Qw-5F Completed\n";
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/mainlog"), log));
        QVERIFY(LogBuilder::writeFile(
            folder + QStringLiteral("/recipients.csv"),
            "email,status\nanna.berg@forward.example,Active\nteam@forward.example,Active\n"
            "plain@forward.example,Active\nnever@forward.example,Active\n"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                      R"({"sender": "news@example.org", "timezone": "UTC"})"));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        const auto outcomes = store.outcomes(QStringLiteral("exim-forward"));
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.value(QStringLiteral("anna.berg@forward.example")),
                 QStringLiteral("delivered"));
        QCOMPARE(outcomes.value(QStringLiteral("team@forward.example")),
                 QStringLiteral("delivered"));
        QCOMPARE(outcomes.value(QStringLiteral("plain@forward.example")),
                 QStringLiteral("delivered"));
        const CampaignReport report = store.report(QStringLiteral("exim-forward"));
        QCOMPARE(report.totals.sent, qint64(3));
        QCOMPARE(report.notAttempted, qint64(1)); // only never@
    }

    // Issue 13: a refused greeting is no verdict on the mailbox (own lines, Exim format).
    void eximGreetingRefusalIsNotAMailboxVerdict() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("exim-greeting"));
        const QByteArray log =
            "2026-02-03 08:00:00 1tYb2C-0001Rz-7G <= news@example.org H=app [192.0.2.7] P=esmtp "
            "S=6001 id=g1@example.org\n"
            "2026-02-03 08:00:02 1tYb2C-0001Rz-7G ** anna@mail.example R=dnslookup T=remote_smtp "
            "H=mx2.mail.example [198.51.100.7]: SMTP error from remote mail server after initial "
            "connection: 550 Too many invalid recipients\n"
            "2026-02-03 08:00:03 1tYb2C-0001Rz-7G ** bob@mail.example R=dnslookup T=remote_smtp "
            "H=mx2.mail.example [198.51.100.7]: SMTP error from remote mail server after RCPT "
            "TO:<bob@mail.example>: 550 5.1.1 No such user\n"
            "2026-02-03 08:00:04 1tYb2C-0001Rz-7G Completed\n";
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/mainlog"), log));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                      R"({"sender": "news@example.org", "timezone": "UTC"})"));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("exim-greeting"));
        QHash<QString, MessageRow> rows;
        for (const MessageRow& row : queries.messages(info, queries.defaultPolicy(info), {}))
            rows.insert(row.recipient, row);
        QCOMPARE(rows.value(QStringLiteral("anna@mail.example")).outcome, Outcome::Spam);
        QCOMPARE(rows.value(QStringLiteral("anna@mail.example")).reason, QStringLiteral("blocked"));
        QCOMPARE(rows.value(QStringLiteral("anna@mail.example")).stage, QStringLiteral("greeting"));
        QCOMPARE(rows.value(QStringLiteral("bob@mail.example")).outcome, Outcome::Hard);
    }

    void powerMtaReferenceFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("pmta"));
        const QByteArray csv =
            "type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,vmtaPool\n"
            "d,2024-03-14 08:00:05+0100,2024-03-14 08:00:01+0100,bounce@news.example.com,alice@example.org,,relayed,2.0.0 (success),smtp;250 2.0.0 OK 1710399605 x12si34 - gsmtp,mx1.example.org (192.0.2.25),success,smtp,app1.example.com (198.51.100.7),smtp,203.0.113.10,192.0.2.25,\"PIPELINING,8BITMIME,SIZE,STARTTLS\",4821,vmta-a,job-42,,example.org/vmta-a,pool-1\n"
            "t,2024-03-14 08:00:07+0100,2024-03-14 08:00:01+0100,bounce@news.example.com,bob@example.net,,delayed,4.7.0 (delivery not authorized),\"smtp;421 4.7.0 [TSS04] Messages from 203.0.113.10 temporarily deferred, see https://help.example.net\",mx.example.net (192.0.2.77),policy-related,smtp,app1.example.com (198.51.100.7),smtp,203.0.113.10,192.0.2.77,\"PIPELINING,SIZE\",4821,vmta-a,job-42,,example.net/vmta-a,pool-1\n"
            "b,2024-03-14 08:00:09+0100,2024-03-14 08:00:01+0100,bounce@news.example.com,carol@example.com,,failed,5.1.1 (bad destination mailbox address),\"smtp;550 5.1.1 <carol@example.com>: Recipient address rejected: User unknown\",mx.example.com (192.0.2.90),bad-mailbox,smtp,app1.example.com (198.51.100.7),smtp,203.0.113.10,192.0.2.90,,4821,vmta-a,job-42,,example.com/vmta-a,pool-1\n"
            "b,2024-03-16 08:00:02+0100,2024-03-14 08:00:01+0100,bounce@news.example.com,dave@slow.example,,failed,4.4.7 (delivery time expired),smtp;421 4.4.1 connect to slow.example timed out,,message-expired,smtp,app1.example.com (198.51.100.7),smtp,203.0.113.10,,,4821,vmta-a,job-42,,slow.example/vmta-a,pool-1\n"
            "rb,2024-03-14 09:12:40+0100,,bounce@news.example.com,alice@example.org,,failed,5.2.2 (mailbox full),smtp;552 5.2.2 Mailbox full,mx1.example.org (192.0.2.25),quota-issues,,,,,,,,,job-42,,,\n"
            "d,1710399610,1710399601,bounce@news.example.com,erin@example.org,,relayed,2.0.0 (success),smtp;250 ok,mx1.example.org (192.0.2.25),,smtp,,smtp,203.0.113.10,192.0.2.25,,4821,vmta-a,job-43,,example.org/vmta-a,pool-1\n"
            // A feedback-loop record without the job id: linked by recipient and time.
            "f,2024-03-15 10:00:00+0100,,bounce@news.example.com,erin@example.org,,,,,,,,,,,,,,,,,,,\n";
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/acct-2024-03-14.csv"), csv));
        QCOMPARE(CampaignFolderScanner::classify(folder + QStringLiteral("/acct-2024-03-14.csv")).kind,
                 CampaignFileKind::PowerMtaAccounting);
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        const auto outcomes = store.outcomes(QStringLiteral("pmta"));
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(outcomes.value(QStringLiteral("alice@example.org")), QStringLiteral("soft")); // bounced after acceptance: mailbox full
        QCOMPARE(outcomes.value(QStringLiteral("bob@example.net")), QStringLiteral("soft"));   // one deferral, retry window passed
        QCOMPARE(outcomes.value(QStringLiteral("carol@example.com")), QStringLiteral("hard"));
        QCOMPARE(outcomes.value(QStringLiteral("dave@slow.example")), QStringLiteral("soft")); // expired
        QCOMPARE(outcomes.value(QStringLiteral("erin@example.org")), QStringLiteral("delivered"));
        QCOMPARE(store.report(QStringLiteral("pmta")).asOf, QDateTime(QDate(2024, 3, 16), QTime(7, 0, 2), Qt::UTC));

        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("pmta"));
        MessageFilter filter;
        filter.search = QStringLiteral("alice@");
        const auto rows = queries.messages(info, queries.defaultPolicy(info), filter);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().stage, QStringLiteral("after_acceptance"));
        QCOMPARE(rows.first().attempts, 1); // the remote bounce is not a delivery attempt

        // The f record is a complaint about erin's delivery; it is no attempt and no bounce.
        QCOMPARE(store.report(QStringLiteral("pmta")).complaints, qint64(1));
        QCOMPARE(queries.unmatchedReturnedMail(info.id).size(), 0);
        MessageFilter complained;
        complained.complained = true;
        const auto complainers = queries.messages(info, queries.defaultPolicy(info), complained);
        QCOMPARE(complainers.size(), 1);
        QCOMPARE(complainers.first().recipient, QStringLiteral("erin@example.org"));
        QCOMPARE(complainers.first().outcome, Outcome::Delivered);
    }

    // A complaint met before its delivery (the f record's file imported first) is linked
    // once the delivery is known.
    void powerMtaComplaintBeforeItsDelivery()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("pmta"));
        const QByteArray header = "type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat\n";
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/fbl.csv"),
                                      header + "f,2024-03-15 10:00:00+0000,news@example.com,ann@example.org,,,,,\n"));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(store.import({folder}).fatalError.isEmpty());
        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("pmta"));
        QCOMPARE(queries.unmatchedReturnedMail(info.id).size(), 1); // no delivery to ann@ yet

        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/acct.csv"),
                                      header + "d,2024-03-14 08:00:00+0000,news@example.com,ann@example.org,relayed,"
                                               "2.0.0 (success),smtp;250 ok,mx.example.org (192.0.2.25),\n"));
        QVERIFY(store.import({folder}).fatalError.isEmpty());
        QCOMPARE(queries.unmatchedReturnedMail(info.id).size(), 0);
        MessageFilter complained;
        complained.complained = true;
        QCOMPARE(queries.countMessages(info, queries.defaultPolicy(info), complained), qint64(1));
        QCOMPARE(store.report(QStringLiteral("pmta")).complaints, qint64(1));
    }

    void powerMtaRealSnippets()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("snippets"));
        QVERIFY(QDir().mkpath(folder));
        for (const char* name : {"port25-bouncehandler_readme_bounce.csv", "sparkypmtatracking_example.csv"})
            QVERIFY(QFile::copy(testpaths::shared(QStringLiteral("logs/real/powermta-snippets/") + QLatin1String(name)),
                                folder + QLatin1Char('/') + QLatin1String(name)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY(summary.fatalError.isEmpty());
        // The bounce file has its times in timeQueued; the tracking file has no times at all
        // and is reported line by line rather than guessed.
        const CampaignReport report = store.report(QStringLiteral("snippets"));
        QCOMPARE(report.totals.hard, qint64(2));
        QVERIFY(summary.problemCount >= 1);
    }
};

QTEST_GUILESS_MAIN(TestOtherMtaImport)
#include "tst_OtherMtaImport.moc"
