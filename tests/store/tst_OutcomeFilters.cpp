// The drill-down's outcome filters read the index deliveries_settled (schema step 9) and
// the policy's two bounds instead of computing every row's outcome: they must give exactly
// the rows whose computed outcome is in the filter, in the same order, with the same count,
// under many retry limits and "as of" times, alone and combined with other filters, whether
// paged by OFFSET, by a jump or by continuing a keyset; and a filtered page in recipient
// order is found through the index.
#include "TestPaths.h"
#include "TestStore.h"
#include "store/SqlThreadGuard.h"
#include "store/sqlite/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {
QList<qint64> idsOf(const QList<MessageRow>& rows) {
    QList<qint64> ids;
    for (const MessageRow& row : rows)
        ids.append(row.deliveryId);
    return ids;
}

// The plan of `sql`; each `?` is bound to `bind` (plans do not depend on the values).
QString planOf(const QSqlDatabase& db, const QString& sql, const QVariant& bind = {}) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return q.lastError().text();
    for (qsizetype i = 0, n = sql.count(QLatin1Char('?')); i < n; ++i)
        q.addBindValue(bind);
    if (!q.exec())
        return q.lastError().text();
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    return plan;
}
} // namespace

class tst_OutcomeFilters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filteredRowsAreTheComputedOutcomes();
    void pagesOfAFilterAreItsRows();
    void recipientOrderReadsTheIndex();
    void everyIndexedOrderWalksItsIndexBothWays();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    CampaignInfo m_campaign;
    OutcomePolicy m_policy;
};

void tst_OutcomeFilters::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_store = TestStore::withDemo(m_dir.filePath(QStringLiteral("store.sqlite")));
    m_campaign = m_store->campaign(QStringLiteral("demo"));
    m_policy = m_store->queries().defaultPolicy(m_campaign);
}

void tst_OutcomeFilters::filteredRowsAreTheComputedOutcomes() {
    ReportQueries queries = m_store->queries();
    const QList<QList<Outcome>> sets{{Outcome::Delivered},
                                     {Outcome::Hard},
                                     {Outcome::Spam},
                                     {Outcome::Soft},
                                     {Outcome::InProgress},
                                     {Outcome::Soft, Outcome::Spam},
                                     {Outcome::Soft, Outcome::InProgress},
                                     {Outcome::InProgress, Outcome::Hard},
                                     {Outcome::Delivered, Outcome::Soft, Outcome::InProgress}};
    QSet<QString> seenNonEmpty;
    int compared = 0;
    for (const double hours : {0.5, 30.0, 120.0}) {
        for (const int attempts : {1, 2, 4, 20}) {
            for (const qint64 shiftHours : {-40, -6, 0, 48}) {
                OutcomePolicy policy = m_policy;
                policy.retryWindowHours = hours;
                policy.maxAttempts = attempts;
                policy.asOf = m_policy.asOf.addSecs(shiftHours * 3600);
                // Every row with its outcome computed by the select list's expression.
                const QList<MessageRow> all = queries.messages(m_campaign, policy, {});
                QVERIFY(all.size() > 100);
                for (const QList<Outcome>& outcomes : sets) {
                    for (const QString& isp : {QString(), QStringLiteral("google")}) {
                        MessageFilter filter;
                        filter.outcomes = outcomes;
                        filter.isp = isp;
                        QList<qint64> expected;
                        for (const MessageRow& row : all)
                            if (outcomes.contains(row.outcome) && (isp.isEmpty() || row.isp == isp))
                                expected.append(row.deliveryId);
                        const QList<MessageRow> rows = queries.messages(m_campaign, policy, filter);
                        QCOMPARE(idsOf(rows), expected);
                        for (const MessageRow& row : rows)
                            QVERIFY(outcomes.contains(row.outcome));
                        QCOMPARE(queries.countMessages(m_campaign, policy, filter),
                                 qint64(expected.size()));
                        if (!expected.isEmpty())
                            seenNonEmpty.insert(outcomeId(outcomes.first()));
                        ++compared;
                    }
                }
            }
        }
    }
    QCOMPARE(compared, 3 * 4 * 4 * 9 * 2);
    // The demo has every outcome under some policy, so each branch was compared on rows.
    for (const Outcome o :
         {Outcome::Delivered, Outcome::Hard, Outcome::Spam, Outcome::Soft, Outcome::InProgress})
        QVERIFY2(seenNonEmpty.contains(outcomeId(o)), qPrintable(outcomeId(o)));
}

void tst_OutcomeFilters::pagesOfAFilterAreItsRows() {
    ReportQueries queries = m_store->queries();
    OutcomePolicy policy = m_policy;
    policy.asOf = m_policy.asOf.addSecs(-6 * 3600); // some deliveries still in progress
    for (const QList<Outcome>& outcomes :
         {QList<Outcome>{Outcome::Soft}, QList<Outcome>{Outcome::InProgress, Outcome::Hard},
          QList<Outcome>{Outcome::Delivered}}) {
        for (const auto column :
             {MessageFilter::SortColumn::Recipient, MessageFilter::SortColumn::Outcome,
              MessageFilter::SortColumn::Attempts}) {
            for (const bool descending : {false, true}) {
                MessageFilter filter;
                filter.outcomes = outcomes;
                filter.sortColumn = column;
                filter.descending = descending;
                const QList<MessageRow> all = queries.messages(m_campaign, policy, filter);
                QVERIFY(all.size() > 3);
                constexpr int kPage = 16;
                for (const qsizetype offset : {qsizetype(0), qsizetype(1), qsizetype(kPage),
                                               all.size() / 2, all.size() - 2}) {
                    const QList<qint64> expected = idsOf(all.mid(offset, kPage));
                    bool ok = false;
                    QCOMPARE(idsOf(queries.messagesPage(m_campaign, policy, filter, offset, kPage,
                                                        {}, &ok)),
                             expected);
                    QVERIFY2(ok, qPrintable(queries.errorString()));
                    if (offset == 0)
                        continue;
                    const MessageCursor after = ReportQueries::cursorOf(all.at(offset - 1), column);
                    QCOMPARE(idsOf(queries.messagesPage(m_campaign, policy, filter, offset, kPage,
                                                        after, &ok)),
                             expected);
                    QVERIFY2(ok, qPrintable(queries.errorString()));
                }
            }
        }
    }
}

void tst_OutcomeFilters::recipientOrderReadsTheIndex() {
    // The query messages() runs for a first page of hard bounces, as the drill-down asks it.
    const QSqlDatabase db = m_store->database().connection();
    const QString settled = settledOutcomeSql(QStringLiteral("d"));
    const QString plan =
        planOf(db, QStringLiteral("SELECT d.id FROM deliveries d JOIN messages m ON m.id = "
                                  "d.message_id WHERE d.campaign_id = %1 AND ((%2 = 'hard')) "
                                  "ORDER BY d.recipient, d.id LIMIT 300")
                       .arg(m_campaign.id)
                       .arg(settled));
    QVERIFY2(plan.contains(QStringLiteral("USING INDEX deliveries_settled")), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    // With an ISP too (written with a unary +, as filterClause writes it): the ISP is read
    // from the same index entries.
    const QString google =
        planOf(db, QStringLiteral("SELECT d.id FROM deliveries d JOIN messages m ON m.id = "
                                  "d.message_id WHERE d.campaign_id = %1 AND ((%2 = 'hard')) "
                                  "AND +d.isp = 'google' ORDER BY d.recipient, d.id LIMIT 300")
                       .arg(m_campaign.id)
                       .arg(settled));
    QVERIFY2(google.contains(QStringLiteral("USING INDEX deliveries_settled")), qPrintable(google));
    // And the count of deliveries still in progress from the index (its attempts and first
    // attempt time are index columns: SQLite defers the table seek and never makes it).
    const QString count =
        planOf(db, QStringLiteral(
                       "SELECT COUNT(*) FROM deliveries d WHERE d.campaign_id = %1 AND "
                       "((%2 = 'deferred' AND NOT (d.attempts >= 4 OR d.first_attempt_at <= 0)))")
                       .arg(m_campaign.id)
                       .arg(settled));
    QVERIFY2(count.contains(
                 QStringLiteral("USING INDEX deliveries_settled (campaign_id=? AND <expr>=?)")),
             qPrintable(count));
}

void tst_OutcomeFilters::everyIndexedOrderWalksItsIndexBothWays() {
    // The statements the drill-down runs, as ReportQueries builds them (recorded by the SQL
    // guard, which sees every statement on this thread): a first page, and every range of a
    // page after a cursor, in each indexed order and both directions. Each reads its index
    // in order, with no sort of the campaign (ties go by id in the key's direction, as the
    // index has them; each range is one seek).
    ReportQueries queries = m_store->queries();
    const QSqlDatabase db = m_store->database().connection();
    for (const auto& [column, index] : {std::pair{MessageFilter::SortColumn::Recipient,
                                                  QStringLiteral("deliveries_campaign_recipient")},
                                        std::pair{MessageFilter::SortColumn::Attempts,
                                                  QStringLiteral("deliveries_campaign_attempts")},
                                        std::pair{MessageFilter::SortColumn::LastAttempt,
                                                  QStringLiteral("deliveries_campaign_last")}}) {
        for (const bool descending : {false, true}) {
            MessageFilter filter;
            filter.sortColumn = column;
            filter.descending = descending;
            const QList<MessageRow> all = queries.messages(m_campaign, m_policy, filter);
            QVERIFY(all.size() > 40);
            sqlguard::enable(sqlguard::Mode::Record);
            sqlguard::reset();
            bool ok = false;
            queries.messagesPage(m_campaign, m_policy, filter, 0, 300, {}, &ok);
            // Every row after the 20th: the cursor's ties, then the keys beyond it.
            queries.messagesPage(m_campaign, m_policy, filter, 20, -1,
                                 ReportSource::cursorOf(all.at(19), column), &ok);
            const QStringList statements = sqlguard::violations();
            sqlguard::enable(sqlguard::Mode::Off);
            QVERIFY2(ok, qPrintable(queries.errorString()));
            QVERIFY2(statements.size() >= 3, qPrintable(statements.join(QLatin1Char('\n'))));
            bool tiesSeek = false;
            for (QString sql : statements) {
                sql.remove(0, sql.indexOf(QStringLiteral(": ")) + 2); // the guard's "where: "
                const QString plan = planOf(db, sql, m_campaign.id);
                // The cursor's ties: one seek to the key and the id, not a walk over the key.
                tiesSeek =
                    tiesSeek ||
                    plan.contains(QRegularExpression(QStringLiteral("=\\? AND rowid[<>]\\?")));
                QVERIFY2(plan.contains(QStringLiteral("USING INDEX ") + index) ||
                             plan.contains(QStringLiteral("USING COVERING INDEX ") + index),
                         qPrintable(sql + QLatin1Char('\n') + plan));
                QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")),
                         qPrintable(sql + QLatin1Char('\n') + plan));
            }
            QVERIFY2(tiesSeek, qPrintable(statements.join(QLatin1Char('\n'))));
        }
    }
}

QTEST_GUILESS_MAIN(tst_OutcomeFilters)
#include "tst_OutcomeFilters.moc"
