// `deliverboard-cli explain`, run as a process like a user would.
#include "TestPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run explain(const QStringList& arguments) {
    QProcess process;
    process.start(testpaths::binary(u"deliverboard-cli"_s), QStringList{u"explain"_s} + arguments);
    process.waitForFinished(30000);
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
} // namespace

class TestExplainCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void json_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("isp");
        QTest::newRow("gmail nosuchuser")
            << u"550-5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser x1 - gsmtp"_s
            << u"a@gmail.com"_s << u"hard"_s << u"userunknown"_s << u"google"_s;
        QTest::newRow("greylisted") << u"451 4.7.1 Greylisted, please try again later"_s
                                    << QString() << u"greylist"_s << u"greylisted"_s << u"other"_s;
        QTest::newRow("t-online BL")
            << u"554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)"_s
            << u"a@t-online.de"_s << u"spam"_s << u"blocked"_s << u"t-online"_s;
        QTest::newRow("gmx") << u"550 Requested action not taken: mailbox unavailable"_s
                             << u"a@web.de"_s << u"hard"_s << u"userunknown"_s << u"gmx"_s;
    }

    void json() {
        QFETCH(QString, text);
        QFETCH(QString, recipient);
        QFETCH(QString, cls);
        QFETCH(QString, reason);
        QFETCH(QString, isp);
        QStringList arguments{text, u"--json"_s};
        if (!recipient.isEmpty())
            arguments << u"--recipient"_s << recipient;
        const Run run = explain(arguments);
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"class"_s).toString(), cls);
        QCOMPARE(object.value(u"reason"_s).toString(), reason);
        QCOMPARE(object.value(u"isp"_s).toString(), isp);
        for (const auto& key :
             {u"stage"_s, u"code"_s, u"enhanced"_s, u"help_url"_s, u"rule"_s, u"blame"_s})
            QVERIFY2(object.contains(key), qPrintable(key));
        QVERIFY(object.value(u"help_url"_s).toString().startsWith(u"http"_s));
    }

    void fieldsOfOneReply() {
        const Run run = explain(
            {u"host mx.example.com[192.0.2.2] said: 550 5.1.1 <a@example.com> User unknown (in reply to RCPT TO command)"_s,
             u"--json"_s});
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(object.value(u"code"_s).toString(), u"550"_s);
        QCOMPARE(object.value(u"enhanced"_s).toString(), u"5.1.1"_s);
        QCOMPARE(object.value(u"stage"_s).toString(), u"rcpt_to"_s);
        QCOMPARE(object.value(u"blame"_s).toString(), u"recipient"_s);
    }

    void humanFormShowsTheRule() {
        const Run run =
            explain({u"connect to mx.example.com[192.0.2.1]:25: Connection timed out"_s});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"Rule:"_s), qPrintable(out));
        QVERIFY(out.contains(u"networkerror"_s));
        QVERIFY(out.contains(u"connect"_s));
        QVERIFY(out.contains(u"infrastructure"_s));
    }

    void missingTextIsAUsageError() {
        const Run run = explain({});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExplainCommand)
#include "tst_ExplainCommand.moc"
