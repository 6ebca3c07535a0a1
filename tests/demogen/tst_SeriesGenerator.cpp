// `deliverboard-demogen --series`: the folders a campaign series is made of must be what the
// end-to-end status test (tst_GeneratedSeries) relies on: reproducible, one audience with
// every archetype, distinct campaigns a week apart in order, and the expected file in its
// documented shape. Nothing here runs the importer.
#include "cli/CliRunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

CliRun demogen(const QStringList& args) {
    return runBinary(QStringLiteral("deliverboard-demogen"), args);
}

// Every file below `dir` with a hash of its bytes, sorted by path.
QStringList fingerprint(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {QStringLiteral("unreadable ") + path};
        out.append(QDir(dir).relativeFilePath(path) + QLatin1Char(' ') +
                   QString::fromLatin1(
                       QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    out.sort();
    return out;
}

QStringList lines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestSeriesGenerator : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void sameArgumentsSameBytes() {
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        const QString c = m_dir.filePath(QStringLiteral("c"));
        for (const QString& dir : {a, b})
            QCOMPARE(demogen({QStringLiteral("--series"), dir, QStringLiteral("--recipients"),
                              QStringLiteral("93"), QStringLiteral("--seed"), QStringLiteral("7")})
                         .exitCode,
                     0);
        QCOMPARE(demogen({QStringLiteral("--series"), c, QStringLiteral("--recipients"),
                          QStringLiteral("93"), QStringLiteral("--seed"), QStringLiteral("8")})
                     .exitCode,
                 0);
        const QStringList first = fingerprint(a);
        QVERIFY(first.size() > 6 * 3);
        QCOMPARE(fingerprint(b), first);
        QVERIFY(fingerprint(c) != first); // the seed picks domains and ids
    }

    void seriesLayout() {
        const QString dir = m_dir.filePath(QStringLiteral("layout"));
        const CliRun run =
            demogen({QStringLiteral("--series"), dir, QStringLiteral("--recipients"),
                     QStringLiteral("62"), QStringLiteral("--campaigns"), QStringLiteral("8")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList campaigns =
            QDir(dir).entryList({QStringLiteral("campaign-*")}, QDir::Dirs, QDir::Name);
        QCOMPARE(campaigns.size(), 8);

        // Distinct names, first pickups a week apart in folder order.
        QSet<QString> names;
        QDateTime previous;
        QSet<QString> audience;
        for (const QString& campaign : campaigns) {
            const QString folder = QDir(dir).filePath(campaign);
            QFile json(folder + QStringLiteral("/campaign.json"));
            QVERIFY(json.open(QIODevice::ReadOnly));
            const QJsonObject config = QJsonDocument::fromJson(json.readAll()).object();
            names.insert(config.value(u"name").toString());
            QCOMPARE(config.value(u"max_attempts").toInt(), 4);
            const QStringList log = lines(folder + QStringLiteral("/maillog"));
            QVERIFY2(!log.isEmpty(), qPrintable(campaign));
            const QDateTime first =
                QDateTime::fromString(QStringLiteral("2026 ") + log.first().left(15).simplified(),
                                      QStringLiteral("yyyy MMM d HH:mm:ss"));
            QVERIFY2(first.isValid(), qPrintable(log.first()));
            if (previous.isValid())
                QCOMPARE(previous.daysTo(first), 7);
            previous = first;
            const QStringList members = lines(folder + QStringLiteral("/recipients.csv"));
            QCOMPARE(members.value(0), QStringLiteral("email,status"));
            for (const QString& member : members.mid(1))
                audience.insert(member.section(QLatin1Char(','), 0, 0));
        }
        QCOMPARE(names.size(), 8);

        // One row per address, every archetype, the history as long as the series, and the
        // same addresses the audiences name.
        const QStringList expected = lines(dir + QStringLiteral("/expected-status.csv"));
        QCOMPARE(expected.size(), 1 + 62);
        QVERIFY(expected.first().startsWith(
            QStringLiteral("email,archetype,history,response-page_status,response-page_rule,"
                           "response-page_campaign,response-page_hard,")));
        QCOMPARE(expected.first().count(QLatin1Char(',')), 2 + 3 * 6);
        QSet<QString> archetypes, addresses;
        const QRegularExpression history(QStringLiteral("^[DGHBXKFTLPCAUEON-]{8}$"));
        for (const QString& row : expected.mid(1)) {
            const QStringList f = row.split(QLatin1Char(','));
            QCOMPARE(f.size(), 21);
            addresses.insert(f[0]);
            archetypes.insert(f[1]);
            QVERIFY2(history.match(f[2]).hasMatch(), qPrintable(row));
            QVERIFY2(f[0].startsWith(f[1] + QLatin1Char('.')), qPrintable(row));
        }
        QCOMPARE(addresses.size(), 62);
        QCOMPARE(archetypes.size(), 31);
        QCOMPARE(audience, addresses);
    }

    void rejectsBadArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("fewer addresses than archetypes")
            << QStringList{QStringLiteral("--recipients"), QStringLiteral("30")};
        QTest::newRow("shorter than the script")
            << QStringList{QStringLiteral("--campaigns"), QStringLiteral("5")};
        QTest::newRow("single-campaign option")
            << QStringList{QStringLiteral("--name"), QStringLiteral("x")};
    }
    void rejectsBadArguments() {
        QFETCH(QStringList, args);
        const QString dir = m_dir.filePath(QStringLiteral("rejected"));
        const CliRun run = demogen(QStringList{QStringLiteral("--series"), dir} + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QDir(dir).exists());
        // --campaigns belongs to --series only.
        QCOMPARE(demogen({QStringLiteral("--out"), dir, QStringLiteral("--campaigns"),
                          QStringLiteral("6")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSeriesGenerator)
#include "tst_SeriesGenerator.moc"
