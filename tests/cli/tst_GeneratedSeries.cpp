// End to end over a generated campaign series (issue 12): `deliverboard-demogen --series`
// writes several campaign folders sharing one audience, each address following a scripted
// history, and expected-status.csv with the status every preset must derive, written by hand
// from contract section 7 in tools/demogen/SeriesScript.cpp. All folders go into one store
// with `deliverboard-cli import`; `status` and `export-suppression` must agree with the
// script for every address.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QStringList kPresets = {QStringLiteral("response-page"), QStringLiteral("mailworx"),
                              QStringLiteral("deliverboard")};

// One row of expected-status.csv, for one preset.
struct Expected {
    QString email, archetype, history;
    QString status, rule, campaign; // campaign empty: null
    int hard = 0, softConsecutive = 0, soft = 0;
};

QString describe(const Expected& e) {
    return QStringLiteral("%1 (archetype %2, history %3)").arg(e.email, e.archetype, e.history);
}

// The suppression list's rows as "email,status,reason,campaign" (since left out: the
// expectation does not name it).
QSet<QString> suppressionRows(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.takeFirst() != QLatin1String("email,status,since,reason,campaign"))
        return {QStringLiteral("<bad header>")};
    QSet<QString> rows;
    for (const QString& line : lines) {
        const QStringList f = line.split(QLatin1Char(','));
        rows.insert(f.size() == 5 ? QStringList{f[0], f[1], f[3], f[4]}.join(QLatin1Char(','))
                                  : QStringLiteral("<bad row> ") + line);
    }
    return rows;
}

} // namespace

class TestGeneratedSeries : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_folders;
    QHash<QString, QList<Expected>> m_expected; // preset -> rows, in the file's order

    QByteArray status(const QString& preset) {
        const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--preset"), preset, QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("status --preset %s: %s", qPrintable(preset), run.err.constData());
        return run.out;
    }

    bool readExpected(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        while (!file.atEnd()) {
            const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            if (f.size() != header.size())
                return false;
            const auto cell = [&](const QString& column) {
                return f.value(header.indexOf(column));
            };
            for (const QString& preset : kPresets) {
                Expected e;
                e.email = cell(QStringLiteral("email"));
                e.archetype = cell(QStringLiteral("archetype"));
                e.history = cell(QStringLiteral("history"));
                e.status = cell(preset + QStringLiteral("_status"));
                e.rule = cell(preset + QStringLiteral("_rule"));
                e.campaign = cell(preset + QStringLiteral("_campaign"));
                e.hard = cell(preset + QStringLiteral("_hard")).toInt();
                e.softConsecutive = cell(preset + QStringLiteral("_soft_consecutive")).toInt();
                e.soft = cell(preset + QStringLiteral("_soft")).toInt();
                m_expected[preset].append(e);
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString series = m_dir.filePath(QStringLiteral("series"));
        // 310 addresses: ten per archetype. One campaign more than the script, so that the
        // scripts' continuation (fill) is exercised as well.
        const CliRun generated =
            runBinary(QStringLiteral("deliverboard-demogen"),
                      {QStringLiteral("--series"), series, QStringLiteral("--recipients"),
                       QStringLiteral("310"), QStringLiteral("--campaigns"), QStringLiteral("7")});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        QVERIFY(readExpected(QDir(series).filePath(QStringLiteral("expected-status.csv"))));
        QCOMPARE(m_expected.value(kPresets.first()).size(), 310);
        for (const QString& name :
             QDir(series).entryList({QStringLiteral("campaign-*")}, QDir::Dirs, QDir::Name))
            m_folders.append(QDir(series).filePath(name));
        QCOMPARE(m_folders.size(), 7);
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        // Newest first: the order of the campaigns is their first send, not the import's.
        for (qsizetype i = m_folders.size() - 1; i >= 0; --i) {
            const CliRun run =
                runCli({QStringLiteral("import"), m_folders[i], QStringLiteral("--db"), m_db});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
    }

    // The script covers what it promises: every rule a folder can reach, for every preset
    // (manual actions are not in folders).
    void scriptCoversEveryRule_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("rules");
        const QStringList common{
            QStringLiteral("none"),           QStringLiteral("soft"),
            QStringLiteral("complaint"),      QStringLiteral("unsubscribe"),
            QStringLiteral("audience_error"), QStringLiteral("audience_opt_out"),
            QStringLiteral("delivered")};
        QTest::newRow("response-page")
            << QStringLiteral("response-page") << common + QStringList{QStringLiteral("hard")};
        QTest::newRow("mailworx") << QStringLiteral("mailworx")
                                  << common + QStringList{QStringLiteral("hard_major"),
                                                          QStringLiteral("hard_other")};
        QTest::newRow("deliverboard")
            << QStringLiteral("deliverboard") << common + QStringList{QStringLiteral("hard")};
    }
    void scriptCoversEveryRule() {
        QFETCH(QString, preset);
        QFETCH(QStringList, rules);
        QSet<QString> seen;
        for (const Expected& e : m_expected.value(preset))
            seen.insert(e.rule);
        for (const QString& rule : rules)
            QVERIFY2(seen.contains(rule),
                     qPrintable(QStringLiteral("no archetype sets %1").arg(rule)));
        QCOMPARE(seen.size(), rules.size());
    }

    void statusMatchesScript_data() {
        QTest::addColumn<QString>("preset");
        for (const QString& preset : kPresets)
            QTest::newRow(qPrintable(preset)) << preset;
    }
    void statusMatchesScript() {
        QFETCH(QString, preset);
        const QJsonArray array = QJsonDocument::fromJson(status(preset)).array();
        QHash<QString, QJsonObject> byAddress;
        for (const QJsonValue& v : array)
            byAddress.insert(v.toObject().value(u"address").toString(), v.toObject());
        QStringList problems;
        for (const Expected& e : m_expected.value(preset)) {
            if (!byAddress.contains(e.email)) {
                problems.append(describe(e) + QStringLiteral(": not in the status list"));
                continue;
            }
            const QJsonObject got = byAddress.take(e.email);
            const QJsonObject counts = got.value(u"counts").toObject();
            const QString campaign = got.value(u"campaign").isNull()
                                         ? QString()
                                         : got.value(u"campaign").toString(QStringLiteral("?"));
            const QString want =
                QStringLiteral("%1 %2 campaign=%3 hard=%4 soft_consecutive=%5 soft=%6")
                    .arg(e.status, e.rule,
                         e.campaign.isEmpty() ? QStringLiteral("null") : e.campaign)
                    .arg(e.hard)
                    .arg(e.softConsecutive)
                    .arg(e.soft);
            const QString have =
                QStringLiteral("%1 %2 campaign=%3 hard=%4 soft_consecutive=%5 soft=%6")
                    .arg(got.value(u"status").toString(), got.value(u"rule").toString(),
                         campaign.isEmpty() ? QStringLiteral("null") : campaign)
                    .arg(counts.value(u"hard").toInt(-1))
                    .arg(counts.value(u"soft_consecutive").toInt(-1))
                    .arg(counts.value(u"soft").toInt(-1));
            if (want != have)
                problems.append(describe(e) + QStringLiteral(": expected ") + want +
                                QStringLiteral(", got ") + have);
        }
        for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it)
            problems.append(it.key() + QStringLiteral(": in the status list, not in the script"));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 addresses differ under %3:\n")
                                .arg(problems.size())
                                .arg(array.size())
                                .arg(preset) +
                            problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // The suppression list is exactly the error and opt_out addresses, with their rule as
    // the reason and the campaign that set it.
    void suppressionMatchesScript_data() { statusMatchesScript_data(); }
    void suppressionMatchesScript() {
        QFETCH(QString, preset);
        const QString csv = m_dir.filePath(QStringLiteral("suppression-%1.csv").arg(preset));
        const CliRun run =
            runCli({QStringLiteral("export-suppression"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--preset"), preset, QStringLiteral("-o"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QSet<QString> expected;
        QHash<QString, QString> archetypeOf;
        for (const Expected& e : m_expected.value(preset)) {
            archetypeOf.insert(e.email, describe(e));
            if (e.status != QLatin1String("active"))
                expected.insert(QStringList{e.email, e.status, e.rule, e.campaign}.join(u','));
        }
        QVERIFY(!expected.isEmpty());
        const QSet<QString> got = suppressionRows(csv);
        QStringList problems;
        for (const QString& row : expected - got)
            problems.append(QStringLiteral("missing: %1 (%2)")
                                .arg(row, archetypeOf.value(row.section(u',', 0, 0))));
        for (const QString& row : got - expected)
            problems.append(QStringLiteral("unexpected: %1 (%2)")
                                .arg(row, archetypeOf.value(row.section(u',', 0, 0))));
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // Importing a folder again (idempotent, contract section 2) changes no status.
    void reimportChangesNothing() {
        QHash<QString, QByteArray> before;
        for (const QString& preset : kPresets)
            before.insert(preset, status(preset));
        const CliRun campaignsBefore = runCli(
            {QStringLiteral("campaigns"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        for (const QString& folder : {m_folders.at(1), m_folders.at(4)}) {
            const CliRun run =
                runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), m_db});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        for (const QString& preset : kPresets) {
            const QByteArray after = status(preset);
            QVERIFY2(!after.isEmpty(), qPrintable(preset));
            QVERIFY2(after == before.value(preset), qPrintable(preset));
        }
        const CliRun campaignsAfter = runCli(
            {QStringLiteral("campaigns"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(campaignsAfter.out, campaignsBefore.out);
    }
};

QTEST_GUILESS_MAIN(TestGeneratedSeries)
#include "tst_GeneratedSeries.moc"
