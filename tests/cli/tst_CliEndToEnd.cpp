// deliverboard-cli end to end: generated campaign folders (the bundled demo and a fresh
// one with another seed) are imported and every figure the generator intended is checked,
// per campaign, per ISP and per recipient.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kDemo = QStringLiteral("resources/demo/spring-newsletter-2026");

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<QStringList> readCsv(const QString& path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            rows.append(text.split(QLatin1Char(',')));
    }
    return rows;
}

QJsonObject byIspEntry(const QJsonArray& list, const QString& isp)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("isp")).toString() == isp)
            return v.toObject();
    return {};
}
} // namespace

class TestCliEndToEnd : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    void compareWithExpected(const QString& folder, const QString& db)
    {
        const QJsonObject expected = readJson(folder + QStringLiteral("/expected.json"));
        QVERIFY2(!expected.isEmpty(), qPrintable(folder));
        const QString campaign = expected.value(QStringLiteral("campaign")).toString();

        CliRun imported = runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), db});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        // stderr is for the user (problems by file and line); a Qt warning there reads as a
        // fault in the tool (a joined stage pattern once made QRegularExpression warn).
        for (const char* internal : {"QRegularExpression", "QSql", "QObject::"})
            QVERIFY2(!imported.err.contains(internal), imported.err.constData());

        const CliRun report = runCli({QStringLiteral("report"), QStringLiteral("--db"), db,
                                      QStringLiteral("--campaign"), campaign, QStringLiteral("--json")});
        QCOMPARE(report.exitCode, 0);
        const QJsonObject actual = report.json().object();
        for (const char* key : {"campaign", "as_of", "sent", "delivered", "in_progress", "complaints",
                                "auto_replies", "skipped", "not_attempted", "unmatched_returned_mail",
                                "engagement"})
            QVERIFY2(actual.value(QLatin1String(key)) == expected.value(QLatin1String(key)),
                     qPrintable(QStringLiteral("%1: %2 != %3").arg(QLatin1String(key),
                         QString::fromUtf8(QJsonDocument(QJsonArray{actual.value(QLatin1String(key))}).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(QJsonArray{expected.value(QLatin1String(key))}).toJson(QJsonDocument::Compact)))));
        QCOMPARE(actual.value(QStringLiteral("bounced")).toObject(), expected.value(QStringLiteral("bounced")).toObject());

        const QJsonArray expectedIsps = expected.value(QStringLiteral("by_isp")).toArray();
        const QJsonArray actualIsps = actual.value(QStringLiteral("by_isp")).toArray();
        QCOMPARE(actualIsps.size(), expectedIsps.size());
        for (const QJsonValue& value : expectedIsps) {
            const QJsonObject want = value.toObject();
            const QString isp = want.value(QStringLiteral("isp")).toString();
            const QJsonObject got = byIspEntry(actualIsps, isp);
            QVERIFY2(!got.isEmpty(), qPrintable(isp));
            for (const char* key : {"sent", "delivered", "in_progress", "soft", "hard", "spam"})
                QVERIFY2(got.value(QLatin1String(key)) == want.value(QLatin1String(key)),
                         qPrintable(QStringLiteral("%1 %2: %3 != %4").arg(isp, QLatin1String(key))
                                        .arg(got.value(QLatin1String(key)).toInteger())
                                        .arg(want.value(QLatin1String(key)).toInteger())));
            // Codes: the same (code, enhanced) pairs with the same counts.
            QMap<QString, qint64> wantCodes, gotCodes;
            for (const QJsonValue& c : want.value(QStringLiteral("codes")).toArray())
                wantCodes[c[QStringLiteral("code")].toString() + QLatin1Char('/') + c[QStringLiteral("enhanced")].toString()] += c[QStringLiteral("count")].toInteger();
            for (const QJsonValue& c : got.value(QStringLiteral("codes")).toArray())
                gotCodes[c[QStringLiteral("code")].toString() + QLatin1Char('/') + c[QStringLiteral("enhanced")].toString()] += c[QStringLiteral("count")].toInteger();
            QCOMPARE(gotCodes, wantCodes);
        }

        // Every recipient: outcome, ISP, attempts and stage as the generator planned them.
        const CliRun messages = runCli({QStringLiteral("messages"), QStringLiteral("--db"), db,
                                        QStringLiteral("--campaign"), campaign, QStringLiteral("--json")});
        QCOMPARE(messages.exitCode, 0);
        QHash<QString, QJsonObject> byRecipient;
        for (const QJsonValue& v : messages.json().array())
            byRecipient.insert(v[QStringLiteral("recipient")].toString(), v.toObject());
        const QList<QStringList> planned = readCsv(folder + QStringLiteral("/expected-recipients.csv"));
        QVERIFY(planned.size() > 1);
        const QStringList header = planned.first();
        const int email = header.indexOf(QStringLiteral("email")), outcome = header.indexOf(QStringLiteral("outcome")),
                  isp = header.indexOf(QStringLiteral("isp")), attempts = header.indexOf(QStringLiteral("attempts")),
                  stage = header.indexOf(QStringLiteral("stage"));
        QVERIFY(email >= 0 && outcome >= 0 && isp >= 0 && attempts >= 0 && stage >= 0);
        QCOMPARE(byRecipient.size(), planned.size() - 1);
        int mismatches = 0;
        QString firstMismatch;
        for (qsizetype i = 1; i < planned.size(); ++i) {
            const QStringList& row = planned[i];
            const QJsonObject got = byRecipient.value(row.value(email));
            const QString wantStage = row.value(stage);
            const bool same = got.value(QStringLiteral("outcome")).toString() == row.value(outcome) &&
                              got.value(QStringLiteral("isp")).toString() == row.value(isp) &&
                              got.value(QStringLiteral("attempts")).toInt() == row.value(attempts).toInt() &&
                              (wantStage.isEmpty() || got.value(QStringLiteral("stage")).toString() == wantStage);
            if (!same && mismatches++ == 0)
                firstMismatch = row.join(QLatin1Char(',')) + QStringLiteral(" vs ") +
                                QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact));
        }
        QVERIFY2(mismatches == 0, qPrintable(QStringLiteral("%1 mismatches, first: %2").arg(mismatches).arg(firstMismatch)));

        // Importing again changes nothing.
        imported = runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), db});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(" 0 delivery attempts added"), imported.out.constData());
        const CliRun again = runCli({QStringLiteral("report"), QStringLiteral("--db"), db,
                                     QStringLiteral("--campaign"), campaign, QStringLiteral("--json")});
        QCOMPARE(again.json(), report.json());

        // The bounce export has one row per soft, hard and spam recipient.
        const QString csv = m_dir.filePath(QStringLiteral("bounces.csv"));
        const CliRun exported = runCli({QStringLiteral("export-bounces"), QStringLiteral("--db"), db,
                                        QStringLiteral("--campaign"), campaign, QStringLiteral("-o"), csv});
        QCOMPARE(exported.exitCode, 0);
        const QList<QStringList> rows = readCsv(csv);
        QCOMPARE(rows.first().join(QLatin1Char(',')),
                 QStringLiteral("email,outcome,code,enhanced,stage,reason,isp,attempts,last_attempt,last_reply"));
        const QJsonObject bounced = expected.value(QStringLiteral("bounced")).toObject();
        QCOMPARE(qint64(rows.size() - 1), bounced.value(QStringLiteral("soft")).toInteger() +
                                              bounced.value(QStringLiteral("hard")).toInteger() +
                                              bounced.value(QStringLiteral("spam")).toInteger());
        const CliRun hardOnly = runCli({QStringLiteral("export-bounces"), QStringLiteral("--db"), db,
                                        QStringLiteral("--campaign"), campaign, QStringLiteral("--outcome"),
                                        QStringLiteral("hard"), QStringLiteral("-o"), csv});
        QCOMPARE(hardOnly.exitCode, 0);
        QCOMPARE(qint64(readCsv(csv).size() - 1), bounced.value(QStringLiteral("hard")).toInteger());
    }

private Q_SLOTS:
    void bundledDemoMatchesItsExpectedFigures()
    {
        compareWithExpected(testpaths::source(kDemo), m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void freshlyGeneratedCampaignMatches()
    {
        const QString folder = m_dir.filePath(QStringLiteral("generated"));
        const CliRun generated = runBinary(QStringLiteral("deliverboard-demogen"),
                                           {QStringLiteral("--out"), folder, QStringLiteral("--recipients"),
                                            QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("777"),
                                            QStringLiteral("--name"), QStringLiteral("Generated")});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        compareWithExpected(folder, m_dir.filePath(QStringLiteral("generated.sqlite")));
    }

    void exitCodes()
    {
        const QString db = m_dir.filePath(QStringLiteral("codes.sqlite"));
        QCOMPARE(runCli({}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("report")}).exitCode, 1); // no --db
        const CliRun missingStore = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(missingStore.exitCode, 2);
        QVERIFY(missingStore.err.contains("none.sqlite"));
        const CliRun missingFolder = runCli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope")), QStringLiteral("--db"), db});
        QCOMPARE(missingFolder.exitCode, 2);
        QVERIFY(missingFolder.err.contains("nope"));
        QCOMPARE(runCli({QStringLiteral("import"), testpaths::source(kDemo), QStringLiteral("--db"), db}).exitCode, 0);
        const CliRun unknown = runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--campaign"), QStringLiteral("No Such")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("No Such"));
        QCOMPARE(runCli({QStringLiteral("messages"), QStringLiteral("--db"), db, QStringLiteral("--outcome"), QStringLiteral("lost")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("yesterday")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("export-bounces"), QStringLiteral("--db"), db}).exitCode, 1); // no -o
        // --as-of now: everything still deferred is past its retry window by now.
        const CliRun now = runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("now"), QStringLiteral("--json")});
        QCOMPARE(now.exitCode, 0);
        QCOMPARE(now.json().object().value(QStringLiteral("in_progress")).toInteger(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_CliEndToEnd.moc"
