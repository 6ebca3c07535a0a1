// The planner statistics follow the store's shape: after a second campaign is imported,
// per-campaign queries that no index covers search an index instead of scanning every
// campaign's rows (stale one-campaign statistics made them scan), and an import that
// changes little does not pay for a new analysis.
#include "CampaignSeries.h"
#include "TestStore.h"

#include "store/sqlite/PlannerStatistics.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {
QString queryPlan(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("error");
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(QStringLiteral(" | "));
}

QString scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    q.exec(sql);
    q.next();
    return q.value(0).toString();
}

// The status evaluation's read of one campaign (StatusStore::feedCampaign): it needs
// columns no index holds, so only the campaign's own rows should be read.
const QString kPerCampaign = QStringLiteral(
    "SELECT d.recipient, d.final_status, d.last_attempt_at, d.reply, d.blame FROM deliveries d "
    "WHERE d.campaign_id = 2");

QList<CampaignSeries::Recipient> recipients(int count) {
    QList<CampaignSeries::Recipient> list;
    for (int i = 0; i < count; ++i)
        list.append({QStringLiteral("r%1@example.net").arg(i), {}, QStringLiteral("DD")});
    return list;
}
} // namespace

class tst_PlannerStatistics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondCampaignIsReadThroughAnIndex() {
        QTemporaryDir dir;
        const QStringList folders =
            CampaignSeries::write(dir.filePath(QStringLiteral("series")), recipients(300), 2);
        TestStore store(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.import({folders.at(0)}).fatalError.isEmpty());
        // One campaign: the statistics say (rightly) that campaign_id selects every row.
        const QString stat =
            QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE idx = 'deliveries_campaign_last'");
        const QStringList first = scalar(store.database(), stat).split(QLatin1Char(' '));
        QCOMPARE(first.value(0), QStringLiteral("301"));
        QCOMPARE(first.value(1), QStringLiteral("301"));

        QVERIFY(store.import({folders.at(1)}).fatalError.isEmpty());
        const QStringList second = scalar(store.database(), stat).split(QLatin1Char(' '));
        QCOMPARE(second.value(0), QStringLiteral("602"));
        QCOMPARE(second.value(1), QStringLiteral("301"));
        const QString plan = queryPlan(store.database(), kPerCampaign);
        QVERIFY2(plan.startsWith(QStringLiteral("SEARCH d USING INDEX")), qPrintable(plan));
    }

    void analysesOnlyWhenTheStoreChangedShape() {
        QTemporaryDir dir;
        const QStringList folders =
            CampaignSeries::write(dir.filePath(QStringLiteral("series")), recipients(20), 2);
        TestStore store(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.import({folders.at(0)}).fatalError.isEmpty());
        PlannerStatistics statistics(store.database().connection());
        QVERIFY2(statistics.refresh(), qPrintable(statistics.errorString()));
        QVERIFY(!statistics.analysed()); // the import just did
        // Re-importing the same folder adds nothing: no new analysis either.
        QVERIFY(store.import({folders.at(0)}).fatalError.isEmpty());
        QVERIFY(statistics.refresh());
        QVERIFY(!statistics.analysed());
        // A new campaign changes the shape.
        QVERIFY(execSql(store.database().connection(),
                        QStringLiteral("INSERT INTO campaigns (name) VALUES ('empty')")));
        QVERIFY(statistics.refresh());
        QVERIFY(statistics.analysed());
        QVERIFY(statistics.refresh());
        QVERIFY(!statistics.analysed());
    }
};

QTEST_GUILESS_MAIN(tst_PlannerStatistics)
#include "tst_PlannerStatistics.moc"
