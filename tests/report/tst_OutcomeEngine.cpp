// Every row of contract section 3: one outcome per recipient, from real-shaped Postfix
// lines, through the importer, the store and the outcome SQL.
#include "LogBuilder.h"
#include "TestStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {
const QString kSender = QStringLiteral("news@example.org");
}

class TestOutcomeEngine : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    QDateTime m_asOf;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("campaign"));
        LogBuilder log;
        auto queue = [&](const QString& qid) { log.queued(qid, kSender); };
        const QString tempFail = QStringLiteral("452 4.2.2 <x>: Mailbox full");

        // soft by retry window: first attempt 31 h before the newest line
        queue(QStringLiteral("A0000000A"));
        log.said(QStringLiteral("A0000000A"), QStringLiteral("window@example.net"), QStringLiteral("deferred"), QStringLiteral("4.2.2"), tempFail);
        log.advanceMinutes(31 * 60);
        // delivered at once
        queue(QStringLiteral("A00000001"));
        log.sent(QStringLiteral("A00000001"), QStringLiteral("delivered@example.net"));
        log.removed(QStringLiteral("A00000001"));
        // greylisted, then delivered
        queue(QStringLiteral("A00000002"));
        log.said(QStringLiteral("A00000002"), QStringLiteral("greylisted@example.net"), QStringLiteral("deferred"),
                 QStringLiteral("4.7.1"), QStringLiteral("451 4.7.1 <greylisted@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html"));
        // hard: unknown user
        queue(QStringLiteral("A00000003"));
        log.said(QStringLiteral("A00000003"), QStringLiteral("hard@example.net"), QStringLiteral("bounced"),
                 QStringLiteral("5.1.1"), QStringLiteral("550 5.1.1 <hard@example.net>: Recipient address rejected: User unknown in virtual mailbox table"));
        log.removed(QStringLiteral("A00000003"));
        // spam: blocklist
        queue(QStringLiteral("A00000004"));
        log.said(QStringLiteral("A00000004"), QStringLiteral("spam@example.net"), QStringLiteral("bounced"),
                 QStringLiteral("5.7.1"), QStringLiteral("554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.99"));
        log.removed(QStringLiteral("A00000004"));
        // soft: permanent mailbox full
        queue(QStringLiteral("A00000005"));
        log.said(QStringLiteral("A00000005"), QStringLiteral("full@example.net"), QStringLiteral("bounced"),
                 QStringLiteral("5.2.2"), QStringLiteral("552 5.2.2 <full@example.net>: Mailbox full"));
        log.removed(QStringLiteral("A00000005"));
        // soft by max attempts: four temporary failures; in progress: two; expired: one
        for (const char* qid : {"A00000006", "A00000007", "A00000008", "A00000009"})
            queue(QString::fromLatin1(qid));
        for (int attempt = 0; attempt < 4; ++attempt) {
            log.said(QStringLiteral("A00000006"), QStringLiteral("maxattempts@example.net"), QStringLiteral("deferred"), QStringLiteral("4.2.2"), tempFail);
            if (attempt < 2)
                log.said(QStringLiteral("A00000007"), QStringLiteral("inprogress@example.net"), QStringLiteral("deferred"), QStringLiteral("4.2.2"), tempFail);
            if (attempt < 1)
                log.said(QStringLiteral("A00000008"), QStringLiteral("expired@example.net"), QStringLiteral("deferred"), QStringLiteral("4.2.2"), tempFail);
            // suppressed retries are not network attempts
            log.result(QStringLiteral("A00000009"), QStringLiteral("suppressed@example.net"), QStringLiteral("none"),
                       QStringLiteral("4.4.1"), QStringLiteral("deferred"),
                       attempt == 0 ? QStringLiteral("connect to mx.example.net[192.0.2.10]:25: Connection timed out")
                                    : QStringLiteral("delivery temporarily suspended: connect to mx.example.net[192.0.2.10]:25: Connection timed out"),
                       attempt == 0 ? QStringLiteral("smtp") : QStringLiteral("error"));
            log.advanceMinutes(20);
        }
        log.expired(QStringLiteral("A00000008"), kSender);
        log.removed(QStringLiteral("A00000008"));
        log.removed(QStringLiteral("A00000006"));
        // greylisted recipient passes
        log.sent(QStringLiteral("A00000002"), QStringLiteral("greylisted@example.net"));
        log.removed(QStringLiteral("A00000002"));
        // another sender's message and other daemons: never counted
        log.queued(QStringLiteral("B00000001"), QStringLiteral("alerts@shop.example"));
        log.said(QStringLiteral("B00000001"), QStringLiteral("ops@example.net"), QStringLiteral("bounced"), QStringLiteral("5.1.1"), QStringLiteral("550 5.1.1 User unknown"));
        log.raw(QStringLiteral("postfix/anvil"), QStringLiteral("statistics: max connection rate 1/60s for (smtp:192.0.2.1) at Mar 14 09:00:00"));
        log.raw(QStringLiteral("CRON"), QStringLiteral("(root) CMD (run-parts /etc/cron.hourly)"));
        log.advanceMinutes(10);
        m_asOf = log.now();
        log.raw(QStringLiteral("dovecot"), QStringLiteral("imap-login: Login: user=<x>"));

        QVERIFY(LogBuilder::writeFile(m_folder + QStringLiteral("/maillog"), log.text()));
        QVERIFY(LogBuilder::writeFile(m_folder + QStringLiteral("/campaign.json"), LogBuilder::campaignJson(kSender)));
        QVERIFY(LogBuilder::writeFile(m_folder + QStringLiteral("/recipients.csv"),
                                      "email,status\ndelivered@example.net,Active\nerror@example.net,Error\n"
                                      "optout@example.net,Opt-out\nnever@example.net,\n"));

        QVERIFY(LogBuilder::writeFile(m_folder + QStringLiteral("/events.csv"),
                                      "email,event,timestamp\n"
                                      "delivered@example.net,open,2026-03-15T10:00:00Z\n"
                                      "delivered@example.net,open,2026-03-15T11:00:00Z\n"
                                      "greylisted@example.net,open,2026-03-15T10:05:00Z\n"
                                      "greylisted@example.net,click,2026-03-15T10:06:00Z\n"
                                      "greylisted@example.net,complaint,2026-03-15T12:00:00Z\n"));
        TestStore store(m_dir.filePath(QStringLiteral("store.sqlite")));
        const ImportSummary summary = store.import({m_folder});
        QCOMPARE(summary.engagementEvents, 5);
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.problemCount, qint64(0));
    }

    void eachRecipientEndsInOneOutcome_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("accepted with 2xx") << "delivered@example.net" << "delivered";
        QTest::newRow("greylisting is harmless") << "greylisted@example.net" << "delivered";
        QTest::newRow("5xx about the address") << "hard@example.net" << "hard";
        QTest::newRow("5xx about reputation") << "spam@example.net" << "spam";
        QTest::newRow("5xx mailbox full counts soft") << "full@example.net" << "soft";
        QTest::newRow("max_attempts reached") << "maxattempts@example.net" << "soft";
        QTest::newRow("the MTA expired it") << "expired@example.net" << "soft";
        QTest::newRow("retry window passed") << "window@example.net" << "soft";
        QTest::newRow("still being retried") << "inprogress@example.net" << "in_progress";
        QTest::newRow("suppressed retries are not attempts") << "suppressed@example.net" << "in_progress";
    }

    void eachRecipientEndsInOneOutcome()
    {
        QFETCH(QString, recipient);
        TestStore store(m_dir.filePath(QStringLiteral("store.sqlite")));
        const auto outcomes = store.outcomes(QStringLiteral("Test Campaign"));
        QVERIFY2(outcomes.contains(recipient), qPrintable(QStringList(outcomes.keys()).join(QLatin1Char(' '))));
        QTEST(outcomes.value(recipient), "outcome");
    }

    void totalsAddUp()
    {
        TestStore store(m_dir.filePath(QStringLiteral("store.sqlite")));
        const CampaignReport report = store.report(QStringLiteral("Test Campaign"));
        QCOMPARE(report.asOf, m_asOf);
        QCOMPARE(report.totals.sent, qint64(10)); // the other sender's recipient is not ours
        QCOMPARE(report.totals.delivered, qint64(2));
        QCOMPARE(report.totals.hard, qint64(1));
        QCOMPARE(report.totals.spam, qint64(1));
        QCOMPARE(report.totals.soft, qint64(4));
        QCOMPARE(report.totals.inProgress, qint64(2));
        QCOMPARE(report.totals.delivered + report.totals.inProgress + report.totals.soft +
                     report.totals.hard + report.totals.spam,
                 report.totals.sent);
        QCOMPARE(report.skipped, qint64(2));      // Error and Opt-out members
        QCOMPARE(report.notAttempted, qint64(1)); // never@example.net
        // events.csv: distinct recipients; a complaint counts apart from the outcome.
        QCOMPARE(report.engagement.opened, qint64(2));
        QCOMPARE(report.engagement.clicked, qint64(1));
        QCOMPARE(report.complaints, qint64(1));
    }

    void attemptsCountOnlyNetworkTries()
    {
        TestStore store(m_dir.filePath(QStringLiteral("store.sqlite")));
        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("Test Campaign"));
        MessageFilter filter;
        filter.search = QStringLiteral("suppressed@");
        const auto rows = queries.messages(info, queries.defaultPolicy(info), filter);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().attempts, 1);
        QCOMPARE(rows.first().stage, QStringLiteral("connect"));
        QCOMPARE(queries.attempts(rows.first().deliveryId).size(), 4); // the history keeps all four

        filter.search = QStringLiteral("greylisted@");
        const auto grey = queries.messages(info, queries.defaultPolicy(info), filter);
        QCOMPARE(grey.size(), 1);
        const auto history = queries.attempts(grey.first().deliveryId);
        QCOMPARE(history.size(), 2); // the deferral stays visible
        QCOMPARE(history.first().status, QStringLiteral("deferred"));
        QCOMPARE(history.first().cls, QStringLiteral("greylist"));
        QCOMPARE(history.last().status, QStringLiteral("sent"));
    }

    void audienceAndTimeline()
    {
        TestStore store(m_dir.filePath(QStringLiteral("store.sqlite")));
        auto queries = store.queries();
        const CampaignInfo info = store.campaign(QStringLiteral("Test Campaign"));
        QCOMPARE(queries.countAudience(info, ReportQueries::AudienceGroup::Skipped), qint64(2));
        const auto never = queries.audience(info, ReportQueries::AudienceGroup::NotAttempted);
        QCOMPARE(never.size(), 1);
        QCOMPARE(never.first().email, QStringLiteral("never@example.net"));

        const auto buckets = queries.timeline(info, queries.defaultPolicy(info), 3600);
        QVERIFY(buckets.size() >= 2);
        qint64 delivered = 0, deferred = 0, bounced = 0;
        for (const TimelineBucket& b : buckets) {
            delivered += b.delivered;
            deferred += b.deferred;
            bounced += b.bounced;
        }
        QCOMPARE(delivered, qint64(2));          // two 2xx acceptances
        QCOMPARE(bounced, qint64(3 + 1));        // three bounces and one expiry
        QCOMPARE(deferred, qint64(1 + 1 + 4 + 2 + 1 + 1)); // network deferrals only
    }

    void asOfMovesTheRetryWindow()
    {
        TestStore store(m_dir.filePath(QStringLiteral("store.sqlite")));
        const auto later = store.outcomes(QStringLiteral("Test Campaign"), m_asOf.addDays(2));
        QCOMPARE(later.value(QStringLiteral("inprogress@example.net")), QStringLiteral("soft"));
        const auto earlier = store.outcomes(QStringLiteral("Test Campaign"), m_asOf.addSecs(-20 * 3600));
        QCOMPARE(earlier.value(QStringLiteral("window@example.net")), QStringLiteral("in_progress"));
    }
};

QTEST_GUILESS_MAIN(TestOutcomeEngine)
#include "tst_OutcomeEngine.moc"
