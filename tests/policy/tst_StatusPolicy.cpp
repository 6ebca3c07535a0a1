// Contract section 7, rule by rule and preset by preset: small campaign series written as
// Postfix folders (CampaignSeries.h), imported with the real importer into one store, then
// evaluated. The expected statuses are worked out by hand from the contract's table.
#include "CampaignSeries.h"
#include "TestStore.h"

#include "classify/ReasonCatalog.h"
#include "policy/StatusEngine.h"
#include "policy/StatusPreset.h"
#include "store/sqlite/StatusStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {
const QString kOther = QStringLiteral("someone@example.net");          // isp other
const QString kGmail = QStringLiteral("someone@gmail.com");            // google by domain
const QString kOutlook = QStringLiteral("someone@outlook.com");        // microsoft by domain
const QString kHosted = QStringLiteral("someone@hosted-company.test"); // google by its MX
const QString kHostedMx = QStringLiteral("aspmx.l.google.com");
const QString kHostedMsMx = QStringLiteral("hosted-company-test.mail.protection.outlook.com");

bool imported(TestStore& store, const QString& folder) {
    const ImportSummary summary = store.import({folder});
    if (!summary.fatalError.isEmpty() || summary.campaigns.isEmpty())
        qWarning("import %s: %s", qPrintable(folder), qPrintable(summary.fatalError));
    return summary.fatalError.isEmpty() && !summary.campaigns.isEmpty();
}

AddressStatus evaluate(TestStore& store, const QString& presetId, const QString& address) {
    QString error;
    const auto preset = StatusPreset::load(presetId, error);
    if (!preset)
        qFatal("preset %s: %s", qPrintable(presetId), qPrintable(error));
    StatusEngine engine(*preset);
    StatusStore statuses(store.database().connection());
    if (!statuses.evaluate(engine))
        qFatal("evaluate: %s", qPrintable(statuses.errorString()));
    const auto status = engine.statusOf(address);
    if (!status)
        qFatal("no status for %s", qPrintable(address));
    return *status;
}
} // namespace

class TestStatusPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinPresetsLoad() {
        QCOMPARE(StatusPreset::builtinIds(),
                 (QStringList{QStringLiteral("response-page"), QStringLiteral("deliverboard"),
                              QStringLiteral("mailworx")}));
        for (const QString& id : StatusPreset::builtinIds()) {
            QString error;
            const auto preset = StatusPreset::load(id, error);
            QVERIFY2(preset, qPrintable(error));
            QCOMPARE(preset->id, id);
        }
        QString error;
        const auto mailworx = StatusPreset::load(QStringLiteral("mailworx"), error);
        QCOMPARE(mailworx->hardMajor, 1);
        QCOMPARE(mailworx->hardOther, 2);
        QCOMPARE(mailworx->soft, 4);
        QVERIFY(!mailworx->deliveredResetsSoft);
        QCOMPARE(mailworx->majorIsps,
                 (QSet<QString>{QStringLiteral("google"), QStringLiteral("microsoft"),
                                QStringLiteral("yahoo"), QStringLiteral("gmx")}));
        const auto deliverboard = StatusPreset::load(QStringLiteral("deliverboard"), error);
        QVERIFY(deliverboard->ignoreSenderBlamed);
        // deliverboard is the Response page's rules with the sender-blame switch on.
        const auto responsePage = StatusPreset::load(QStringLiteral("response-page"), error);
        QCOMPARE(deliverboard->majorIsps, responsePage->majorIsps);
        QCOMPARE(deliverboard->hardMajor, responsePage->hardMajor);
        QCOMPARE(deliverboard->hardOther, responsePage->hardOther);
        QCOMPARE(deliverboard->soft, responsePage->soft);
        QCOMPARE(deliverboard->deliveredResetsSoft, responsePage->deliveredResetsSoft);
        QCOMPARE(deliverboard->deliveredResetsHard, responsePage->deliveredResetsHard);
        QCOMPARE(deliverboard->hardResetsSoft, responsePage->hardResetsSoft);
        QCOMPARE(deliverboard->softResetsHard, responsePage->softResetsHard);
        QCOMPARE(deliverboard->complaintOptsOut, responsePage->complaintOptsOut);
        QCOMPARE(deliverboard->unsubscribeOptsOut, responsePage->unsubscribeOptsOut);
        QVERIFY(responsePage->hardResetsSoft && responsePage->deliveredResetsSoft);
        QCOMPARE(responsePage->hardMajor, 1);
        QCOMPARE(responsePage->hardOther, 1);
        QCOMPARE(responsePage->soft, 3);
        QVERIFY(!StatusPreset::load(QStringLiteral("response-page"), error)->ignoreSenderBlamed);
    }

    void presetErrorsNameFileAndField_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray good = R"({"id": "x", "name": "X", "major_isps": ["google"],
            "thresholds": {"hard_major": 1, "hard_other": 2, "soft": 3},
            "resets": {"delivered": ["soft"]}, "opt_out": {"complaint": true, "unsubscribe": true},
            "ignore_sender_blamed": false})";
        QTest::newRow("valid") << good << QString();
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("custom.json (offset");
        QTest::newRow("unknown isp")
            << QByteArray(good).replace("[\"google\"]", "[\"gogle\"]")
            << QStringLiteral("custom.json (major_isps[0]): 'gogle' is not an ISP id");
        QTest::newRow("negative threshold")
            << QByteArray(good).replace("\"soft\": 3", "\"soft\": -1")
            << QStringLiteral("custom.json (thresholds.soft): ");
        QTest::newRow("bad counter") << QByteArray(good).replace("[\"soft\"]", "[\"sofft\"]")
                                     << QStringLiteral("custom.json (resets.delivered[0]): ");
        QTest::newRow("unknown field") << QByteArray(good).replace("\"name\"", "\"nmae\"")
                                       << QStringLiteral("custom.json (nmae): unknown field");
        QTest::newRow("missing switch")
            << QByteArray(good).replace("\"ignore_sender_blamed\": false",
                                        "\"ignore_sender_blamed\": \"no\"")
            << QStringLiteral("custom.json (ignore_sender_blamed): missing or not true/false");
        QTest::newRow("opt_out not bool")
            << QByteArray(good).replace("\"complaint\": true", "\"complaint\": 1")
            << QStringLiteral("custom.json (opt_out.complaint): ");
    }
    void presetErrorsNameFileAndField() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const auto preset = StatusPreset::fromJson(json, QStringLiteral("custom.json"), error);
        if (expected.isEmpty()) {
            QVERIFY2(preset, qPrintable(error));
            return;
        }
        QVERIFY(!preset);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void presetFromPath() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("strict.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id": "strict", "name": "Strict", "major_isps": [],
            "thresholds": {"hard_major": 1, "hard_other": 1, "soft": 1}, "resets": {},
            "opt_out": {"complaint": true, "unsubscribe": false}, "ignore_sender_blamed": false})");
        file.close();
        QString error;
        const auto preset = StatusPreset::load(path, error);
        QVERIFY2(preset, qPrintable(error));
        QCOMPARE(preset->soft, 1);
        QVERIFY(!preset->unsubscribeOptsOut);
        QVERIFY(!StatusPreset::load(dir.filePath(QStringLiteral("missing.json")), error));
        QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
    }

    // toJson() (what the GUI's preset editor saves and applies): load -> serialise -> load
    // gives the same preset, and the serialised text passes the file loader.
    void presetJsonRoundTrip_data() {
        QTest::addColumn<QString>("id");
        for (const QString& id : StatusPreset::builtinIds())
            QTest::newRow(qPrintable(id)) << id;
        QTest::newRow("every switch flipped") << QString();
    }
    void presetJsonRoundTrip() {
        QFETCH(QString, id);
        QString error;
        StatusPreset preset;
        if (!id.isEmpty()) {
            preset = *StatusPreset::load(id, error);
        } else {
            // Every field away from the defaults, so that a field toJson() forgot shows.
            preset.id = QStringLiteral("flipped");
            preset.name = QStringLiteral("Flipped \"quotes\" and ünïcode");
            preset.majorIsps = {QStringLiteral("yahoo"), QStringLiteral("t-online")};
            preset.hardMajor = 0;
            preset.hardOther = 7;
            preset.soft = 1000;
            preset.deliveredResetsHard = true;
            preset.deliveredResetsSoft = false;
            preset.softResetsHard = true;
            preset.hardResetsSoft = false;
            preset.complaintOptsOut = false;
            preset.unsubscribeOptsOut = false;
            preset.ignoreSenderBlamed = true;
        }
        const QByteArray json = preset.toJson();
        const auto again = StatusPreset::fromJson(json, QStringLiteral("serialised.json"), error);
        QVERIFY2(again, qPrintable(error + u'\n' + QString::fromUtf8(json)));
        QVERIFY(*again == preset);
        QCOMPARE(again->toJson(), json); // stable: the same text every time
        if (!id.isEmpty()) {
            // The same rules as the shipped file, field by field (JSON object order aside).
            QFile shipped(QStringLiteral(":/policy/%1.json").arg(id));
            QVERIFY(shipped.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(json).object(),
                     QJsonDocument::fromJson(shipped.readAll()).object());
        }
        // An unfinished preset serialises as it is and the loader names the field.
        StatusPreset unnamed = preset;
        unnamed.name.clear();
        QVERIFY(!StatusPreset::fromJson(unnamed.toJson(), QStringLiteral("edited"), error));
        QVERIFY2(error.contains(QStringLiteral("edited (name)")), qPrintable(error));
    }

    void rules_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("mx");
        QTest::addColumn<QString>("script"); // one letter per campaign, see CampaignSeries.h
        QTest::addColumn<int>(
            "actionAfter");                  // manual action after this campaign (1-based), 0: none
        QTest::addColumn<QString>("action"); // reactivate, suppress
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("campaign"); // that set the status; empty: null
        QTest::addColumn<int>("hard");
        QTest::addColumn<int>("soft");
        QTest::addColumn<int>("softConsecutive");

        const QString rp = QStringLiteral("response-page");
        const QString mw = QStringLiteral("mailworx");
        const QString db = QStringLiteral("deliverboard");
        const QString none;
        const QString re = QStringLiteral("reactivate");
        auto row = [&](const char* name, const QString& preset, const QString& address,
                       const QString& mx, const char* script, int actionAfter,
                       const QString& action, const char* status, const char* rule,
                       const char* campaign, int hard, int soft, int softConsecutive) {
            QTest::newRow(name) << preset << address << mx << QString::fromLatin1(script)
                                << actionAfter << action << QString::fromLatin1(status)
                                << QString::fromLatin1(rule) << QString::fromLatin1(campaign)
                                << hard << soft << softConsecutive;
        };

        // response-page: a hard bounce is an error at once, at any ISP.
        row("rp always delivered", rp, kOther, none, "DDD", 0, none, "active", "none", "", 0, 0, 0);
        row("rp hard other", rp, kOther, none, "DH", 0, none, "error", "hard", "C2", 1, 0, 0);
        row("rp hard gmail", rp, kGmail, QStringLiteral("gmail-smtp-in.l.google.com"), "H", 0, none,
            "error", "hard", "C1", 1, 0, 0);
        row("rp hard hosted at google", rp, kHosted, kHostedMx, "H", 0, none, "error", "hard", "C1",
            1, 0, 0);
        row("rp spam like hard", rp, kOther, none, "S", 0, none, "error", "hard", "C1", 1, 0, 0);
        row("rp error keeps since", rp, kOther, none, "HFH", 0, none, "error", "hard", "C1", 2, 1,
            0);
        // response-page: three consecutive soft campaigns.
        row("rp two soft", rp, kOther, none, "FF", 0, none, "active", "none", "", 0, 2, 2);
        row("rp third soft", rp, kOther, none, "FFF", 0, none, "error", "soft", "C3", 0, 3, 3);
        row("rp delivered resets soft row", rp, kOther, none, "FFDFF", 0, none, "active", "none",
            "", 0, 4, 2);
        row("rp in_progress changes nothing", rp, kOther, none, "FFPF", 0, none, "error", "soft",
            "C4", 0, 3, 3);
        row("rp in_progress alone", rp, kOther, none, "P", 0, none, "active", "none", "", 0, 0, 0);
        row("rp gap changes nothing", rp, kOther, none, "FF-F", 0, none, "error", "soft", "C4", 0,
            3, 3);
        row("rp gaps before first send", rp, kOther, none, "--D", 0, none, "active", "none", "", 0,
            0, 0);
        // A delivery after error: active again, every count restarted.
        row("rp delivered after hard", rp, kOther, none, "HD", 0, none, "active", "delivered", "C2",
            0, 0, 0);
        row("rp soft after reactivation", rp, kOther, none, "HDF", 0, none, "active", "delivered",
            "C2", 0, 1, 1);
        row("rp delivered after soft error", rp, kOther, none, "FFFD", 0, none, "active",
            "delivered", "C4", 0, 0, 0);
        row("rp counts restart then soft error", rp, kOther, none, "FFFDFFF", 0, none, "error",
            "soft", "C7", 0, 3, 3);
        // Complaints and unsubscribes: opt_out, final.
        row("rp complaint", rp, kOther, none, "DC", 0, none, "opt_out", "complaint", "C2", 0, 0, 0);
        row("rp arf complaint", rp, kOther, none, "DAD", 0, none, "opt_out", "complaint", "C2", 0,
            0, 0);
        row("rp unsubscribe final", rp, kOther, none, "UDD", 0, none, "opt_out", "unsubscribe",
            "C1", 0, 0, 0);
        // U delivers, too: the delivery makes the address active (counts restarted), then it opts
        // out.
        row("rp unsubscribe after error", rp, kOther, none, "HU", 0, none, "opt_out", "unsubscribe",
            "C2", 0, 0, 0);
        row("rp complaint not undone by delivery after error", rp, kOther, none, "CHD", 0, none,
            "opt_out", "complaint", "C1", 1, 0, 0);
        // recipients.csv statuses at send time.
        row("rp audience error", rp, kOther, none, "DE", 0, none, "error", "audience_error", "C2",
            0, 0, 0);
        row("rp audience error kept", rp, kOther, none, "E--", 0, none, "error", "audience_error",
            "C1", 0, 0, 0);
        row("rp audience error then delivered", rp, kOther, none, "ED", 0, none, "active",
            "delivered", "C2", 0, 0, 0);
        row("rp audience opt-out final", rp, kOther, none, "ODD", 0, none, "opt_out",
            "audience_opt_out", "C1", 0, 0, 0);
        row("rp audience error after hard keeps since", rp, kOther, none, "HE", 0, none, "error",
            "hard", "C1", 1, 0, 0);
        // Manual actions: win over everything before them; later campaigns count from them.
        row("rp reactivated", rp, kOther, none, "H", 1, re, "active", "manual_reactivate", "", 0, 0,
            0);
        row("rp reactivated then hard", rp, kOther, none, "HH", 1, re, "error", "hard", "C2", 1, 0,
            0);
        row("rp reactivated soft counts restart", rp, kOther, none, "FFFF", 2, re, "active",
            "manual_reactivate", "", 0, 2, 2);
        row("rp reactivated opt-out", rp, kOther, none, "CD", 1, re, "active", "manual_reactivate",
            "", 0, 0, 0);
        row("rp suppressed", rp, kOther, none, "DD", 1, QStringLiteral("suppress"), "opt_out",
            "manual_suppress", "", 0, 0, 0);

        // mailworx: hard at a major ISP at once, elsewhere at the second (spam counted with hard).
        row("mw hard other once", mw, kOther, none, "H", 0, none, "active", "none", "", 1, 0, 0);
        row("mw hard other twice", mw, kOther, none, "HH", 0, none, "error", "hard_other", "C2", 2,
            0, 0);
        row("mw hard gmail", mw, kGmail, QStringLiteral("gmail-smtp-in.l.google.com"), "H", 0, none,
            "error", "hard_major", "C1", 1, 0, 0);
        row("mw hard outlook", mw, kOutlook,
            QStringLiteral("outlook-com.olc.protection.outlook.com"), "H", 0, none, "error",
            "hard_major", "C1", 1, 0, 0);
        row("mw hard hosted at google", mw, kHosted, kHostedMx, "H", 0, none, "error", "hard_major",
            "C1", 1, 0, 0);
        row("mw hard hosted at microsoft", mw, kHosted, kHostedMsMx, "H", 0, none, "error",
            "hard_major", "C1", 1, 0, 0);
        row("mw spam other once", mw, kOther, none, "S", 0, none, "active", "none", "", 1, 0, 0);
        row("mw spam then hard other", mw, kOther, none, "SH", 0, none, "error", "hard_other", "C2",
            2, 0, 0);
        row("mw delivered resets nothing", mw, kOther, none, "HDH", 0, none, "error", "hard_other",
            "C3", 2, 0, 0);
        // mailworx: the fourth soft, however far apart.
        row("mw three soft", mw, kOther, none, "FFF", 0, none, "active", "none", "", 0, 3, 3);
        row("mw fourth soft", mw, kOther, none, "FFFF", 0, none, "error", "soft", "C4", 0, 4, 4);
        row("mw fourth soft not in a row", mw, kOther, none, "FDFDFDF", 0, none, "error", "soft",
            "C7", 0, 4, 1);
        row("mw hard resets no soft", mw, kOther, none, "FFHF-F", 0, none, "error", "soft", "C6", 1,
            4, 2);
        row("mw delivered after error", mw, kGmail, QStringLiteral("gmail-smtp-in.l.google.com"),
            "HD", 0, none, "active", "delivered", "C2", 0, 0, 0);
        row("mw complaint", mw, kOther, none, "C", 0, none, "opt_out", "complaint", "C1", 0, 0, 0);
        row("mw arf complaint after error", mw, kOther, none, "HHA", 0, none, "opt_out",
            "complaint", "C3", 0, 0, 0);
        row("mw unsubscribe final", mw, kOther, none, "UD", 0, none, "opt_out", "unsubscribe", "C1",
            0, 0, 0);
        row("mw audience error", mw, kOther, none, "E", 0, none, "error", "audience_error", "C1", 0,
            0, 0);
        row("mw reactivated", mw, kOther, none, "HH", 2, re, "active", "manual_reactivate", "", 0,
            0, 0);

        // deliverboard: the sender's own blocklisting never counts against an address;
        // response-page (switch off) counts it.
        row("db spam blocklist ignored", db, kOther, none, "SSS", 0, none, "active", "none", "", 0,
            0, 0);
        row("db hard counts", db, kOther, none, "SH", 0, none, "error", "hard", "C2", 1, 0, 0);
        row("db soft counts", db, kOther, none, "FFF", 0, none, "error", "soft", "C3", 0, 3, 3);
        row("rp spam blocklist counts", rp, kOther, none, "SSS", 0, none, "error", "hard", "C1", 3,
            0, 0);
    }

    void rules() {
        QFETCH(QString, preset);
        QFETCH(QString, address);
        QFETCH(QString, mx);
        QFETCH(QString, script);
        QFETCH(int, actionAfter);
        QFETCH(QString, action);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList folders =
            CampaignSeries::write(dir.path(), {{address, mx, script}}, script.size());
        TestStore store(dir.filePath(QStringLiteral("store.sqlite")));
        for (const QString& folder : folders)
            QVERIFY(imported(store, folder));
        if (actionAfter > 0) {
            StatusStore statuses(store.database().connection());
            StatusAction a;
            a.kind = action == QLatin1String("reactivate") ? StatusAction::Kind::Reactivate
                                                           : StatusAction::Kind::Suppress;
            a.address = address;
            a.note = QStringLiteral("checked with the subscriber");
            // A day after that campaign, six before the next.
            a.atMs = CampaignSeries::campaignStart(actionAfter - 1).addDays(1).toMSecsSinceEpoch();
            QVERIFY(statuses.addAction(a));
        }

        const AddressStatus s = evaluate(store, preset, address);
        QTEST(s.status, "status");
        QTEST(s.rule, "rule");
        QTEST(s.campaign, "campaign");
        QTEST(s.hard, "hard");
        QTEST(s.soft, "soft");
        QTEST(s.softConsecutive, "softConsecutive");
        QVERIFY2(!s.explanation.isEmpty() && s.explanation.endsWith(QLatin1Char('.')),
                 qPrintable(s.explanation));
        QCOMPARE(s.since.isValid(), s.rule != QLatin1String("none"));
        // Evaluating again (e.g. after re-importing the same folders) gives the same.
        for (const QString& folder : folders)
            QVERIFY(store.import({folder}).fatalError.isEmpty());
        const AddressStatus again = evaluate(store, preset, address);
        QCOMPARE(again.status, s.status);
        QCOMPARE(again.rule, s.rule);
        QCOMPARE(again.explanation, s.explanation);
    }

    void explanationNamesEverything() {
        QTemporaryDir dir;
        const QStringList names{QStringLiteral("Spring Sale"), QStringLiteral("April News")};
        const QStringList folders =
            CampaignSeries::write(dir.path(), {{kOther, {}, QStringLiteral("HH")}}, 2,
                                  QStringLiteral("news@example.org"), names);
        TestStore store(dir.filePath(QStringLiteral("store.sqlite")));
        for (const QString& folder : folders)
            QVERIFY(imported(store, folder));
        const AddressStatus s = evaluate(store, QStringLiteral("mailworx"), kOther);
        QCOMPARE(
            s.explanation,
            QStringLiteral(
                "Error since 9 Mar 2026: second hard bounce at a provider that is not a major one "
                "(550 5.1.1 %1), in Spring Sale and April News.")
                .arg(ReasonCatalog::standard().info(QStringLiteral("userunknown")).displayName));
        QCOMPARE(s.since.date(), QDate(2026, 3, 9));
        QCOMPARE(s.campaign, QStringLiteral("April News"));

        // mailworx's fourth soft bounce names the four campaigns, however far apart.
        QTemporaryDir soft;
        const QStringList softNames{QStringLiteral("S1"), QStringLiteral("S2"),
                                    QStringLiteral("S3"), QStringLiteral("S4"),
                                    QStringLiteral("S5")};
        const QStringList softFolders =
            CampaignSeries::write(soft.path(), {{kOther, {}, QStringLiteral("FFDFF")}}, 5,
                                  QStringLiteral("news@example.org"), softNames);
        TestStore softStore(soft.filePath(QStringLiteral("store.sqlite")));
        for (const QString& folder : softFolders)
            QVERIFY(imported(softStore, folder));
        const AddressStatus f = evaluate(softStore, QStringLiteral("mailworx"), kOther);
        QVERIFY2(f.explanation.startsWith(
                     QStringLiteral("Error since 30 Mar 2026: fourth soft bounce (552 5.2.2 ")),
                 qPrintable(f.explanation));
        QVERIFY2(f.explanation.endsWith(QStringLiteral("in S1, S2, S4 and S5.")),
                 qPrintable(f.explanation));
    }
};

QTEST_GUILESS_MAIN(TestStatusPolicy)
#include "tst_StatusPolicy.moc"
