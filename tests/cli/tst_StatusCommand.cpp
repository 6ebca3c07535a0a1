// `status` and `export-suppression` (contract section 7) through the built CLI, over a
// series of three generated campaigns in one store. Expected statuses are worked out by
// hand from each address's script (see CampaignSeries.h for the letters).
#include "CampaignSeries.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QStringList list(std::initializer_list<const char*> items) {
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}
} // namespace

class TestStatusCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject statusOf(const QString& address, const QStringList& extra = {}) {
        const CliRun run =
            runCli(QStringList{QStringLiteral("status"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--address"), address, QStringLiteral("--json")} +
                   extra);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        const QJsonArray array = run.json().array();
        return array.size() == 1 ? array.first().toObject() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QList<CampaignSeries::Recipient> recipients{
            {QStringLiteral("a@example.net"), {}, QStringLiteral("DDD")},
            {QStringLiteral("b@example.net"), {}, QStringLiteral("HDD")},
            {QStringLiteral("c@example.net"), {}, QStringLiteral("FFF")},
            {QStringLiteral("d@gmail.com"), QStringLiteral("gmail-smtp-in.l.google.com"),
             QStringLiteral("DHD")},
            {QStringLiteral("e@example.net"), {}, QStringLiteral("H--")},
            {QStringLiteral("f@example.net"), {}, QStringLiteral("DCD")},
            {QStringLiteral("g@example.net"), {}, QStringLiteral("E--")},
        };
        const QStringList folders =
            CampaignSeries::write(m_dir.filePath(QStringLiteral("folders")), recipients, 3,
                                  QStringLiteral("news@example.org"),
                                  {QStringLiteral("Spring Sale"), QStringLiteral("=SUM(1+1)"),
                                   QStringLiteral("April News")});
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        // Imported newest first: the send order comes from the logs, not the import order.
        for (qsizetype i = folders.size() - 1; i >= 0; --i) {
            const CliRun run =
                runCli({QStringLiteral("import"), folders.at(i), QStringLiteral("--db"), m_db});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
    }

    void statusJson() {
        const CliRun run = runCli(
            {QStringLiteral("status"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray array = run.json().array();
        QStringList addresses, statuses;
        for (const QJsonValue& value : array) {
            const QJsonObject o = value.toObject();
            addresses.append(o.value(QStringLiteral("address")).toString());
            statuses.append(o.value(QStringLiteral("status")).toString());
            for (const char* key :
                 {"address", "status", "since", "campaign", "rule", "explanation", "counts"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(addresses,
                 list({"a@example.net", "b@example.net", "c@example.net", "d@gmail.com",
                       "e@example.net", "f@example.net", "filler@example.org", "g@example.net"}));
        QCOMPARE(statuses, list({"active", "active", "error", "active", "error", "opt_out",
                                 "active", "error"}));

        const QJsonObject a = array.at(0).toObject();
        QVERIFY(a.value(QStringLiteral("since")).isNull());
        QVERIFY(a.value(QStringLiteral("campaign")).isNull());
        QCOMPARE(a.value(QStringLiteral("rule")).toString(), QStringLiteral("none"));
    }

    void addressDetails_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("since");
        QTest::addColumn<int>("hard");
        QTest::addColumn<int>("soft");
        QTest::addColumn<int>("softConsecutive");
        auto row = [](const char* name, const char* address, const char* preset, const char* status,
                      const char* rule, const char* campaign, const char* since, int hard, int soft,
                      int softConsecutive) {
            QTest::newRow(name) << QString::fromUtf8(address) << QString::fromUtf8(preset)
                                << QString::fromUtf8(status) << QString::fromUtf8(rule)
                                << QString::fromUtf8(campaign) << QString::fromUtf8(since) << hard
                                << soft << softConsecutive;
        };
        // Campaign n starts 2026-03-02 09:00 UTC + 7 (n-1) days; the kth address of the
        // list is logged k minutes after the start; events come an hour after the delivery.
        row("b reactivated by delivery", "b@example.net", "response-page", "active", "delivered",
            "=SUM(1+1)", "2026-03-09T09:02:00Z", 0, 0, 0);
        row("c third soft", "c@example.net", "response-page", "error", "soft", "April News",
            "2026-03-16T09:03:00Z", 0, 3, 3);
        row("c mailworx", "c@example.net", "mailworx", "active", "none", "", "", 0, 3, 3);
        row("d gmail", "d@gmail.com", "mailworx", "active", "delivered", "April News",
            "2026-03-16T09:04:00Z", 0, 0, 0);
        row("e hard", "e@example.net", "response-page", "error", "hard", "Spring Sale",
            "2026-03-02T09:05:00Z", 1, 0, 0);
        row("e mailworx", "e@example.net", "mailworx", "active", "none", "", "", 1, 0, 0);
        row("f complaint", "f@example.net", "response-page", "opt_out", "complaint", "=SUM(1+1)",
            "2026-03-09T10:06:00Z", 0, 0, 0);
        row("g audience", "g@example.net", "response-page", "error", "audience_error",
            "Spring Sale", "2026-03-02T09:00:00Z", 0, 0, 0);
    }
    void addressDetails() {
        QFETCH(QString, address);
        QFETCH(QString, preset);
        const QJsonObject o = statusOf(address, {QStringLiteral("--preset"), preset});
        QTEST(o.value(QStringLiteral("status")).toString(), "status");
        QTEST(o.value(QStringLiteral("rule")).toString(), "rule");
        QTEST(o.value(QStringLiteral("campaign")).toString(), "campaign");
        QTEST(o.value(QStringLiteral("since")).toString(), "since");
        const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
        QTEST(counts.value(QStringLiteral("hard")).toInt(), "hard");
        QTEST(counts.value(QStringLiteral("soft")).toInt(), "soft");
        QTEST(counts.value(QStringLiteral("soft_consecutive")).toInt(), "softConsecutive");
        QVERIFY(!o.value(QStringLiteral("explanation")).toString().isEmpty());
    }

    void plainText() {
        const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--address"), QStringLiteral("C@Example.net")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("status:      error")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(
                     "Error since 16 Mar 2026: third consecutive soft bounce (552 5.2.2")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("in Spring Sale, =SUM(1+1) and April News.")),
                 qPrintable(out));
        const CliRun all = runCli({QStringLiteral("status"), QStringLiteral("--db"), m_db});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QVERIFY2(all.out.contains("4 active, 3 error, 1 opt_out (preset response-page)"),
                 all.out.constData());
    }

    void exportSuppression() {
        const QString csv = m_dir.filePath(QStringLiteral("suppress.csv"));
        const CliRun run = runCli({QStringLiteral("export-suppression"), QStringLiteral("--db"),
                                   m_db, QStringLiteral("-o"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral(
                     "email,status,since,reason,campaign\r\n"
                     "c@example.net,error,2026-03-16T09:03:00Z,soft,April News\r\n"
                     "e@example.net,error,2026-03-02T09:05:00Z,hard,Spring Sale\r\n"
                     "f@example.net,opt_out,2026-03-09T10:06:00Z,complaint,'=SUM(1+1)\r\n"
                     "g@example.net,error,2026-03-02T09:00:00Z,audience_error,Spring Sale\r\n"));
        const CliRun mailworx = runCli({QStringLiteral("export-suppression"),
                                        QStringLiteral("--db"), m_db, QStringLiteral("--preset"),
                                        QStringLiteral("mailworx"), QStringLiteral("-o"), csv});
        QVERIFY2(mailworx.exitCode == 0, mailworx.err.constData());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header, f (complaint), g (audience Error)
    }

    void exportLayouts_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("generic")
            << QStringLiteral("generic")
            << QStringLiteral("email,status,since,reason,campaign\r\n"
                              "c@example.net,error,2026-03-16T09:03:00Z,soft,April News\r\n");
        QTest::newRow("mailchimp")
            << QStringLiteral("mailchimp") << QStringLiteral("Email Address\r\nc@example.net\r\n");
        QTest::newRow("listmonk")
            << QStringLiteral("listmonk")
            << QStringLiteral("email,name,attributes\r\nc@example.net,c,\"{\"\"deliverboard\"\":{"
                              "\"\"campaign\"\":\"\"April News\"\",\"\"explanation\"\":\"\"");
    }
    void exportLayouts() {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const QString csv = m_dir.filePath(QStringLiteral("layout-%1.csv").arg(format));
        const CliRun run =
            runCli({QStringLiteral("export-suppression"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--format"), format, QStringLiteral("-o"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(expected), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 5); // header and four suppressed addresses
    }

    void exitCodes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const QStringList& args, int exitCode,
                      const char* message) {
            QTest::newRow(name) << args << exitCode << QString::fromUtf8(message);
        };
        row("no db", list({"status"}), 1, "--db");
        row("missing store", list({"status", "--db", "@DIR@/none.sqlite"}), 2, "none.sqlite");
        row("unknown preset", list({"status", "--db", "@DB@", "--preset", "nosuch"}), 2, "nosuch");
        row("bad preset file", list({"status", "--db", "@DB@", "--preset", "@DIR@/bad.json"}), 2,
            "bad.json (major_isps[0])");
        row("unknown address", list({"status", "--db", "@DB@", "--address", "nobody@example.net"}),
            2, "nobody@example.net");
        row("reactivate without address", list({"status", "--db", "@DB@", "--reactivate"}), 1,
            "--address");
        row("reactivate and suppress",
            list({"status", "--db", "@DB@", "--address", "e@example.net", "--reactivate",
                  "--suppress"}),
            1, "exclude");
        row("note alone", list({"status", "--db", "@DB@", "--note", "x"}), 1, "--note");
        row("bad at",
            list({"status", "--db", "@DB@", "--address", "e@example.net", "--reactivate", "--at",
                  "soon"}),
            1, "--at");
        row("export unknown layout",
            list({"export-suppression", "--db", "@DB@", "--format", "sendy", "-o", "@DIR@/x.csv"}),
            1, "--format");
        row("export without -o", list({"export-suppression", "--db", "@DB@"}), 1, "-o");
        row("export bad preset",
            list({"export-suppression", "--db", "@DB@", "--preset", "@DIR@/bad.json", "-o",
                  "@DIR@/x.csv"}),
            2, "bad.json");
        row("export unwritable",
            list({"export-suppression", "--db", "@DB@", "-o", "@DIR@/no/such/dir/x.csv"}), 2,
            "x.csv");
    }
    void exitCodes() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"id": "bad", "name": "Bad", "major_isps": ["hotmail"],
            "thresholds": {"hard_major": 1, "hard_other": 1, "soft": 3}, "resets": {},
            "opt_out": {"complaint": true, "unsubscribe": true}, "ignore_sender_blamed": false})");
        bad.close();
        for (QString& arg : args)
            arg.replace(QStringLiteral("@DB@"), m_db)
                .replace(QStringLiteral("@DIR@"), m_dir.path());
        const CliRun run = runCli(args);
        QTEST(run.exitCode, "exitCode");
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    }

    // Runs last: it changes the store.
    void zManualActionsSurviveReevaluation() {
        QCOMPARE(
            statusOf(QStringLiteral("e@example.net")).value(QStringLiteral("status")).toString(),
            QStringLiteral("error"));
        const CliRun run =
            runCli({QStringLiteral("status"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--address"), QStringLiteral("e@example.net"),
                    QStringLiteral("--reactivate"), QStringLiteral("--note"),
                    QStringLiteral("new mailbox, confirmed by phone"), QStringLiteral("--at"),
                    QStringLiteral("2026-03-20T12:00:00Z"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().array().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        for (const QString& preset :
             {QStringLiteral("response-page"), QStringLiteral("mailworx")}) {
            const QJsonObject e =
                statusOf(QStringLiteral("e@example.net"), {QStringLiteral("--preset"), preset});
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
            QCOMPARE(e.value(QStringLiteral("rule")).toString(),
                     QStringLiteral("manual_reactivate"));
            QCOMPARE(e.value(QStringLiteral("since")).toString(),
                     QStringLiteral("2026-03-20T12:00:00Z"));
            QVERIFY(e.value(QStringLiteral("campaign")).isNull());
            QVERIFY(e.value(QStringLiteral("explanation"))
                        .toString()
                        .contains(QStringLiteral("confirmed by phone")));
        }
        const CliRun suppress = runCli(
            {QStringLiteral("status"), QStringLiteral("--db"), m_db, QStringLiteral("--address"),
             QStringLiteral("a@example.net"), QStringLiteral("--suppress"),
             QStringLiteral("--note"), QStringLiteral("asked by phone")});
        QVERIFY2(suppress.exitCode == 0, suppress.err.constData());
        QCOMPARE(
            statusOf(QStringLiteral("a@example.net")).value(QStringLiteral("status")).toString(),
            QStringLiteral("opt_out"));
    }
};

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "tst_StatusCommand.moc"
