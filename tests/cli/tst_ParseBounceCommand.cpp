// `deliverboard-cli parse-bounce` (contract section 5): one JSON object per recipient
// with the contract's fields, a delay warning told apart by its action, an mbox read
// message by message, and the exit codes for usage errors and unreadable input.
#include "CliRunner.h"
#include "LogBuilder.h"
#include "ReturnedMailBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestParseBounceCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        return LogBuilder::writeFile(path, data) ? path : QString();
    }

private Q_SLOTS:
    void jsonPerRecipient()
    {
        const QString failed = write(QStringLiteral("failed.eml"),
                                     returnedmail::dsn(QStringLiteral("gone@gmail.com"), QStringLiteral("failed"),
                                                       QStringLiteral("5.1.1"),
                                                       QStringLiteral("550-5.1.1 The email account that you tried to reach does not exist."),
                                                       QStringLiteral("m1@example.org")));
        // An mbox with a delay warning and an ARF complaint.
        QByteArray mbox = "From MAILER-DAEMON Sun Mar 15 10:00:00 2026\n";
        mbox += returnedmail::dsn(QStringLiteral("full@example.net"), QStringLiteral("delayed"), QStringLiteral("4.2.2"),
                                  QStringLiteral("452 4.2.2 Mailbox full"), QStringLiteral("m2@example.org"));
        mbox += "\nFrom feedback@fbl.example.net Sun Mar 15 11:00:00 2026\n";
        mbox += returnedmail::arf(QStringLiteral("angry@example.net"));
        const QString box = write(QStringLiteral("returned.mbox"), mbox);

        const CliRun run = runCli({QStringLiteral("parse-bounce"), failed, box, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray records = run.json().array();
        QCOMPARE(records.size(), 3);

        const QJsonObject hard = records.at(0).toObject();
        for (const char* key : {"file", "recipient", "class", "reason", "stage", "code", "enhanced", "isp", "diagnostic"})
            QVERIFY2(hard.contains(QLatin1String(key)), key);
        QCOMPARE(hard.value(QStringLiteral("recipient")).toString(), QStringLiteral("gone@gmail.com"));
        QCOMPARE(hard.value(QStringLiteral("class")).toString(), QStringLiteral("hard"));
        QCOMPARE(hard.value(QStringLiteral("reason")).toString(), QStringLiteral("userunknown"));
        QCOMPARE(hard.value(QStringLiteral("code")).toString(), QStringLiteral("550"));
        QCOMPARE(hard.value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.1.1"));
        QCOMPARE(hard.value(QStringLiteral("isp")).toString(), QStringLiteral("google"));
        QCOMPARE(hard.value(QStringLiteral("action")).toString(), QStringLiteral("failed"));
        QCOMPARE(hard.value(QStringLiteral("message_id")).toString(), QStringLiteral("m1@example.org"));

        const QJsonObject warning = records.at(1).toObject();
        QCOMPARE(warning.value(QStringLiteral("recipient")).toString(), QStringLiteral("full@example.net"));
        QCOMPARE(warning.value(QStringLiteral("action")).toString(), QStringLiteral("delayed"));
        QCOMPARE(warning.value(QStringLiteral("class")).toString(), QStringLiteral("soft"));
        QCOMPARE(warning.value(QStringLiteral("reason")).toString(), QStringLiteral("mailboxfull"));

        const QJsonObject complaint = records.at(2).toObject();
        QCOMPARE(complaint.value(QStringLiteral("recipient")).toString(), QStringLiteral("angry@example.net"));
        QCOMPARE(complaint.value(QStringLiteral("class")).toString(), QStringLiteral("complaint"));
        QCOMPARE(complaint.value(QStringLiteral("reason")).toString(), QStringLiteral("feedback"));
        QCOMPARE(complaint.value(QStringLiteral("stage")).toString(), QStringLiteral("after_acceptance"));
    }

    void exitCodes()
    {
        const CliRun usage = runCli({QStringLiteral("parse-bounce"), QStringLiteral("--json")});
        QCOMPARE(usage.exitCode, 1);
        const QString missing = m_dir.filePath(QStringLiteral("missing.eml"));
        const CliRun bad = runCli({QStringLiteral("parse-bounce"), missing});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(missing.toUtf8()), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestParseBounceCommand)
#include "tst_ParseBounceCommand.moc"
