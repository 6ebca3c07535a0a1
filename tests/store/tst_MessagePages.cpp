// The drill-down's keyset pages (ReportQueries::messagesPage) give exactly the rows of the
// LIMIT/OFFSET pages they replace, for every sort column, both directions and several
// filters, whether a page is reached by a jump (the narrow seek) or by continuing from the
// previous page's last row; and the batched campaign removal rolls back when stopped.
#include "TestPaths.h"
#include "TestStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

class tst_MessagePages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesEqualOffsetPages_data();
    void pagesEqualOffsetPages();
    void removalStoppedRollsBack();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    CampaignInfo m_campaign;
    OutcomePolicy m_policy;
};

void tst_MessagePages::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_store = TestStore::withDemo(m_dir.filePath(QStringLiteral("store.sqlite")));
    m_campaign = m_store->campaign(QStringLiteral("demo"));
    m_policy = m_store->queries().defaultPolicy(m_campaign);
    // Some deliveries without a last attempt (a store written by something else than the
    // importer may hold them), more than a page of them, so that pages in time order start
    // in, end in and cross the NULL keys' own range.
    QSqlQuery q(m_store->database().connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE deliveries SET last_attempt_at = NULL WHERE id % 15 = 0")));
    QVERIFY(q.numRowsAffected() > 64);
}

void tst_MessagePages::pagesEqualOffsetPages_data() {
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("filterName");
    const QStringList filters{QStringLiteral("all"), QStringLiteral("hard"),
                              QStringLiteral("search"), QStringLiteral("google")};
    const char* columns[] = {"recipient", "outcome", "isp",    "attempts",
                             "code",      "stage",   "reason", "last"};
    for (int column = 0; column < 8; ++column)
        for (bool descending : {false, true})
            for (const QString& filter : filters)
                QTest::addRow("%s %s %s", columns[column], descending ? "desc" : "asc",
                              qPrintable(filter))
                    << column << descending << filter;
}

void tst_MessagePages::pagesEqualOffsetPages() {
    QFETCH(int, sortColumn);
    QFETCH(bool, descending);
    QFETCH(QString, filterName);
    MessageFilter filter;
    filter.sortColumn = static_cast<MessageFilter::SortColumn>(sortColumn);
    filter.descending = descending;
    if (filterName == QLatin1String("hard"))
        filter.outcomes = {Outcome::Hard};
    else if (filterName == QLatin1String("search"))
        filter.search = QStringLiteral("mail");
    else if (filterName == QLatin1String("google"))
        filter.isp = QStringLiteral("google");
    ReportQueries queries = m_store->queries();
    const QList<MessageRow> all = queries.messages(m_campaign, m_policy, filter);
    QVERIFY(all.size() > 10);
    constexpr int kPage = 64;
    const qsizetype total = all.size();
    QList<qsizetype> offsets{0, 1, kPage, kPage + 1, total / 2, total - 3, total};
    // Around every change of sort key from NULL to a value or back.
    for (qsizetype i = 1; i < total; ++i)
        if (all[i - 1].lastAttempt.isValid() != all[i].lastAttempt.isValid() &&
            filter.sortColumn == MessageFilter::SortColumn::LastAttempt)
            offsets << i - 1 << i << i + 1;
    for (const qsizetype offset : std::as_const(offsets)) {
        const QList<MessageRow> expected = all.mid(offset, kPage);
        bool ok = false;
        // A jump: the page is found by the seek.
        const QList<MessageRow> jumped =
            queries.messagesPage(m_campaign, m_policy, filter, offset, kPage, {}, &ok);
        QVERIFY2(ok, qPrintable(queries.errorString()));
        QCOMPARE(jumped.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(jumped[i].deliveryId, expected[i].deliveryId);
        if (offset == 0)
            continue;
        // A continuation: after the previous page's last row.
        const MessageCursor after = ReportQueries::cursorOf(all[offset - 1], filter.sortColumn);
        QVERIFY(after.isValid());
        QCOMPARE(after.key.isNull(), filter.sortColumn == MessageFilter::SortColumn::LastAttempt &&
                                         !all[offset - 1].lastAttempt.isValid());
        const QList<MessageRow> continued =
            queries.messagesPage(m_campaign, m_policy, filter, offset, kPage, after, &ok);
        QVERIFY2(ok, qPrintable(queries.errorString()));
        QCOMPARE(continued.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(continued[i].deliveryId, expected[i].deliveryId);
            QCOMPARE(continued[i].recipient, expected[i].recipient);
            QCOMPARE(continued[i].outcome, expected[i].outcome);
        }
    }
    // Every row after the first page at once (limit < 0), across all of the ranges.
    bool ok = false;
    const QList<MessageRow> rest =
        queries.messagesPage(m_campaign, m_policy, filter, 1, -1,
                             ReportQueries::cursorOf(all[0], filter.sortColumn), &ok);
    QVERIFY2(ok, qPrintable(queries.errorString()));
    QCOMPARE(rest.size(), total - 1);
    QCOMPARE(rest.last().deliveryId, all.last().deliveryId);
}

void tst_MessagePages::removalStoppedRollsBack() {
    const QString demo = testpaths::source(QStringLiteral("resources/demo/spring-newsletter-2026"));
    QVERIFY(m_store->import({demo}, QStringLiteral("copy")).fatalError.isEmpty());
    const CampaignInfo copy = m_store->campaign(QStringLiteral("copy"));
    ReportQueries queries = m_store->queries();
    const qint64 rows = queries.countMessages(copy, m_policy, {});
    QVERIFY(rows > 0);

    // Stopped after the first batch: everything is still there.
    int calls = 0;
    QVERIFY(!queries.removeCampaign(copy.id, [&](qint64 done, qint64 total) {
        ++calls;
        return done < 0 || total < 0; // false: stop
    }));
    QCOMPARE(calls, 1);
    QVERIFY(queries.errorString().isEmpty()); // stopped, not failed
    QVERIFY(queries.campaign(QStringLiteral("copy")).has_value());
    QCOMPARE(queries.countMessages(copy, m_policy, {}), rows);

    // Run to the end: gone, progress up to the total, the other campaign untouched.
    const qint64 before = queries.countMessages(m_campaign, m_policy, {});
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    bool growing = true;
    QVERIFY2(queries.removeCampaign(copy.id,
                                    [&](qint64 done, qint64 total) {
                                        growing = growing && done >= lastDone;
                                        lastDone = done;
                                        lastTotal = total;
                                        return true;
                                    }),
             qPrintable(queries.errorString()));
    QVERIFY(growing);
    QCOMPARE(lastTotal, rows);
    QCOMPARE(lastDone, rows);
    QVERIFY(!queries.campaign(QStringLiteral("copy")).has_value());
    QCOMPARE(queries.countMessages(copy, m_policy, {}), qint64(0));
    QCOMPARE(queries.countMessages(m_campaign, m_policy, {}), before);
}

QTEST_MAIN(tst_MessagePages)
#include "tst_MessagePages.moc"
