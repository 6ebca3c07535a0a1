// Returned-mail parser: representative corpus files (DSN, multi-recipient, delayed, ARF,
// auto-reply, qmail, Exchange, ...), hand-written German/Dutch/French text bounces,
// mbox files, and robustness against truncated and garbled input.
#include "TestPaths.h"

#include "mail/MboxReader.h"
#include "mail/ReturnedMailParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace deliverboard;
using namespace deliverboard::mail;

namespace {

QByteArray readCorpus(const QString& name)
{
    QFile file(testpaths::shared(QStringLiteral("corpus/sisimai/eml/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const ReturnedMailRecord* findRecipient(const QList<ReturnedMailRecord>& records, const QString& recipient)
{
    for (const ReturnedMailRecord& r : records)
        if (r.recipient.compare(recipient, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

QByteArray germanBounce()
{
    return QByteArrayLiteral(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.de>\n"
        "To: news@example.org\n"
        "Subject: Unzustellbar: Ihre Nachricht\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        "Ihre Nachricht konnte nicht zugestellt werden an folgenden Empf\xc3\xa4nger:\n"
        "\n"
        "  max.mustermann@example.de\n"
        "    550 5.1.1 Postfach nicht vorhanden / mailbox unavailable\n"
        "\n"
        "------ Kopie der Nachricht / original message follows ------\n"
        "Message-ID: <abc123@example.org>\n"
        "To: max.mustermann@example.de\n");
}

QByteArray delayedDsn()
{
    return QByteArrayLiteral(
        "From: MAILER-DAEMON@mta.example.org\n"
        "To: news@example.org\n"
        "Subject: Delayed Mail (still being retried)\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n"
        "\n"
        "--B\n"
        "Content-Type: text/plain\n"
        "\n"
        "This is a warning only. Delivery is still being retried.\n"
        "--B\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Reporting-MTA: dns; mta.example.org\n"
        "\n"
        "Final-Recipient: rfc822; one@example.net\n"
        "Action: delayed\n"
        "Status: 4.4.1\n"
        "Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.1]:25: Connection timed out\n"
        "\n"
        "Final-Recipient: rfc822; two@example.net\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mx.example.net\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <two@example.net>: Recipient address rejected: User unknown\n"
        "Last-Attempt-Date: Thu, 26 Nov 2026 10:00:00 +0000\n"
        "\n"
        "Final-Recipient: rfc822; three@example.net\n"
        "Action: delivered\n"
        "Status: 2.0.0\n"
        "--B\n"
        "Content-Type: text/rfc822-headers\n"
        "\n"
        "Message-ID: <campaign-42@example.org>\n"
        "To: one@example.net\n"
        "--B--\n");
}

} // namespace

class tst_ReturnedMailParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void multiRecipientDsn();
    void germanTextBounce();
    void autoReplySubjects_data();
    void autoReplySubjects();
    void mbox();
    void unreadableFile();
    void malformedInput();
    void verpRecipient_data();
    void verpRecipient();
};

void tst_ReturnedMailParser::verpRecipient_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("recipient");
    QTest::newRow("plus") << "bounce+jane.doe=example.net@news.example.org" << "jane.doe@example.net";
    QTest::newRow("dash, angle brackets") << "<news-Jane=Example.NET@news.example.org>" << "jane@example.net";
    QTest::newRow("display name") << "Newsletter <b+x=y.example@n.example>" << "x@y.example";
    QTest::newRow("no VERP") << "news@example.org" << "";
    QTest::newRow("equals without domain") << "a+b=c@example.org" << "";
}

void tst_ReturnedMailParser::verpRecipient()
{
    QFETCH(QString, address);
    QTEST(ReturnedMailParser::verpRecipient(address), "recipient");
}

void tst_ReturnedMailParser::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("kind");

    const auto row = [](const char* file, const char* recipient, const char* cls, const char* enhanced, const char* kind) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(recipient) << QString::fromLatin1(cls)
                            << QString::fromLatin1(enhanced) << QString::fromLatin1(kind);
    };
    row("lhost-sendmail-01.eml", "userunknown@bouncehammer.jp", "hard", "5.1.1", "dsn");
    row("lhost-postfix-08.eml", "kijitora@example.com", "soft", "4.4.1", "dsn"); // Action: delayed
    row("rhost-franceptt-01.eml", "pseudo-local-part-kijitora-nyaaan@orange.fr", "hard", "5.1.1", "dsn");
    row("lhost-exchange2007-01.eml", "mikeneko@example.co.jp", "hard", "5.1.1", "dsn");
    row("lhost-office365-01.eml", "kijitora@example.com", "hard", "5.1.10", "text-bounce");
    row("lhost-qmail-01.eml", "kijitora@example.ne.jp", "hard", "5.5.0", "text-bounce");
    row("lhost-qmail-02.eml", "filtered@example.jp", "hard", "5.2.1", "text-bounce"); // 2 recipients
    row("lhost-gmail-01.eml", "userunknown@example.jp", "hard", "5.1.1", "text-bounce");
    row("lhost-yahoo-01.eml", "kijitora@example.org", "hard", "5.1.1", "text-bounce");
    row("lhost-gmx-01.eml", "shironeko@example.jp", "soft", "5.2.2", "text-bounce");
    row("lhost-domino-01.eml", "kijitora@example.jp", "hard", "", "text-bounce");
    row("lhost-exim-01.eml", "kijitora@example.ed.jp", "spam", "5.7.0", "text-bounce");
    row("arf-02.eml", "this-local-part-does-not-exist-on-yahoo@yahoo.com", "complaint", "", "arf");
    row("arf-14.eml", "kijitora@y.example.com", "complaint", "", "arf");
    row("rfc3834-01.eml", "kijitora@example.net", "auto_reply", "", "auto-reply");
    row("rfc3834-02.eml", "nekonyaan@example.org", "auto_reply", "", "auto-reply");
}

void tst_ReturnedMailParser::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, recipient);
    QFETCH(QString, cls);
    QFETCH(QString, enhanced);
    QFETCH(QString, kind);
    QList<ReturnedMailRecord> records;
    QVERIFY(ReturnedMailParser::parseFile(testpaths::shared(QStringLiteral("corpus/sisimai/eml/") + file), records));
    const ReturnedMailRecord* r = findRecipient(records, recipient);
    QVERIFY2(r, qPrintable(recipient));
    QCOMPARE(classId(r->cls), cls);
    if (!enhanced.isEmpty())
        QCOMPARE(r->enhanced, enhanced);
    QCOMPARE(kindId(r->kind), kind);
}

void tst_ReturnedMailParser::multiRecipientDsn()
{
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(delayedDsn(), QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].recipient, QStringLiteral("one@example.net"));
    QCOMPARE(records[0].cls, DeliveryClass::Soft); // delayed: a warning, never hard
    QCOMPARE(records[0].action, QStringLiteral("delayed"));
    QCOMPARE(records[1].recipient, QStringLiteral("two@example.net"));
    QCOMPARE(records[1].cls, DeliveryClass::Hard);
    QCOMPARE(records[1].reason, QStringLiteral("userunknown"));
    QCOMPARE(records[1].enhanced, QStringLiteral("5.1.1"));
    QCOMPARE(records[1].code, QStringLiteral("550"));
    QCOMPARE(records[1].remoteMta, QStringLiteral("mx.example.net"));
    QVERIFY(!records[1].lastAttempt.isEmpty());
    QCOMPARE(records[2].cls, DeliveryClass::Delivered);
    QCOMPARE(records[2].reason, QStringLiteral("delivered"));
    for (const ReturnedMailRecord& r : records) {
        QCOMPARE(r.kind, ReturnedKind::Dsn);
        QCOMPARE(r.originalMessageId, QStringLiteral("campaign-42@example.org"));
    }
}

void tst_ReturnedMailParser::germanTextBounce()
{
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(germanBounce(), QStringLiteral("de.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("max.mustermann@example.de"));
    QCOMPARE(records[0].kind, ReturnedKind::TextBounce);
    QCOMPARE(records[0].cls, DeliveryClass::Hard);
    QCOMPARE(records[0].enhanced, QStringLiteral("5.1.1"));
    QCOMPARE(records[0].originalMessageId, QStringLiteral("abc123@example.org"));
}

void tst_ReturnedMailParser::autoReplySubjects_data()
{
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QByteArray>("extraHeader");
    QTest::newRow("en") << QByteArray("Out of Office: Newsletter") << QByteArray();
    QTest::newRow("de") << QByteArray("Abwesenheitsnotiz: Newsletter") << QByteArray();
    QTest::newRow("de2") << QByteArray("Automatische Antwort: Newsletter") << QByteArray();
    QTest::newRow("nl") << QByteArray("Afwezigheidsbericht: Newsletter") << QByteArray();
    QTest::newRow("fr") << QByteArray("=?utf-8?q?R=C3=A9ponse_automatique=3A?= Newsletter") << QByteArray();
    QTest::newRow("header") << QByteArray("Re: Newsletter") << QByteArray("Auto-Submitted: auto-replied\n");
    QTest::newRow("x-autoreply") << QByteArray("Re: Newsletter") << QByteArray("X-Autoreply: yes\n");
    QTest::newRow("precedence") << QByteArray("Re: Newsletter") << QByteArray("Precedence: auto_reply\n");
}

void tst_ReturnedMailParser::autoReplySubjects()
{
    QFETCH(QByteArray, subject);
    QFETCH(QByteArray, extraHeader);
    const QByteArray mail = "From: Jan Jansen <jan@example.nl>\nTo: news@example.org\nSubject: " + subject + "\n"
        + extraHeader + "\nIk ben afwezig tot 5 mei.\n";
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("a.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("jan@example.nl"));
    QCOMPARE(records[0].cls, DeliveryClass::AutoReply);
    QCOMPARE(records[0].reason, QStringLiteral("vacation"));
    QCOMPARE(records[0].kind, ReturnedKind::AutoReply);
}

void tst_ReturnedMailParser::mbox()
{
    const QByteArray box = "From MAILER-DAEMON Thu Nov 26 10:00:00 2026\n" + delayedDsn()
        + "\nFrom MAILER-DAEMON Thu Nov 26 10:05:00 2026\n" + germanBounce() + "\n>From the body, escaped\n";
    QCOMPARE(splitMailbox(box).size(), 2);
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseData(box, QStringLiteral("bounces.mbox"));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[3].recipient, QStringLiteral("max.mustermann@example.de"));
    QCOMPARE(records[3].messageIndex, 1);
    QVERIFY(ReturnedMailParser::parseData(QByteArray(), QStringLiteral("empty")).isEmpty());
}

void tst_ReturnedMailParser::unreadableFile()
{
    QList<ReturnedMailRecord> records;
    QString error;
    QVERIFY(!ReturnedMailParser::parseFile(QStringLiteral("/nonexistent/bounce.eml"), records, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ReturnedMailParser::malformedInput()
{
    const QDir dir(testpaths::shared(QStringLiteral("corpus/sisimai/eml")));
    QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QRandomGenerator random(20261127); // fixed seed: reproducible
    QElapsedTimer timer;
    timer.start();
    int parsed = 0;
    for (int i = 0; i < files.size(); i += 7) {
        const QByteArray original = readCorpus(files[i]);
        // Truncated at several points, including mid-header and mid-boundary.
        for (const double fraction : {0.05, 0.3, 0.5, 0.8}) {
            ReturnedMailParser::parseMessage(original.left(qsizetype(original.size() * fraction)), files[i]);
            ++parsed;
        }
        // Garbled: random bytes overwritten, lines dropped, boundaries broken.
        QByteArray garbled = original;
        for (int k = 0; k < 40 && !garbled.isEmpty(); ++k)
            garbled[random.bounded(int(garbled.size()))] = char(random.bounded(256));
        garbled.replace("--", "-");
        ReturnedMailParser::parseMessage(garbled, files[i]);
        QByteArray noBlank = original;
        noBlank.replace("\n\n", "\n");
        ReturnedMailParser::parseMessage(noBlank, files[i]);
        parsed += 2;
    }
    // Degenerate inputs.
    for (const QByteArray& junk : {QByteArray(), QByteArray("\n\n\n"), QByteArray(100000, '\0'), QByteArray(200000, 'A'),
                                   QByteArray("Content-Type: multipart/report; boundary=x\n\n--x\n--x\n--x--"),
                                   QByteArray("Content-Type: message/delivery-status\n\nFinal-Recipient:\nAction:\nStatus: 9.9.9\n"),
                                   QByteArray("From \nFrom \n\nFrom x Thu 10:00\n"), QByteArray(5000, '<') + "@" + QByteArray(5000, '>')}) {
        ReturnedMailParser::parseData(junk, QStringLiteral("junk"));
        ++parsed;
    }
    QVERIFY(parsed > 100);
    QVERIFY2(timer.elapsed() < 60000, "malformed input must not make the parser hang");
}

QTEST_GUILESS_MAIN(tst_ReturnedMailParser)
#include "tst_ReturnedMailParser.moc"
