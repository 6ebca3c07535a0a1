// Preview before apply (StatusDiff), the inactivity suggestions and the sender's own
// problems, over one series of five generated campaigns in one store. Every expected
// figure is worked out by hand from the scripts below (letters: CampaignSeries.h) and the
// presets' rules (contract section 7).
#include "CampaignSeries.h"
#include "TestStore.h"

#include "policy/StatusDiff.h"
#include "policy/StatusPreset.h"
#include "store/sqlite/StatusStore.h"
#include "store/sqlite/StoreSettings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {
const QString kGoogleMx = QStringLiteral("gmail-smtp-in.l.google.com");
const QString kOutlookMx = QStringLiteral("outlook-com.olc.protection.outlook.com");

std::unique_ptr<StatusEngine> evaluate(TestStore& store, const QString& presetId) {
    QString error;
    const auto preset = StatusPreset::load(presetId, error);
    if (!preset)
        qFatal("preset %s: %s", qPrintable(presetId), qPrintable(error));
    auto engine = std::make_unique<StatusEngine>(*preset);
    StatusStore statuses(store.database().connection());
    if (!statuses.evaluate(*engine))
        qFatal("evaluate: %s", qPrintable(statuses.errorString()));
    return engine;
}

QStringList inactiveAddresses(const StatusEngine& engine, const InactivityRule& rule) {
    QStringList result;
    engine.forEachInactive(rule, [&](const AddressStatus& s) {
        result.append(s.address);
        return true;
    });
    return result;
}
} // namespace

class TestStatusPreview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QList<CampaignSeries::Recipient> recipients{
            {QStringLiteral("a@example.net"), {}, QStringLiteral("DDDDD")},
            {QStringLiteral("b@example.net"), {}, QStringLiteral("HDDDD")},
            {QStringLiteral("c@example.net"), {}, QStringLiteral("H----")},
            {QStringLiteral("d@gmail.com"), kGoogleMx, QStringLiteral("H----")},
            {QStringLiteral("e@example.net"), {}, QStringLiteral("FFF--")},
            {QStringLiteral("f@example.net"), {}, QStringLiteral("FFFF-")},
            {QStringLiteral("g@example.net"), {}, QStringLiteral("FDFF-")},
            {QStringLiteral("h@example.net"), {}, QStringLiteral("FFDFF")},
            {QStringLiteral("k@gmail.com"), kGoogleMx, QStringLiteral("FFDFF")},
            {QStringLiteral("i@outlook.com"), kOutlookMx, QStringLiteral("S----")},
            {QStringLiteral("j@example.net"), {}, QStringLiteral("SS---")},
            {QStringLiteral("m@example.net"), {}, QStringLiteral("RRRRR")},
            {QStringLiteral("r@example.net"), {}, QStringLiteral("RDDDD")},
            {QStringLiteral("t@example.net"), {}, QStringLiteral("DDDKD")},
            {QStringLiteral("v@example.net"), {}, QStringLiteral("DDDUD")},
        };
        const QStringList folders =
            CampaignSeries::write(m_dir.filePath(QStringLiteral("folders")), recipients, 5);
        m_store = std::make_unique<TestStore>(m_dir.filePath(QStringLiteral("store.sqlite")));
        for (const QString& folder : folders) {
            const ImportSummary summary = m_store->import({folder});
            QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        }
    }

    // response-page in force, mailworx the candidate:
    //   c  H        error (hard)      -> active (first hard elsewhere; mailworx needs two)
    //   e  FFF      error (3rd soft)  -> active (mailworx needs four)
    //   h  FFDFF    active (D ends the row) -> error (four softs, nothing resets)
    //   k  FFDFF    the same at Google
    // and nothing else changes (f errs under both, b was made active by a delivery, d and
    // i bounced at major providers, j bounced twice).
    void previewCountsByHand() {
        const auto current = evaluate(*m_store, QStringLiteral("response-page"));
        const auto candidate = evaluate(*m_store, QStringLiteral("mailworx"));
        const StatusDiff diff = StatusDiff::compute(*current, *candidate);
        QCOMPARE(diff.addresses, 16); // 15 scripted + filler
        QCOMPARE(diff.changed(), 4);
        QCOMPARE(diff.byTransition.value(QStringLiteral("error>active")), 2);
        QCOMPARE(diff.byTransition.value(QStringLiteral("active>error")), 2);
        QCOMPARE(diff.byTransition.size(), 2);
        QCOMPARE(diff.byIsp.value(QStringLiteral("other")), 3);
        QCOMPARE(diff.byIsp.value(QStringLiteral("google")), 1);
        QCOMPARE(diff.byReason.value(QStringLiteral("userunknown")), 1);
        QCOMPARE(diff.byReason.value(QStringLiteral("mailboxfull")), 3);
        QStringList changed;
        for (const StatusChange& c : diff.changes)
            changed.append(QStringLiteral("%1 %2>%3").arg(c.address, c.from, c.to));
        QCOMPARE(changed, (QStringList{QStringLiteral("c@example.net error>active"),
                                       QStringLiteral("e@example.net error>active"),
                                       QStringLiteral("h@example.net active>error"),
                                       QStringLiteral("k@gmail.com active>error")}));
        // The sentence is the candidate's.
        QVERIFY2(diff.changes.at(2).explanation.contains(QStringLiteral("fourth")),
                 qPrintable(diff.changes.at(2).explanation));
    }

    void previewOfTheSamePresetChangesNothing() {
        const auto a = evaluate(*m_store, QStringLiteral("mailworx"));
        const auto b = evaluate(*m_store, QStringLiteral("mailworx"));
        const StatusDiff diff = StatusDiff::compute(*a, *b);
        QCOMPARE(diff.changed(), 0);
        QVERIFY(diff.byTransition.isEmpty());
    }

    // Campaigns delivered to in a row without an open or click (every campaign tracks
    // engagement: m opens each one): filler and a 5, b and r 4 (after the bounce or the
    // open), t 1 (the click in C4), v 5 but opt_out (unsubscribed), g/h/k 1 or less.
    void inactivityByHand() {
        const auto engine = evaluate(*m_store, QStringLiteral("response-page"));
        QCOMPARE(
            inactiveAddresses(*engine, 3),
            (QStringList{QStringLiteral("a@example.net"), QStringLiteral("b@example.net"),
                         QStringLiteral("filler@example.org"), QStringLiteral("r@example.net")}));
        QCOMPARE(
            inactiveAddresses(*engine, StoreSettings::kDefaultInactiveCampaigns),
            (QStringList{QStringLiteral("a@example.net"), QStringLiteral("filler@example.org")}));
        QCOMPARE(engine->statusOf(QStringLiteral("v@example.net"))->status,
                 QStringLiteral("opt_out"));
        QCOMPARE(engine->statusOf(QStringLiteral("v@example.net"))->unengagedCampaigns, 5);
        QCOMPARE(engine->statusOf(QStringLiteral("t@example.net"))->unengagedCampaigns, 1);
        // Suggested only: the status of an inactive address is untouched.
        QCOMPARE(engine->statusOf(QStringLiteral("a@example.net"))->status,
                 QStringLiteral("active"));
    }

    // The same series by days (issue 12: "N campaigns or days"). The campaigns are a week
    // apart (C1 on day 0 ... C5 on day 28, every one with events), so the days without an
    // open or click count from the first delivery of the unengaged row to C5: a and filler
    // 28 (since C1), b and r 21 (since C2, after the bounce or the open), g 21 (delivered
    // only in C2, bounced since: one campaign, but three weeks), h and k 14 (since C3),
    // t 0 (clicked in C4, so its row starts at C5).
    void inactivityByDays() {
        const auto engine = evaluate(*m_store, QStringLiteral("response-page"));
        const auto quiet = [&](const char* address) {
            return engine->quietDays(engine->indexOf(QString::fromLatin1(address)));
        };
        QCOMPARE(quiet("a@example.net"), 28);
        QCOMPARE(quiet("b@example.net"), 21);
        QCOMPARE(quiet("g@example.net"), 21);
        QCOMPARE(quiet("h@example.net"), 14);
        QCOMPARE(quiet("t@example.net"), 0);
        QCOMPARE(quiet("m@example.net"), 0); // opens every campaign
        QCOMPARE(quiet("e@example.net"), 0); // never delivered to: says nothing
        const QStringList byDays{QStringLiteral("a@example.net"), QStringLiteral("b@example.net"),
                                 QStringLiteral("filler@example.org"),
                                 QStringLiteral("g@example.net"), QStringLiteral("r@example.net")};
        // Days alone: g is in (three weeks), although it had only one unengaged campaign.
        QCOMPARE(inactiveAddresses(*engine, InactivityRule{0, 20}), byDays);
        QCOMPARE(
            inactiveAddresses(*engine, InactivityRule{3, 0}),
            (QStringList{QStringLiteral("a@example.net"), QStringLiteral("b@example.net"),
                         QStringLiteral("filler@example.org"), QStringLiteral("r@example.net")}));
        // Either limit suffices: five campaigns (a, filler) or 20 days (the list above).
        QCOMPARE(inactiveAddresses(*engine, InactivityRule{5, 20}), byDays);
        QCOMPARE(
            inactiveAddresses(*engine, InactivityRule{0, 25}),
            (QStringList{QStringLiteral("a@example.net"), QStringLiteral("filler@example.org")}));
        QCOMPARE(inactiveAddresses(*engine, InactivityRule{0, 10}).size(), 7); // and h, k
        // v went 28 days without an open but unsubscribed: opt_out is never suggested.
        QVERIFY(!inactiveAddresses(*engine, InactivityRule{0, 1})
                     .contains(QStringLiteral("v@example.net")));
        QVERIFY(inactiveAddresses(*engine, InactivityRule{}).isEmpty()); // both off
    }

    // The store keeps the days as a key/value row; the default is off.
    void inactivityDaysStored() {
        StoreSettings settings(m_store->database().connection());
        QCOMPARE(settings.inactivity(),
                 (InactivityRule{StoreSettings::kDefaultInactiveCampaigns, 0}));
        QVERIFY(settings.setInactiveDays(20));
        QVERIFY(settings.setInactiveCampaigns(3));
        QCOMPARE(settings.inactivity(), (InactivityRule{3, 20}));
        QVERIFY(settings.setInactiveDays(0));
        QVERIFY(settings.setInactiveCampaigns(StoreSettings::kDefaultInactiveCampaigns));
        QCOMPARE(*settings.inactiveDays(), 0);
    }

    void campaignWithoutEventsSaysNothingAboutEngagement() {
        QTemporaryDir dir;
        const QStringList folders = CampaignSeries::write(
            dir.filePath(QStringLiteral("f")),
            {{QStringLiteral("x@example.net"), {}, QStringLiteral("DDDDDD")}}, 6);
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        for (const QString& folder : folders)
            QVERIFY(store.import({folder}).fatalError.isEmpty());
        const auto engine = evaluate(store, QStringLiteral("response-page"));
        QVERIFY(inactiveAddresses(*engine, 1).isEmpty());
    }

    // The worker's progress: one call per campaign in send order; false stops it.
    void evaluationReportsProgressAndCancels() {
        QString error;
        StatusEngine engine(*StatusPreset::load(QStringLiteral("response-page"), error));
        StatusStore statuses(m_store->database().connection());
        QList<std::pair<int, int>> calls;
        QVERIFY(statuses.evaluate(engine, [&](int done, int total) {
            calls.append({done, total});
            return true;
        }));
        QCOMPARE(calls.size(), 5);
        QCOMPARE(calls.first(), (std::pair<int, int>{0, 5}));
        QCOMPARE(calls.last(), (std::pair<int, int>{4, 5}));
        StatusEngine stopped(*StatusPreset::load(QStringLiteral("response-page"), error));
        QVERIFY(!statuses.evaluate(stopped, [](int done, int) { return done < 2; }));
        QVERIFY(statuses.cancelled());
        StatusEngine again(*StatusPreset::load(QStringLiteral("response-page"), error));
        QVERIFY(statuses.evaluate(again)); // a later evaluation is not cancelled
        QVERIFY(!statuses.cancelled());
    }

    // deliverboard ignores failures blamed on the sender: the Spamhaus blocks of i (once,
    // at Microsoft) and j (twice, elsewhere) count against nobody and are listed by ISP.
    void senderProblemsByHand() {
        const auto engine = evaluate(*m_store, QStringLiteral("deliverboard"));
        const QList<SenderProblem> problems = engine->senderProblems();
        QCOMPARE(problems.size(), 2);
        QStringList rows;
        for (const SenderProblem& p : problems)
            rows.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(p.isp, p.reason)
                            .arg(p.addresses)
                            .arg(p.failures));
        rows.sort();
        QCOMPARE(rows, (QStringList{QStringLiteral("microsoft blocked 1 1"),
                                    QStringLiteral("other blocked 1 2")}));
        QCOMPARE(engine->statusOf(QStringLiteral("j@example.net"))->status,
                 QStringLiteral("active"));
        // Under a preset that counts them, they are the addresses' problem, not listed.
        QVERIFY(evaluate(*m_store, QStringLiteral("response-page"))->senderProblems().isEmpty());
        QCOMPARE(evaluate(*m_store, QStringLiteral("response-page"))
                     ->statusOf(QStringLiteral("j@example.net"))
                     ->status,
                 QStringLiteral("error"));
    }
};

QTEST_GUILESS_MAIN(TestStatusPreview)
#include "tst_StatusPreview.moc"
