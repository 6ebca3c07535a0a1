// Schema step 8 gives every address an integer id that deliveries, audience and events
// rows carry, so that the status evaluation indexes an array instead of hashing text, and
// keeps each campaign's first attempt in its row. The ids must change no status: a store migrated
// from step 7, a store whose rows lack ids (a writer that did not set them), and manual actions
// made before any campaign all give the statuses the text look-up gives.
#include "CampaignSeries.h"
#include "StoreDowngrade.h"
#include "TestStore.h"

#include "policy/StatusEngine.h"
#include "store/sqlite/StatusStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {
// Every scripted letter over four campaigns, with a Gmail address (a major ISP), so that
// each rule of the preset takes part.
QList<CampaignSeries::Recipient> recipients() {
    return {{QStringLiteral("a@example.net"), {}, QStringLiteral("DDDD")},
            {QStringLiteral("h@example.net"), {}, QStringLiteral("DH-D")},
            {QStringLiteral("g@gmail.com"), QStringLiteral("gmail-smtp-in.l.google.com"),
             QStringLiteral("H---")},
            {QStringLiteral("s@example.net"), {}, QStringLiteral("FFFF")},
            {QStringLiteral("x@example.net"), {}, QStringLiteral("SDPD")},
            {QStringLiteral("c@example.net"), {}, QStringLiteral("DC--")},
            {QStringLiteral("u@example.net"), {}, QStringLiteral("U---")},
            {QStringLiteral("r@example.net"), {}, QStringLiteral("RKDD")},
            {QStringLiteral("arf@example.net"), {}, QStringLiteral("DA--")},
            {QStringLiteral("e@example.net"), {}, QStringLiteral("EDDD")},
            {QStringLiteral("o@example.net"), {}, QStringLiteral("-O--")}};
}

// Every address's status, rule, campaign, counts and explanation, in address order.
QStringList statuses(Database& db, const QString& presetId = StatusPreset::defaultId()) {
    QString error;
    const auto preset = StatusPreset::load(presetId, error);
    if (!preset)
        qFatal("%s", qPrintable(error));
    StatusEngine engine(*preset);
    StatusStore store(db.connection());
    if (!store.evaluate(engine))
        qFatal("%s", qPrintable(store.errorString()));
    QStringList lines;
    engine.forEach([&lines](const AddressStatus& s) {
        lines.append(QStringLiteral("%1 %2 %3 %4 %5/%6/%7 %8 %9 %10")
                         .arg(s.address, s.status, s.rule, s.campaign)
                         .arg(s.hard)
                         .arg(s.soft)
                         .arg(s.softConsecutive)
                         .arg(s.lastCampaign)
                         .arg(s.unengagedCampaigns)
                         .arg(s.explanation));
        return true;
    });
    return lines;
}

// Campaigns whose stored first attempt is not the earliest of their deliveries.
const QString kWrongFirstAttempt =
    QStringLiteral("SELECT COUNT(*) FROM campaigns c WHERE c.first_attempt_at IS NOT (SELECT "
                   "MIN(d.first_attempt_at) FROM deliveries d WHERE d.campaign_id = c.id)");

qint64 count(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}
} // namespace

class tst_AddressIds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("s.sqlite"));
        QFile::remove(m_path);
        TestStore store(m_path);
        for (const QString& folder :
             CampaignSeries::write(m_dir.filePath(QStringLiteral("f")), recipients(), 4))
            QVERIFY(store.import({folder}).fatalError.isEmpty());
    }

    void everyRowHasTheIdOfItsAddress() {
        TestStore store(m_path);
        Database& db = store.database();
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE address_id IS "
                                          "NULL OR address_id <> (SELECT id FROM addresses "
                                          "WHERE email = recipient)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audience WHERE address_id IS "
                                          "NULL OR address_id <> (SELECT id FROM addresses "
                                          "WHERE addresses.email = audience.email)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE address_id IS NULL "
                                          "OR address_id <> (SELECT id FROM addresses WHERE "
                                          "addresses.email = events.email)")),
                 0);
        // The campaigns' first attempts are kept with the deliveries.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE first_attempt_at "
                                          "IS NULL")),
                 0);
        QCOMPARE(count(db, kWrongFirstAttempt), 0);
        // A complaint's address is listed too, and every address once.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM addresses WHERE email = "
                                          "'arf@example.net'")),
                 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM addresses")),
                 recipients().size() + 1); // and filler@example.org
        // Importing a campaign again reuses the ids.
        const qint64 before = count(db, QStringLiteral("SELECT MAX(id) FROM addresses"));
        QVERIFY(
            store.import({m_dir.filePath(QStringLiteral("f/campaign-2"))}).fatalError.isEmpty());
        QCOMPARE(count(db, QStringLiteral("SELECT MAX(id) FROM addresses")), before);
    }

    void aStoreOfStepSevenIsMigratedWithTheSameStatuses() {
        QStringList expected, mailworx;
        {
            TestStore store(m_path);
            expected = statuses(store.database());
            mailworx = statuses(store.database(), QStringLiteral("mailworx"));
            QVERIFY(expected.size() > 10);
            QVERIFY(dropAddressIds(store.database().connection()));
            QVERIFY(QSqlQuery(store.database().connection())
                        .exec(QStringLiteral("PRAGMA user_version=7")));
        }
        TestStore store(m_path);
        QCOMPARE(store.database().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(count(store.database(),
                       QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE address_id IS NULL")),
                 0);
        QCOMPARE(count(store.database(), kWrongFirstAttempt), 0);
        QCOMPARE(statuses(store.database()), expected);
        QCOMPARE(statuses(store.database(), QStringLiteral("mailworx")), mailworx);
    }

    void rowsWithoutIdsAreReadByTheirText() {
        TestStore store(m_path);
        const QStringList expected = statuses(store.database());
        // Half the rows lose their id, and one address its addresses row: one entry per
        // address still, with the same history.
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET address_id = NULL WHERE id % 2 = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audience SET address_id = NULL WHERE email < 'h'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET address_id = NULL")));
        QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET address_id = 999999 WHERE recipient "
                                      "= 's@example.net'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM addresses WHERE email = 'arf@example.net'")));
        QCOMPARE(statuses(store.database()), expected);
    }

    void aManualActionBeforeTheFirstCampaignMeetsTheAddressItNames() {
        TestStore store(m_path);
        StatusStore status(store.database().connection());
        // Before every campaign: reactivating changes nothing later, suppressing is final.
        QVERIFY(status.addAction({StatusAction::Kind::Suppress, QStringLiteral("A@Example.net"),
                                  QStringLiteral("asked by phone"), 1000}));
        QString error;
        StatusEngine engine(*StatusPreset::load(StatusPreset::defaultId(), error));
        QVERIFY(status.evaluate(engine));
        QCOMPARE(engine.addressCount(), recipients().size() + 1);
        const auto a = engine.statusOf(QStringLiteral("a@example.net"));
        QVERIFY(a);
        QCOMPARE(a->status, QStringLiteral("opt_out"));
        QCOMPARE(a->rule, QStringLiteral("manual_suppress"));
        QCOMPARE(a->lastCampaign, QStringLiteral("C4"));
    }

    // The addresses table keeps a removed campaign's addresses; the evaluation lists only
    // the addresses some campaign (or a manual action) names, in alphabetical order.
    void aRemovedCampaignsOwnAddressesAreNotListed() {
        TestStore store(m_path);
        const QStringList before = statuses(store.database());
        QVERIFY(before.filter(QStringLiteral("o@example.net ")).size() == 1);
        QVERIFY(store.queries().removeCampaign(store.campaign(QStringLiteral("C2")).id));
        QCOMPARE(
            count(store.database(),
                  QStringLiteral("SELECT COUNT(*) FROM addresses WHERE email = 'o@example.net'")),
            1);
        const QStringList after = statuses(store.database());
        QVERIFY(after.filter(QStringLiteral("o@example.net ")).isEmpty());
        QCOMPARE(after.size(), before.size() - 1);
        QStringList sorted = after;
        sorted.sort();
        QCOMPARE(after, sorted);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_AddressIds)
#include "tst_AddressIds.moc"
