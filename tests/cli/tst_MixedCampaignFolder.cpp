// Issue 5's finish line, end to end through deliverboard-cli: one campaign folder with a
// Postfix syslog, an Exim main log, a PowerMTA accounting file (with a feedback-loop
// record), a returned DSN, an ARF complaint, an out-of-office reply, events.csv and
// recipients.csv. Every figure of
// `report --json` (contract sections 3 and 5) is worked out by hand below, recipient by
// recipient, and compared; so are the per-ISP rows, the drill-down and the export.
#include "CliRunner.h"
#include "LogBuilder.h"
#include "ReturnedMailBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kSender = QStringLiteral("news@example.org");

// Postfix, 14 March 2026 from 09:00 UTC (short queue ids are hexadecimal).
QByteArray postfixLog()
{
    LogBuilder log;
    const auto message = [&log](const QString& qid) { log.queued(qid, kSender); };
    message(QStringLiteral("F00000001"));
    log.sent(QStringLiteral("F00000001"), QStringLiteral("p-ok@gmail.com"), QStringLiteral("gmail-smtp-in.l.google.com"));
    message(QStringLiteral("F00000002"));
    log.said(QStringLiteral("F00000002"), QStringLiteral("p-gone@outlook.com"), QStringLiteral("bounced"), QStringLiteral("5.1.1"),
             QStringLiteral("550 5.1.1 <p-gone@outlook.com>: Recipient address rejected: User unknown"),
             QStringLiteral("RCPT TO"), QStringLiteral("outlook-com.olc.protection.outlook.com"));
    message(QStringLiteral("F00000003"));
    log.said(QStringLiteral("F00000003"), QStringLiteral("p-grey@example.net"), QStringLiteral("deferred"), QStringLiteral("4.7.1"),
             QStringLiteral("450 4.7.1 <p-grey@example.net>: Recipient address rejected: Greylisted, try again later"));
    message(QStringLiteral("F00000004"));
    log.said(QStringLiteral("F00000004"), QStringLiteral("p-spam@yahoo.com"), QStringLiteral("bounced"), QStringLiteral("5.7.1"),
             QStringLiteral("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"),
             QStringLiteral("RCPT TO"), QStringLiteral("mta5.am0.yahoodns.net"));
    message(QStringLiteral("F00000005"));
    log.sent(QStringLiteral("F00000005"), QStringLiteral("p-late@example.net"));
    log.advanceMinutes(10);
    log.sent(QStringLiteral("F00000003"), QStringLiteral("p-grey@example.net")); // greylisting passed
    log.setTime(QDateTime(QDate(2026, 3, 14), QTime(11, 50), Qt::UTC));
    message(QStringLiteral("F00000006"));
    log.said(QStringLiteral("F00000006"), QStringLiteral("p-wait@gmx.de"), QStringLiteral("deferred"), QStringLiteral("4.2.1"),
             QStringLiteral("421 4.2.1 Service temporarily unavailable, try again later"), QStringLiteral("RCPT TO"),
             QStringLiteral("mx00.emig.gmx.net"));
    log.setTime(QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC)); // the newest line: "as of"
    log.removed(QStringLiteral("F00000001"));
    return log.text();
}

QByteArray eximLog()
{
    return "2026-03-14 09:30:00 1rEEEE-000EEE-01 <= news@example.org H=app [192.0.2.7] P=esmtp S=4821 id=E1@example.org\n"
           "2026-03-14 09:30:01 1rEEEE-000EEE-01 => e-ok@web.de R=dnslookup T=remote_smtp H=mx-ha03.web.de [212.227.15.17] C=\"250 Requested mail action okay, completed\"\n"
           "2026-03-14 09:30:02 1rEEEE-000EEE-01 ** e-gone@t-online.de R=dnslookup T=remote_smtp H=mx00.t-online.de [194.25.134.8]: "
           "SMTP error from remote mail server after RCPT TO:<e-gone@t-online.de>: 550 5.1.1 <e-gone@t-online.de>: Recipient address rejected: User unknown\n"
           "2026-03-14 09:31:00 1rEEEE-000EEE-01 == e-full@orange.fr R=dnslookup T=remote_smtp defer (-44) H=smtp-in.orange.fr [193.252.22.65]: "
           "SMTP error from remote mail server after RCPT TO:<e-full@orange.fr>: 452 4.2.2 Mailbox full\n"
           "2026-03-14 11:00:00 1rEEEE-000EEE-01 ** e-full@orange.fr: retry timeout exceeded\n"
           "2026-03-14 11:00:01 1rEEEE-000EEE-01 Completed\n";
}

QByteArray powerMtaAccounting()
{
    return "type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat\n"
           "d,2026-03-14 10:00:00+0000,news@example.org,m-ok@icloud.com,relayed,2.0.0 (success),smtp;250 2.0.0 Ok: queued,mx01.mail.icloud.com (17.57.154.6),\n"
           "b,2026-03-14 10:00:01+0000,news@example.org,m-block@comcast.net,failed,5.7.1 (delivery not authorized),"
           "\"smtp;550 5.7.1 Client host blocked using zen.spamhaus.org\",mx1a1.comcast.net (96.114.157.80),bad-connection\n"
           "d,2026-03-14 10:00:02+0000,news@example.org,m-rb@example.com,relayed,2.0.0 (success),smtp;250 ok,mx.example.com (192.0.2.90),\n"
           "rb,2026-03-14 10:30:00+0000,news@example.org,m-rb@example.com,failed,5.2.2 (mailbox full),smtp;552 5.2.2 Mailbox full,mx.example.com (192.0.2.90),quota-issues\n"
           // PowerMTA's feedback-loop processor matched a complaint to m-ok.
           "f,2026-03-14 11:30:00+0000,news@example.org,m-ok@icloud.com,,,,,\n";
}

QJsonObject ispRow(const QJsonObject& report, const QString& isp)
{
    for (const QJsonValue& v : report.value(QStringLiteral("by_isp")).toArray())
        if (v.toObject().value(QStringLiteral("isp")).toString() == isp)
            return v.toObject();
    return {};
}

// "sent delivered in_progress soft hard spam" of one ISP row.
QString ispFigures(const QJsonObject& row)
{
    QStringList figures;
    for (const char* key : {"sent", "delivered", "in_progress", "soft", "hard", "spam"})
        figures.append(QString::number(row.value(QLatin1String(key)).toInt()));
    return figures.join(QLatin1Char(' '));
}
} // namespace

class TestMixedCampaignFolder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QStringLiteral("mixed"));
        const auto write = [&folder](const char* name, const QByteArray& data) {
            return LogBuilder::writeFile(folder + QLatin1Char('/') + QLatin1String(name), data);
        };
        QVERIFY(write("campaign.json",
                      R"({"name": "Mixed", "sender": "news@example.org", "year": 2026, "timezone": "UTC"})"));
        QVERIFY(write("postfix/maillog", postfixLog()));
        QVERIFY(write("exim/mainlog", eximLog()));
        QVERIFY(write("pmta/acct-2026-03-14.csv", powerMtaAccounting()));
        QVERIFY(write("bounces/late.eml",
                      returnedmail::dsn(QStringLiteral("p-late@example.net"), QStringLiteral("failed"), QStringLiteral("5.1.1"),
                                        QStringLiteral("550 5.1.1 <p-late@example.net>: mailbox does not exist"),
                                        QStringLiteral("F00000005@example.org"))));
        QVERIFY(write("complaints/fbl.eml", returnedmail::arf(QStringLiteral("p-ok@gmail.com"))));
        QVERIFY(write("replies/ooo.eml", returnedmail::autoReply(QStringLiteral("e-ok@web.de"))));
        QVERIFY(write("events.csv", "email,event,timestamp\n"
                                    "p-ok@gmail.com,open,2026-03-14T10:00:00Z\n"
                                    "p-ok@gmail.com,click,2026-03-14T10:01:00Z\n"
                                    "e-ok@web.de,open,2026-03-14T10:05:00Z\n"
                                    "e-ok@web.de,complaint,2026-03-14T11:00:00Z\n"));
        QVERIFY(write("recipients.csv", "email,status\n"
                                        "p-ok@gmail.com,Active\np-gone@outlook.com,Active\np-grey@example.net,Active\n"
                                        "p-spam@yahoo.com,Active\np-late@example.net,Active\np-wait@gmx.de,Active\n"
                                        "e-ok@web.de,Active\ne-gone@t-online.de,Active\ne-full@orange.fr,Active\n"
                                        "m-ok@icloud.com,Active\nm-block@comcast.net,Active\nm-rb@example.com,Active\n"
                                        "skipped@example.net,Error\nnever@example.net,Active\n"));

        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        const CliRun imported = runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), m_db});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void reportFigures()
    {
        const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                   QStringLiteral("Mixed"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(QStringLiteral("as_of")).toString().left(19), QStringLiteral("2026-03-14T12:00:00"));
        // 6 Postfix + 3 Exim + 3 PowerMTA recipients were attempted.
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 12);
        // p-ok, p-grey (greylisted, then accepted), e-ok, m-ok.
        QCOMPARE(report.value(QStringLiteral("delivered")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("in_progress")).toInt(), 1); // p-wait: one 421, ten minutes ago
        const QJsonObject bounced = report.value(QStringLiteral("bounced")).toObject();
        // p-gone (550 at RCPT), p-late (DSN after a 250), e-gone (Exim **).
        QCOMPARE(bounced.value(QStringLiteral("hard")).toInt(), 3);
        // e-full (Exim retry timeout after 452), m-rb (PowerMTA rb: mailbox full after a 250).
        QCOMPARE(bounced.value(QStringLiteral("soft")).toInt(), 2);
        // p-spam and m-block, both refused by a DNSBL.
        QCOMPARE(bounced.value(QStringLiteral("spam")).toInt(), 2);
        // ARF mail for p-ok, a complaint event for e-ok, a PowerMTA f record for m-ok.
        QCOMPARE(report.value(QStringLiteral("complaints")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("auto_replies")).toInt(), 1); // e-ok is out of office
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 1);      // Error status in recipients.csv
        QCOMPARE(report.value(QStringLiteral("not_attempted")).toInt(), 1); // never@ is in no log

        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("google"))), QStringLiteral("1 1 0 0 0 0"));
        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("microsoft"))), QStringLiteral("1 0 0 0 1 0"));
        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("yahoo"))), QStringLiteral("1 0 0 0 0 1"));
        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("gmx"))), QStringLiteral("2 1 1 0 0 0"));
        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("t-online"))), QStringLiteral("1 0 0 0 1 0"));
        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("orange"))), QStringLiteral("1 0 0 1 0 0"));
        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("apple"))), QStringLiteral("1 1 0 0 0 0"));
        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("comcast"))), QStringLiteral("1 0 0 0 0 1"));
        QCOMPARE(ispFigures(ispRow(report, QStringLiteral("other"))), QStringLiteral("3 1 0 1 1 0"));
        const QJsonArray codes = ispRow(report, QStringLiteral("microsoft")).value(QStringLiteral("codes")).toArray();
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().toObject().value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.1.1"));
        QCOMPARE(codes.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("userunknown"));
    }

    void drillDownAndExport()
    {
        const CliRun hard = runCli({QStringLiteral("messages"), QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                    QStringLiteral("Mixed"), QStringLiteral("--outcome"), QStringLiteral("hard"),
                                    QStringLiteral("--json")});
        QVERIFY2(hard.exitCode == 0, hard.err.constData());
        QMap<QString, QString> stageOf;
        for (const QJsonValue& v : hard.json().array())
            stageOf.insert(v.toObject().value(QStringLiteral("recipient")).toString(),
                           v.toObject().value(QStringLiteral("stage")).toString());
        QCOMPARE(stageOf.keys(), (QStringList{QStringLiteral("e-gone@t-online.de"), QStringLiteral("p-gone@outlook.com"),
                                              QStringLiteral("p-late@example.net")}));
        QCOMPARE(stageOf.value(QStringLiteral("p-late@example.net")), QStringLiteral("after_acceptance"));
        QCOMPARE(stageOf.value(QStringLiteral("e-gone@t-online.de")), QStringLiteral("rcpt_to"));

        // Engagement per recipient, from events.csv.
        const CliRun delivered = runCli({QStringLiteral("messages"), QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                         QStringLiteral("Mixed"), QStringLiteral("--outcome"), QStringLiteral("delivered"),
                                         QStringLiteral("--json")});
        QVERIFY2(delivered.exitCode == 0, delivered.err.constData());
        QMap<QString, QJsonObject> engagementOf;
        for (const QJsonValue& v : delivered.json().array())
            engagementOf.insert(v.toObject().value(QStringLiteral("recipient")).toString(),
                                v.toObject().value(QStringLiteral("engagement")).toObject());
        QCOMPARE(engagementOf.value(QStringLiteral("p-ok@gmail.com")).value(QStringLiteral("opens")).toInt(), 1);
        QCOMPARE(engagementOf.value(QStringLiteral("p-ok@gmail.com")).value(QStringLiteral("clicks")).toInt(), 1);
        QCOMPARE(engagementOf.value(QStringLiteral("p-ok@gmail.com")).value(QStringLiteral("last_event")).toString(),
                 QStringLiteral("2026-03-14T10:01:00Z"));
        QCOMPARE(engagementOf.value(QStringLiteral("e-ok@web.de")).value(QStringLiteral("complained")).toBool(), true);
        QCOMPARE(engagementOf.value(QStringLiteral("m-ok@icloud.com")).value(QStringLiteral("opens")).toInt(), 0);
        // Exim's `<= ... id=` is the message's Message-ID (returned mail links by it).
        for (const QJsonValue& v : delivered.json().array())
            if (v.toObject().value(QStringLiteral("recipient")).toString() == QLatin1String("e-ok@web.de"))
                QCOMPARE(v.toObject().value(QStringLiteral("message_id")).toString(), QStringLiteral("E1@example.org"));

        const QString csv = m_dir.filePath(QStringLiteral("bounces.csv"));
        const CliRun exported = runCli({QStringLiteral("export-bounces"), QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                        QStringLiteral("Mixed"), QStringLiteral("-o"), csv});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 7); // header + 3 hard + 2 soft + 2 spam
    }

    void importingAgainChangesNothing()
    {
        const CliRun before = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                      QStringLiteral("Mixed"), QStringLiteral("--json")});
        const CliRun again = runCli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("mixed")), QStringLiteral("--db"), m_db});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const CliRun after = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                     QStringLiteral("Mixed"), QStringLiteral("--json")});
        QCOMPARE(after.out, before.out);
    }
};

QTEST_GUILESS_MAIN(TestMixedCampaignFolder)
#include "tst_MixedCampaignFolder.moc"
