// The precomputed report figures (ReportSummary) give exactly the report computed from
// the deliveries: for the bundled demo under many retry limits and "as of" times, after an
// incremental import, after a cancelled one, and they go with a removed campaign.
#include "LogBuilder.h"
#include "StoreDowngrade.h"
#include "TestPaths.h"
#include "TestStore.h"
#include "report/ReportJson.h"
#include "store/sqlite/ReportSummary.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace deliverboard;

namespace {
const QString kSender = QStringLiteral("news@example.org");

QByteArray jsonOf(const CampaignReport& report) {
    return QJsonDocument(reportjson::report(report)).toJson(QJsonDocument::Compact);
}

// The report from the deliveries: the summary row is removed inside a transaction that
// is rolled back, so the store keeps its summary.
QByteArray liveReport(Database& db, const CampaignInfo& info, const OutcomePolicy& policy) {
    QSqlDatabase connection = db.connection();
    connection.transaction();
    ReportSummary(connection).invalidate(info.id);
    CampaignReport report;
    ReportQueries queries(connection);
    const bool ok = queries.report(info, policy, report);
    connection.rollback();
    return ok ? jsonOf(report) : QByteArray("failed: ") + queries.errorString().toUtf8();
}

QByteArray summaryReport(Database& db, const CampaignInfo& info, const OutcomePolicy& policy) {
    CampaignReport report;
    ReportQueries queries(db.connection());
    return queries.report(info, policy, report) ? jsonOf(report) : QByteArray("failed");
}

QString timelineText(const QList<TimelineBucket>& buckets) {
    QString text;
    for (const TimelineBucket& b : buckets)
        text += QStringLiteral("%1 %2 %3 %4\n")
                    .arg(b.start.toString(Qt::ISODate))
                    .arg(b.delivered)
                    .arg(b.deferred)
                    .arg(b.bounced);
    return text;
}

QString liveTimeline(Database& db, const CampaignInfo& info, const OutcomePolicy& policy,
                     qint64 seconds) {
    QSqlDatabase connection = db.connection();
    connection.transaction();
    ReportSummary(connection).invalidate(info.id);
    const QString text = timelineText(ReportQueries(connection).timeline(info, policy, seconds));
    connection.rollback();
    return text;
}

qint64 rows(Database& db, const QString& table) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.next();
    return q.value(0).toLongLong();
}
} // namespace

class TestReportSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoUnderEveryPolicy() {
        QTemporaryDir dir;
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import(
            {testpaths::source(QStringLiteral("resources/demo/spring-newsletter-2026"))});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        const CampaignInfo info = store.campaign(summary.campaigns.first());
        QVERIFY(ReportSummary(store.database().connection()).isValid(info.id));
        // A few hundred groups stand for the demo's deliveries.
        QVERIFY(rows(store.database(), QStringLiteral("delivery_groups")) <
                rows(store.database(), QStringLiteral("deliveries")) / 2);

        ReportQueries queries(store.database().connection());
        const OutcomePolicy standard = queries.defaultPolicy(info);
        int compared = 0;
        for (const double hours : {0.5, 4.0, 30.0, 120.0}) {
            for (const int attempts : {1, 2, 4, 20}) {
                for (const qint64 shiftHours : {-40, -20, -6, -1, 0, 6, 48}) {
                    OutcomePolicy policy = standard;
                    policy.retryWindowHours = hours;
                    policy.maxAttempts = attempts;
                    policy.asOf = standard.asOf.addSecs(shiftHours * 3600);
                    const QByteArray live = liveReport(store.database(), info, policy);
                    QVERIFY2(!live.startsWith("failed"), live.constData());
                    QCOMPARE(summaryReport(store.database(), info, policy), live);
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, 4 * 4 * 7);

        // The timeline: whole minutes from the summary, the minute of "as of" from the
        // attempts; any bucket size, any "as of" (also inside a minute), the same buckets.
        for (const qint64 seconds : {60, 300, 600, 3600, 86400, 45}) {
            for (const qint64 shiftMs :
                 {qint64(-20 * 3600 * 1000) + 12345, qint64(-3600 * 1000) - 777, qint64(0),
                  qint64(-1), qint64(-30 * 1000)}) {
                OutcomePolicy policy = standard;
                policy.asOf = standard.asOf.addMSecs(shiftMs);
                const QString live = liveTimeline(store.database(), info, policy, seconds);
                QVERIFY(!live.isEmpty());
                QCOMPARE(timelineText(queries.timeline(info, policy, seconds)), live);
            }
        }
        // The policy changes the figures, so the comparison above compared something.
        OutcomePolicy early = standard;
        early.asOf = standard.asOf.addSecs(-20 * 3600);
        QVERIFY(summaryReport(store.database(), info, early) !=
                summaryReport(store.database(), info, standard));
    }

    void incrementalAndCancelledImports() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        const QString log = folder + QStringLiteral("/maillog");
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                      LogBuilder::campaignJson(kSender)));
        LogBuilder first;
        first.queued(QStringLiteral("4A1B2C3D4E"), kSender);
        first.said(QStringLiteral("4A1B2C3D4E"), QStringLiteral("slow@example.net"),
                   QStringLiteral("deferred"), QStringLiteral("4.2.0"),
                   QStringLiteral("450 4.2.0 Try again later"));
        first.queued(QStringLiteral("4B1B2C3D4E"), kSender);
        first.sent(QStringLiteral("4B1B2C3D4E"), QStringLiteral("ok@example.net"));
        first.removed(QStringLiteral("4B1B2C3D4E"));
        QVERIFY(LogBuilder::writeFile(log, first.text()));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(store.import({folder}).fatalError.isEmpty());
        CampaignInfo info = store.campaign(QStringLiteral("Test Campaign"));
        ReportQueries queries(store.database().connection());
        QCOMPARE(summaryReport(store.database(), info, queries.defaultPolicy(info)),
                 liveReport(store.database(), info, queries.defaultPolicy(info)));
        QCOMPARE(store.report(info.name).totals.inProgress, qint64(1));

        // The log grows: the deferred recipient bounces; the summary follows.
        LogBuilder more(first.now().addSecs(3600));
        more.said(QStringLiteral("4A1B2C3D4E"), QStringLiteral("slow@example.net"),
                  QStringLiteral("bounced"), QStringLiteral("5.1.1"),
                  QStringLiteral("550 5.1.1 No such user"));
        more.removed(QStringLiteral("4A1B2C3D4E"));
        QVERIFY(LogBuilder::writeFile(log, more.text(), true));
        QVERIFY(store.import({folder}).fatalError.isEmpty());
        info = store.campaign(info.name);
        QVERIFY(ReportSummary(store.database().connection()).isValid(info.id));
        QCOMPARE(summaryReport(store.database(), info, queries.defaultPolicy(info)),
                 liveReport(store.database(), info, queries.defaultPolicy(info)));
        QCOMPARE(store.report(info.name).totals.hard, qint64(1));

        // A cancelled import leaves no summary that disagrees with the deliveries.
        LogBuilder late(more.now().addSecs(3600));
        late.queued(QStringLiteral("4C1B2C3D4E"), kSender);
        late.sent(QStringLiteral("4C1B2C3D4E"), QStringLiteral("late@example.net"));
        QVERIFY(LogBuilder::writeFile(log, late.text(), true));
        std::atomic_bool cancel{true};
        ImportOptions options;
        options.cancel = &cancel;
        QVERIFY(CampaignImporter(store.database()).importPaths({folder}, options).cancelled);
        QCOMPARE(summaryReport(store.database(), info, queries.defaultPolicy(info)),
                 liveReport(store.database(), info, queries.defaultPolicy(info)));

        // Removing the campaign removes its summary.
        QVERIFY(queries.removeCampaign(info.id));
        QCOMPARE(rows(store.database(), QStringLiteral("delivery_groups")), qint64(0));
        QCOMPARE(rows(store.database(), QStringLiteral("campaign_figures")), qint64(0));
    }

    // A store of schema 8 kept one summary group per delivery still deferred; step 9 moves
    // them into partitions, and the report stays exactly the one from the deliveries.
    void migratedSummaryGivesTheSameReport() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        const QString demo =
            testpaths::source(QStringLiteral("resources/demo/spring-newsletter-2026"));
        qint64 deferredGroups = 0;
        {
            TestStore store(path);
            QVERIFY(store.import({demo}).fatalError.isEmpty());
            QVERIFY(dropReportPartitions(store.database().connection()));
            QSqlQuery q(store.database().connection());
            QVERIFY(q.exec(
                QStringLiteral("SELECT COUNT(*) FROM delivery_groups WHERE attempts IS NOT NULL")));
            QVERIFY(q.next());
            deferredGroups = q.value(0).toLongLong();
        }
        QVERIFY(deferredGroups > 10); // the demo has deliveries still deferred
        TestStore store(path);
        QCOMPARE(store.database().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(rows(store.database(), QStringLiteral("delivery_groups WHERE attempts IS NOT "
                                                       "NULL")),
                 qint64(0));
        const qint64 partitions = rows(store.database(), QStringLiteral("deferred_partitions"));
        QVERIFY(partitions > 0 && partitions < deferredGroups);
        const CampaignInfo info = store.campaign(QStringLiteral("Spring Newsletter 2026"));
        QVERIFY(ReportSummary(store.database().connection()).isValid(info.id));
        ReportQueries queries(store.database().connection());
        const OutcomePolicy standard = queries.defaultPolicy(info);
        for (const int attempts : {1, 4}) {
            for (const qint64 shiftHours : {-20, -6, 0}) {
                OutcomePolicy policy = standard;
                policy.maxAttempts = attempts;
                policy.asOf = standard.asOf.addSecs(shiftHours * 3600);
                QCOMPARE(summaryReport(store.database(), info, policy),
                         liveReport(store.database(), info, policy));
            }
        }
        // The rebuild at the next import writes the same partitions as the migration did.
        QSqlQuery q(store.database().connection());
        const auto partitionText = [&] {
            QString text;
            q.exec(QStringLiteral(
                "SELECT p.isp, p.code, p.enhanced, p.reason, p.stage, p.attempts, p.total, "
                "t.first_attempt_at, t.running FROM deferred_partitions p LEFT JOIN "
                "deferred_times t ON t.partition_id = p.id ORDER BY 1, 2, 3, 4, 5, 6, 8"));
            while (q.next())
                for (int i = 0; i < 9; ++i)
                    text += q.value(i).toString() + QLatin1Char(i == 8 ? '\n' : ' ');
            return text;
        };
        const QString migrated = partitionText();
        QVERIFY(!migrated.isEmpty());
        store.database().connection().transaction();
        QVERIFY(ReportSummary(store.database().connection()).rebuild(info.id));
        store.database().connection().commit();
        QCOMPARE(partitionText(), migrated);
    }

    void unchangedReimportKeepsTheSummary() {
        QTemporaryDir dir;
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const QString demo =
            testpaths::source(QStringLiteral("resources/demo/spring-newsletter-2026"));
        QVERIFY(store.import({demo}).fatalError.isEmpty());
        const ImportSummary again = store.import({demo});
        QCOMPARE(again.filesRead, 0);
        const CampaignInfo info = store.campaign(again.campaigns.first());
        QVERIFY(ReportSummary(store.database().connection()).isValid(info.id));
    }
};

QTEST_GUILESS_MAIN(TestReportSummary)
#include "tst_ReportSummary.moc"
