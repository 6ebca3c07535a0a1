// The demo generator is the source of truth for end-to-end tests and the bundled demo, so
// its own output must be reproducible and internally consistent before anything is compared
// with it.

#include "TestPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {

const QStringList kFiles = {
    QStringLiteral("campaign.json"), QStringLiteral("maillog"),
    QStringLiteral("maillog.1.gz"),  QStringLiteral("recipients.csv"),
    QStringLiteral("expected.json"), QStringLiteral("expected-recipients.csv")};

int runGenerator(const QStringList& args, QString* stderrText = nullptr) {
    QProcess p;
    p.start(testpaths::binary(QStringLiteral("deliverboard-demogen")), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (stderrText)
        *stderrText = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray gunzip(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

QJsonObject readJson(const QString& path) {
    return QJsonDocument::fromJson(readAll(path)).object();
}

QList<QByteArray> lines(const QByteArray& data) {
    QList<QByteArray> out = data.split('\n');
    if (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

const QRegularExpression& rfc3164() {
    static const QRegularExpression re(
        QStringLiteral("^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ 1-3]\\d) "
                       "(\\d\\d):(\\d\\d):(\\d\\d) mail \\S"));
    return re;
}

} // namespace

class tst_DemoGenerator : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir; // a 3000-recipient campaign with a non-default seed, shared by the checks

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QVERIFY(QFile::exists(testpaths::binary(QStringLiteral("deliverboard-demogen"))));
        m_dir = m_tmp.filePath(QStringLiteral("a"));
        QString err;
        QCOMPARE(runGenerator({QStringLiteral("--out"), m_dir, QStringLiteral("--seed"),
                               QStringLiteral("4242")},
                              &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err)); // the generator reports plan/log mismatches here
    }

    void sameArgumentsSameBytes() {
        const QString b = m_tmp.filePath(QStringLiteral("b"));
        QCOMPARE(runGenerator({QStringLiteral("--out"), b, QStringLiteral("--seed"),
                               QStringLiteral("4242")}),
                 0);
        for (const QString& f : kFiles) {
            const QByteArray x = readAll(QDir(m_dir).filePath(f));
            QVERIFY2(!x.isEmpty(), qPrintable(f));
            QVERIFY2(x == readAll(QDir(b).filePath(f)), qPrintable(f));
        }
        const QString c = m_tmp.filePath(QStringLiteral("c"));
        QCOMPARE(runGenerator({QStringLiteral("--out"), c, QStringLiteral("--seed"),
                               QStringLiteral("4243")}),
                 0);
        QVERIFY(readAll(QDir(m_dir).filePath(QStringLiteral("maillog"))) !=
                readAll(QDir(c).filePath(QStringLiteral("maillog"))));
    }

    void expectedIsConsistent() {
        const QJsonObject e = readJson(QDir(m_dir).filePath(QStringLiteral("expected.json")));
        const QJsonObject bounced = e.value(QStringLiteral("bounced")).toObject();
        const int sent = e.value(QStringLiteral("sent")).toInt();
        QCOMPARE(sent, 3000);
        const QHash<QString, int> totals = {
            {QStringLiteral("delivered"), e.value(QStringLiteral("delivered")).toInt()},
            {QStringLiteral("in_progress"), e.value(QStringLiteral("in_progress")).toInt()},
            {QStringLiteral("soft"), bounced.value(QStringLiteral("soft")).toInt()},
            {QStringLiteral("hard"), bounced.value(QStringLiteral("hard")).toInt()},
            {QStringLiteral("spam"), bounced.value(QStringLiteral("spam")).toInt()}};
        int sum = 0;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            QVERIFY2(it.value() > 0, qPrintable(it.key())); // every outcome class is present
            sum += it.value();
        }
        QCOMPARE(sum, sent);

        QHash<QString, int> byIsp;
        int ispSent = 0;
        for (const QJsonValue& v : e.value(QStringLiteral("by_isp")).toArray()) {
            const QJsonObject o = v.toObject();
            int ispSum = 0;
            for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
                byIsp[it.key()] += o.value(it.key()).toInt();
                ispSum += o.value(it.key()).toInt();
            }
            QCOMPARE(ispSum, o.value(QStringLiteral("sent")).toInt());
            ispSent += ispSum;
            int codes = 0;
            for (const QJsonValue& c : o.value(QStringLiteral("codes")).toArray())
                codes += c.toObject().value(QStringLiteral("count")).toInt();
            QCOMPARE(codes, o.value(QStringLiteral("soft")).toInt() +
                                o.value(QStringLiteral("hard")).toInt() +
                                o.value(QStringLiteral("spam")).toInt());
        }
        QCOMPARE(ispSent, sent);
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            QCOMPARE(byIsp.value(it.key()), it.value());

        // One row per sent recipient, with the same outcome counts.
        const QList<QByteArray> rows =
            lines(readAll(QDir(m_dir).filePath(QStringLiteral("expected-recipients.csv"))));
        QCOMPARE(rows.first(), QByteArray("email,outcome,isp,attempts,stage,code,enhanced"));
        QCOMPARE(rows.size() - 1, sent);
        QHash<QString, int> csvOutcomes;
        QSet<QByteArray> sentAddresses;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QList<QByteArray> f = rows[i].split(',');
            QCOMPARE(f.size(), 7);
            ++csvOutcomes[QString::fromLatin1(f[1])];
            sentAddresses.insert(f[0]);
            QVERIFY(f[3].toInt() >= 1 || f[4] == "dns" || f[1] != "delivered");
            QCOMPARE(f[4].isEmpty(), f[1] == "delivered");
        }
        QCOMPARE(sentAddresses.size(), sent);
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            QCOMPARE(csvOutcomes.value(it.key()), it.value());

        // The audience: every sent recipient Active, plus skipped and not-attempted members.
        const QList<QByteArray> audience =
            lines(readAll(QDir(m_dir).filePath(QStringLiteral("recipients.csv"))));
        QCOMPARE(audience.first(), QByteArray("email,first_name,status"));
        int active = 0;
        int skipped = 0;
        for (qsizetype i = 1; i < audience.size(); ++i) {
            const QByteArray status = audience[i].mid(audience[i].lastIndexOf(',') + 1);
            if (status == "Active")
                ++active;
            else if (status == "Error" || status == "Opt-out")
                ++skipped;
        }
        QCOMPARE(active, sent + e.value(QStringLiteral("not_attempted")).toInt());
        QCOMPARE(skipped, e.value(QStringLiteral("skipped")).toInt());
        QVERIFY(skipped > 0);
        QVERIFY(e.value(QStringLiteral("not_attempted")).toInt() > 0);
    }

    void logsAreWellFormed() {
        const QString gz = QDir(m_dir).filePath(QStringLiteral("maillog.1.gz"));
        QCOMPARE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-t"), gz}), 0);
        const QList<QByteArray> older = lines(gunzip(gz));
        const QList<QByteArray> current =
            lines(readAll(QDir(m_dir).filePath(QStringLiteral("maillog"))));
        QVERIFY(older.size() > current.size());

        // Every line starts with an RFC 3164 envelope, except the one deliberate junk line.
        int junk = 0;
        for (const QByteArray& l : older)
            QVERIFY2(rfc3164().match(QString::fromUtf8(l)).hasMatch(), l.left(120).constData());
        for (const QByteArray& l : current)
            if (!rfc3164().match(QString::fromUtf8(l)).hasMatch())
                ++junk;
        QCOMPARE(junk, 1);

        // At least one message's lines span the rotation.
        const QRegularExpression qid(
            QStringLiteral(" postfix/\\w+\\[\\d+\\]: ([0-9A-F]{10,11}): "));
        QSet<QString> olderIds;
        for (const QByteArray& l : older) {
            const auto m = qid.match(QString::fromUtf8(l));
            if (m.hasMatch())
                olderIds.insert(m.captured(1));
        }
        int spanning = 0;
        for (const QByteArray& l : current) {
            const auto m = qid.match(QString::fromUtf8(l));
            spanning += m.hasMatch() && olderIds.contains(m.captured(1));
        }
        QVERIFY(spanning > 0);

        // "as of" is the newest line, converted from Europe/Berlin to UTC.
        const QJsonObject e = readJson(QDir(m_dir).filePath(QStringLiteral("expected.json")));
        const QDateTime asOf =
            QDateTime::fromString(e.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
        QVERIFY(asOf.isValid());
        const auto m = rfc3164().match(QString::fromUtf8(current.constLast()));
        QVERIFY(m.hasMatch());
        const QStringList months = {
            QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
            QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
            QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
            QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
        const QDateTime lastLocal(
            QDate(2026, int(months.indexOf(m.captured(1))) + 1, m.captured(2).trimmed().toInt()),
            QTime(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt()),
            QTimeZone("Europe/Berlin"));
        QCOMPARE(lastLocal.toUTC(), asOf.toUTC());

        // Campaign description.
        const QJsonObject c = readJson(QDir(m_dir).filePath(QStringLiteral("campaign.json")));
        QCOMPARE(c.value(QStringLiteral("sender")).toString(),
                 QStringLiteral("news@mail.demo-shop.example"));
        QCOMPARE(c.value(QStringLiteral("year")).toInt(), 2026);
        QCOMPARE(c.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Berlin"));
    }

    void isoEnvelopes() {
        const QString d = m_tmp.filePath(QStringLiteral("iso"));
        QCOMPARE(runGenerator({QStringLiteral("--out"), d, QStringLiteral("--recipients"),
                               QStringLiteral("200"), QStringLiteral("--iso")}),
                 0);
        const QRegularExpression iso(QStringLiteral(
            "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}[+-]\\d\\d:\\d\\d mail \\S"));
        int junk = 0;
        for (const QByteArray& l : lines(readAll(QDir(d).filePath(QStringLiteral("maillog")))))
            junk += !iso.match(QString::fromUtf8(l)).hasMatch();
        QCOMPARE(junk, 1);
        QCOMPARE(readJson(QDir(d).filePath(QStringLiteral("expected.json")))
                     .value(QStringLiteral("sent"))
                     .toInt(),
                 200);
    }

    void usageErrors() {
        QCOMPARE(runGenerator({}), 1);
        QCOMPARE(runGenerator({QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x")),
                               QStringLiteral("--recipients"), QStringLiteral("zero")}),
                 1);
        QCOMPARE(runGenerator({QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x")),
                               QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")}),
                 1);
        QCOMPARE(runGenerator({QStringLiteral("--bogus")}), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_DemoGenerator.moc"
