// The demo generator is the source of truth for end-to-end tests and the bundled demo, so
// its own output must be reproducible and internally consistent before anything is compared
// with it.

#include "TestPaths.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
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
    QStringLiteral("expected.json"), QStringLiteral("expected-recipients.csv"),
    QStringLiteral("events.csv"),    QStringLiteral("bounces/returned-mail.mbox")};

// Every file below `dir`, as relative paths, sorted.
QStringList filesUnder(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

// The messages of an mbox (lines starting with "From " separate them).
QList<QByteArray> mboxMessages(const QByteArray& mbox) {
    QList<QByteArray> out;
    for (const QByteArray& l : mbox.split('\n')) {
        if (l.startsWith("From "))
            out.append(QByteArray());
        else if (!out.isEmpty())
            out.last() += l + '\n';
    }
    return out;
}

// The value of the first header field `name` in a mail ("" if none).
QByteArray field(const QByteArray& mail, const QByteArray& name) {
    for (const QByteArray& l : mail.split('\n'))
        if (l.startsWith(name + ':'))
            return l.mid(name.size() + 1).trimmed();
    return {};
}

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
        // Returned mail too: the same files with the same bytes.
        const QStringList files = filesUnder(m_dir);
        QCOMPARE(filesUnder(b), files);
        for (const QString& f : files)
            QVERIFY2(readAll(QDir(m_dir).filePath(f)) == readAll(QDir(b).filePath(f)), qPrintable(f));
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

    // The bundled demo is exactly what the generator writes with its defaults (regenerate it
    // with `deliverboard-demogen --out resources/demo/spring-newsletter-2026`).
    void bundledDemoIsUpToDate() {
        const QString demo = testpaths::source(QStringLiteral("resources/demo/spring-newsletter-2026"));
        const QString fresh = m_tmp.filePath(QStringLiteral("defaults"));
        QCOMPARE(runGenerator({QStringLiteral("--out"), fresh}), 0);
        const QStringList files = filesUnder(fresh);
        QCOMPARE(filesUnder(demo), files);
        for (const QString& f : files)
            QVERIFY2(readAll(QDir(demo).filePath(f)) == readAll(QDir(fresh).filePath(f)),
                     qPrintable(f + QStringLiteral(" differs: regenerate the demo")));
    }

    // The returned mail and events.csv say what expected.json and expected-recipients.csv
    // claim about complaints, auto-replies, engagement and bounces after acceptance.
    void aftermathMatchesExpected() {
        const QDir dir(m_dir);
        const QJsonObject e = readJson(dir.filePath(QStringLiteral("expected.json")));
        const QDateTime asOf =
            QDateTime::fromString(e.value(QStringLiteral("as_of")).toString(), Qt::ISODate);

        QHash<QByteArray, QByteArray> outcome; // recipient -> expected outcome
        QSet<QByteArray> afterAcceptance;
        const QList<QByteArray> rows =
            lines(readAll(dir.filePath(QStringLiteral("expected-recipients.csv"))));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QList<QByteArray> f = rows[i].split(',');
            outcome.insert(f[0], f[1]);
            if (f[4] == "after_acceptance") {
                afterAcceptance.insert(f[0]);
                QVERIFY(f[1] == "hard" || f[1] == "soft" || f[1] == "spam");
            }
        }
        QVERIFY(!afterAcceptance.isEmpty());

        // events.csv: time-ordered, ISO-8601 UTC, not after "as of", delivered recipients only.
        const QList<QByteArray> events = lines(readAll(dir.filePath(QStringLiteral("events.csv"))));
        QCOMPARE(events.first(), QByteArray("email,event,timestamp"));
        QHash<QByteArray, QSet<QByteArray>> byKind;
        QDateTime previous;
        for (qsizetype i = 1; i < events.size(); ++i) {
            const QList<QByteArray> f = events[i].split(',');
            QCOMPARE(f.size(), 3);
            QVERIFY2(outcome.value(f[0]) == "delivered", events[i].constData());
            const QDateTime t = QDateTime::fromString(QString::fromLatin1(f[2]), Qt::ISODate);
            QVERIFY(t.isValid() && f[2].endsWith('Z'));
            QVERIFY(t <= asOf);
            QVERIFY(!previous.isValid() || previous <= t);
            previous = t;
            byKind[f[1]].insert(f[0]);
        }
        const QJsonObject engagement = e.value(QStringLiteral("engagement")).toObject();
        QCOMPARE(int(byKind.value("open").size()), engagement.value(QStringLiteral("opened")).toInt());
        QCOMPARE(int(byKind.value("click").size()), engagement.value(QStringLiteral("clicked")).toInt());
        QCOMPARE(int(byKind.value("unsubscribe").size()),
                 engagement.value(QStringLiteral("unsubscribed")).toInt());
        QVERIFY(byKind.value("open").size() > 700); // ~35 % of ~2,500 delivered
        QVERIFY(byKind.value("click").size() > 100);

        // complaints/: ARF reports for delivered recipients; with the complaint events they
        // make up "complaints".
        QSet<QByteArray> complained = byKind.value("complaint");
        const QStringList arfs = filesUnder(dir.filePath(QStringLiteral("complaints")));
        QVERIFY(!arfs.isEmpty());
        for (const QString& f : arfs) {
            const QByteArray mail = readAll(dir.filePath(QStringLiteral("complaints/") + f));
            QVERIFY(mail.contains("report-type=feedback-report"));
            QVERIFY(mail.contains("\nFeedback-Type: abuse\n"));
            QVERIFY(mail.contains("\nVersion: 1\n"));
            QByteArray rcpt = field(mail.mid(mail.indexOf("message/feedback-report")),
                                    "Original-Rcpt-To");
            rcpt = rcpt.mid(1, rcpt.size() - 2);
            QCOMPARE(outcome.value(rcpt), QByteArray("delivered"));
            complained.insert(rcpt);
        }
        QCOMPARE(int(complained.size()), e.value(QStringLiteral("complaints")).toInt());

        // replies/: one out-of-office per auto-replying recipient, answering its message.
        QSet<QByteArray> replied;
        const QList<QByteArray> replies =
            mboxMessages(readAll(dir.filePath(QStringLiteral("replies/auto-replies.mbox"))));
        for (const QByteArray& mail : replies) {
            QCOMPARE(field(mail, "Auto-Submitted"), QByteArray("auto-replied"));
            QVERIFY(field(mail, "In-Reply-To").startsWith("<nl-spring26."));
            QByteArray from = field(mail, "From");
            from = from.mid(from.indexOf('<') + 1);
            from.chop(1);
            QCOMPARE(outcome.value(from), QByteArray("delivered"));
            replied.insert(from);
        }
        QCOMPARE(int(replied.size()), e.value(QStringLiteral("auto_replies")).toInt());
        QVERIFY(!replied.isEmpty());

        // bounces/: a failed DSN for every bounce after acceptance, warnings that change
        // nothing, and the unmatched bounces of an older mailing.
        QList<QByteArray> dsns;
        for (const QString& f : filesUnder(dir.filePath(QStringLiteral("bounces")))) {
            const QByteArray data = readAll(dir.filePath(QStringLiteral("bounces/") + f));
            if (f.endsWith(QLatin1String(".mbox")))
                dsns += mboxMessages(data);
            else
                dsns.append(data);
        }
        int failed = 0, delayed = 0, unmatched = 0;
        for (const QByteArray& mail : dsns) {
            QVERIFY(mail.contains("report-type=delivery-status"));
            QVERIFY(mail.contains("text/rfc822-headers"));
            const QByteArray msgId = field(mail.mid(mail.indexOf("text/rfc822-headers")), "Message-ID");
            if (!msgId.startsWith("<nl-spring26.")) {
                ++unmatched;
                continue;
            }
            const QByteArray action = field(mail.mid(mail.indexOf("message/delivery-status")), "Action");
            QByteArray to = field(mail.mid(mail.indexOf("text/rfc822-headers")), "To");
            if (action == "failed") {
                ++failed;
                QVERIFY2(afterAcceptance.contains(to), to.constData());
            } else {
                QCOMPARE(action, QByteArray("delayed"));
                QCOMPARE(outcome.value(to), QByteArray("delivered"));
                ++delayed;
            }
        }
        QCOMPARE(failed, int(afterAcceptance.size()));
        QVERIFY(delayed > 0);
        QCOMPARE(unmatched, e.value(QStringLiteral("unmatched_returned_mail")).toInt());
        QCOMPARE(unmatched, 1);
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
