// `settings` and the status commands that read it, through the built CLI: the store's
// limits change `report` and `campaigns`, the store's preset changes `status` and
// `export-suppression` and is undone by `settings --undo`, and `status --preview`,
// `--inactive` and `--sender-problems` print figures worked out by hand from the scripts
// below (letters: CampaignSeries.h).
#include "CampaignSeries.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestSettingsCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList& args) {
        QStringList all = args;
        all.insert(1, QStringLiteral("--db"));
        all.insert(2, m_db);
        return runCli(all);
    }
    QJsonObject report(const QString& campaign) {
        const CliRun run = cli({QStringLiteral("report"), QStringLiteral("--campaign"), campaign,
                                QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.json().object();
    }
    QString statusOf(const QString& address) {
        const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--address"), address,
                                QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.json().array().first().toObject().value(QStringLiteral("status")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QList<CampaignSeries::Recipient> recipients = CampaignSeries::sixAddresses();
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        for (const QString& folder :
             CampaignSeries::write(m_dir.filePath(QStringLiteral("f")), recipients, 3)) {
            const CliRun run =
                runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), m_db});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
    }

    void showsDefaults() {
        const CliRun run = cli({QStringLiteral("settings"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = run.json().object();
        QCOMPARE(o.value(QStringLiteral("preset")).toString(), QStringLiteral("response-page"));
        QVERIFY(o.value(QStringLiteral("max_attempts")).isNull());
        QCOMPARE(o.value(QStringLiteral("inactive_after")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("campaigns")).toArray().size(), 3);
    }

    void usageErrors() {
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("--preset"),
                      QStringLiteral("mailworx"), QStringLiteral("--undo")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("--max-attempts"),
                      QStringLiteral("-3")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("--preset"),
                      QStringLiteral("no-such-preset")})
                     .exitCode,
                 2);
        // Nothing to undo on a store that never changed its preset.
        const CliRun undo = cli({QStringLiteral("settings"), QStringLiteral("--undo")});
        QCOMPARE(undo.exitCode, 2);
        QVERIFY(undo.err.contains("undo"));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--preview")}).exitCode, 1);
    }

    // p's third message is still being retried (one attempt); with one attempt as the
    // limit it is a soft bounce next to e's, in `report` and `campaigns` alike.
    void limitsChangeReportAndCampaigns() {
        QCOMPARE(report(QStringLiteral("C3")).value(QStringLiteral("in_progress")).toInt(), 1);
        QVERIFY(
            cli({QStringLiteral("settings"), QStringLiteral("--max-attempts"), QStringLiteral("1")})
                .exitCode == 0);
        const QJsonObject after = report(QStringLiteral("C3"));
        QCOMPARE(after.value(QStringLiteral("in_progress")).toInt(), 0);
        QCOMPARE(
            after.value(QStringLiteral("bounced")).toObject().value(QStringLiteral("soft")).toInt(),
            2); // e's and now p's
        const CliRun campaigns = cli({QStringLiteral("campaigns"), QStringLiteral("--json")});
        qint64 inProgress = -1;
        for (const QJsonValue& v : campaigns.json().array())
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("C3"))
                inProgress = v.toObject().value(QStringLiteral("in_progress")).toInt();
        QCOMPARE(inProgress, 0);
        // Per campaign: C3 gets its own limit back.
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("--campaign"), QStringLiteral("C3"),
                     QStringLiteral("--max-attempts"), QStringLiteral("4")})
                    .exitCode == 0);
        QCOMPARE(report(QStringLiteral("C3")).value(QStringLiteral("in_progress")).toInt(), 1);
        QVERIFY(
            cli({QStringLiteral("settings"), QStringLiteral("--max-attempts"), QStringLiteral("0")})
                .exitCode == 0);
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("--campaign"), QStringLiteral("C3"),
                     QStringLiteral("--max-attempts"), QStringLiteral("0")})
                    .exitCode == 0);
    }

    // response-page in force, mailworx the candidate: c (one hard elsewhere), e (three
    // softs) and j (one spam elsewhere) would become active; nobody the other way.
    void previewByHand() {
        const CliRun run =
            cli({QStringLiteral("status"), QStringLiteral("--preview"), QStringLiteral("--preset"),
                 QStringLiteral("mailworx"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = run.json().object();
        QCOMPARE(o.value(QStringLiteral("current_preset")).toString(),
                 QStringLiteral("response-page"));
        QCOMPARE(o.value(QStringLiteral("addresses")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("changed")).toInt(), 3);
        const QJsonArray transitions = o.value(QStringLiteral("by_transition")).toArray();
        QCOMPARE(transitions.size(), 1);
        QCOMPARE(transitions.first().toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("error"));
        QCOMPARE(transitions.first().toObject().value(QStringLiteral("count")).toInt(), 3);
        QStringList reasons;
        for (const QJsonValue& v : o.value(QStringLiteral("by_reason")).toArray())
            reasons.append(QStringLiteral("%1=%2")
                               .arg(v.toObject().value(QStringLiteral("reason")).toString())
                               .arg(v.toObject().value(QStringLiteral("count")).toInt()));
        QCOMPARE(reasons, (QStringList{QStringLiteral("blocked=1"), QStringLiteral("mailboxfull=1"),
                                       QStringLiteral("userunknown=1")}));
        QCOMPARE(o.value(QStringLiteral("changes")).toArray().size(), 3);
        // A preview stores nothing.
        QCOMPARE(statusOf(QStringLiteral("c@example.net")), QStringLiteral("error"));
    }

    void presetApplyUndoRoundTrip() {
        QCOMPARE(statusOf(QStringLiteral("c@example.net")), QStringLiteral("error"));
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("--preset"),
                     QStringLiteral("mailworx")})
                    .exitCode == 0);
        QCOMPARE(statusOf(QStringLiteral("c@example.net")), QStringLiteral("active"));
        const QString csv = m_dir.filePath(QStringLiteral("suppression.csv"));
        QVERIFY(cli({QStringLiteral("export-suppression"), QStringLiteral("-o"), csv}).exitCode ==
                0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("email,status,since,reason,campaign\r\n"));
        file.close();
        // --preset on the command line still wins for one run.
        const CliRun once = cli({QStringLiteral("status"), QStringLiteral("--address"),
                                 QStringLiteral("c@example.net"), QStringLiteral("--preset"),
                                 QStringLiteral("response-page"), QStringLiteral("--json")});
        QVERIFY(once.out.contains("\"error\""));
        const CliRun undo =
            cli({QStringLiteral("settings"), QStringLiteral("--undo"), QStringLiteral("--json")});
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        QCOMPARE(undo.json().object().value(QStringLiteral("preset")).toString(),
                 QStringLiteral("response-page"));
        QCOMPARE(statusOf(QStringLiteral("c@example.net")), QStringLiteral("error"));
    }

    // Every campaign tracks engagement (m opens each). Delivered to without an open or
    // click: a and filler three times, p twice (its third message is still retried).
    void inactiveList() {
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("--inactive-after"),
                     QStringLiteral("2")})
                    .exitCode == 0);
        const CliRun run =
            cli({QStringLiteral("status"), QStringLiteral("--inactive"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QStringList addresses;
        for (const QJsonValue& v : run.json().array())
            addresses.append(QStringLiteral("%1:%2").arg(
                v.toObject().value(QStringLiteral("address")).toString(),
                QString::number(
                    v.toObject().value(QStringLiteral("campaigns_without_engagement")).toInt())));
        QCOMPARE(addresses, (QStringList{QStringLiteral("a@example.net:3"),
                                         QStringLiteral("filler@example.org:3"),
                                         QStringLiteral("p@example.net:2")}));
        const QString csv = m_dir.filePath(QStringLiteral("inactive.csv"));
        const CliRun exported = cli({QStringLiteral("export-suppression"),
                                     QStringLiteral("--inactive"), QStringLiteral("-o"), csv});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1), QStringLiteral("a@example.net,active,,inactive,C3"));
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("--inactive-after"),
                     QStringLiteral("5")})
                    .exitCode == 0);
    }

    // The days (C1 on day 0, C3 on day 14): a, filler and p were delivered to since C1
    // without an open or click, 14 days before C3; five campaigns are more than the store has.
    void inactiveDaysList() {
        const auto inactive = [this] {
            QStringList addresses;
            const CliRun run = cli(
                {QStringLiteral("status"), QStringLiteral("--inactive"), QStringLiteral("--json")});
            for (const QJsonValue& v : run.json().array())
                addresses.append(v.toObject().value(QStringLiteral("address")).toString());
            return addresses;
        };
        QVERIFY(inactive().isEmpty()); // five campaigns, no day limit
        CliRun set = cli({QStringLiteral("settings"), QStringLiteral("--inactive-days"),
                          QStringLiteral("10"), QStringLiteral("--json")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(set.json().object().value(QStringLiteral("inactive_days")).toInt(), 10);
        QCOMPARE(inactive(),
                 (QStringList{QStringLiteral("a@example.net"), QStringLiteral("filler@example.org"),
                              QStringLiteral("p@example.net")}));
        // The JSON says how many days each has been quiet: since C1, 14 days before C3.
        const CliRun days =
            cli({QStringLiteral("status"), QStringLiteral("--inactive"), QStringLiteral("--json")});
        QCOMPARE(
            days.json().array().at(0).toObject().value(QStringLiteral("days_without_engagement")),
            QJsonValue(14));
        const QString csv = m_dir.filePath(QStringLiteral("inactive-days.csv"));
        const CliRun exported = cli({QStringLiteral("export-suppression"),
                                     QStringLiteral("--inactive"), QStringLiteral("-o"), csv});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY2(exported.out.contains("or 10 days"), exported.out.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).count(QStringLiteral("\r\n")), 4);
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("--inactive-days"),
                     QStringLiteral("15")})
                    .exitCode == 0);
        QVERIFY(inactive().isEmpty());
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("--inactive-days"),
                      QStringLiteral("-1")})
                     .exitCode,
                 1); // usage
        set = cli({QStringLiteral("settings"), QStringLiteral("--inactive-days"),
                   QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY(set.json().object().value(QStringLiteral("inactive_days")).isNull());
    }

    // j's Spamhaus block is the sender's problem under deliverboard: listed, not counted.
    void senderProblems() {
        const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--sender-problems"),
                                QStringLiteral("--preset"), QStringLiteral("deliverboard"),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = run.json().object();
        QVERIFY(o.value(QStringLiteral("ignore_sender_blamed")).toBool());
        const QJsonArray byIsp = o.value(QStringLiteral("by_isp")).toArray();
        QCOMPARE(byIsp.size(), 1);
        QCOMPARE(byIsp.first().toObject().value(QStringLiteral("isp")).toString(),
                 QStringLiteral("other"));
        QCOMPARE(byIsp.first().toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("blocked"));
        QCOMPARE(byIsp.first().toObject().value(QStringLiteral("addresses")).toInt(), 1);
        const CliRun counted = cli({QStringLiteral("status"), QStringLiteral("--sender-problems"),
                                    QStringLiteral("--json")});
        QVERIFY(counted.json().object().value(QStringLiteral("by_isp")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsCommand)
#include "tst_SettingsCommand.moc"
