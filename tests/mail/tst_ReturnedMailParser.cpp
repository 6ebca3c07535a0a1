// Returned-mail parser: representative corpus files (DSN, multi-recipient, delayed, ARF,
// auto-reply, qmail, Exchange, ...), hand-written German/Dutch/French text bounces,
// mbox files, and robustness against truncated and garbled input.
#include "ReturnedMailBuilder.h"
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

// A text-only bounce with the given sender, subject and body.
QByteArray textBounce(const QByteArray& from, const QByteArray& subject, const QByteArray& body,
                      const QByteArray& contentType = "text/plain; charset=us-ascii")
{
    return "From: " + from + "\nTo: news@example.org\nSubject: " + subject + "\nDate: Fri, 27 Nov 2026 10:00:00 +0000\n"
        + "MIME-Version: 1.0\nContent-Type: " + contentType + "\n\n" + body;
}

} // namespace

class tst_ReturnedMailParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void multiRecipientDsn();
    void germanTextBounce();
    void quotedHeadersAreNotTheRecipient();
    void warningStyleReport();
    void imailReports_data();
    void aolScreenNameReports_data();
    void aolScreenNameReports();
    void aolMemberBlockIsASenderRefusal();
    void netscapeReports();
    void netscapeRecipientReasonPairs();
    void messagingServerReports_data();
    void messagingServerReports();
    void messagingServerTextOnly();
    void dsnStatusWithReplyCode();
    void eximSenderAndPathsAreNoRecipients();
    void imailReports();
    void x400AddressOfExchange();
    void finalRecipientThatIsNoAddress_data();
    void finalRecipientThatIsNoAddress();
    void autoReplySubjects_data();
    void autoReplySubjects();
    void mbox();
    void unreadableFile();
    void malformedInput();
    void verpRecipient_data();
    void verpRecipient();
    void errorAboveRecipientList_data();
    void errorAboveRecipientList();
    void errorLineWithQuotedOriginal();
    void sendmailTranscriptPerRecipient();
    void sendmailTranscriptStageForDsn();
    void postfixInOutTranscript();
    void mislabelledJapaneseCharset();
    void iso2022jpBody();
    void listManagerNotice_data();
    void listManagerNotice();
    void classOfFinalReportsAndWarnings_data();
    void classOfFinalReportsAndWarnings();
    void transcriptNamesWholeAddresses();
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

// Issue 13: the To:/Cc: lines an Exchange-style report quotes name the original's
// recipients; the failed one is named on a line of its own (own text, Exchange's shape).
void tst_ReturnedMailParser::quotedHeadersAreNotTheRecipient() {
    const QByteArray mail = "From: System Administrator <postmaster@mail.example>\n"
                            "To: news@example.org\n"
                            "Subject: Undeliverable: Spring news\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: text/plain\n"
                            "\n"
                            "Your message\n"
                            "\n"
                            "  To:      team@example.org\n"
                            "  Cc:      board@example.org; press@example.org\n"
                            "  Subject: Spring news\n"
                            "  Sent:    Sun, 15 Mar 2026 09:58:00 +0000\n"
                            "\n"
                            "did not reach the following recipient(s):\n"
                            "\n"
                            "anna@mail.example on Sun, 15 Mar 2026 10:00:00 +0000\n"
                            "    The recipient name is not recognized\n";
    const QList<ReturnedMailRecord> records =
        ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("anna@mail.example"));
}

// Issue 13: an MDaemon-style "Warning:" report from MDaemon@host, no DSN (own text).
void tst_ReturnedMailParser::warningStyleReport() {
    const QByteArray mail = "From: MDaemon@mail.example\n"
                            "To: news@example.org\n"
                            "Subject: Warning: anna@mail.example - User unknown!\n"
                            "Content-Type: text/plain\n"
                            "\n"
                            "anna@mail.example - no such user here.\n"
                            "\n"
                            "There is no user by that name at this server.\n";
    const QList<ReturnedMailRecord> records =
        ReturnedMailParser::parseMessage(mail, QStringLiteral("w.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("anna@mail.example"));
    QCOMPARE(records[0].cls, DeliveryClass::Hard);
}

// Ipswitch IMail (SMTP32, X-Mailer "<SMTP32 v...>"): "<error>: <address>" lines, then
// "Original message follows." and the quoted original. Every IMail sample of the shared
// corpora: the recipients are exactly the report's own lines (never the quoted headers'
// Reply-To or To), and IMail's documented wordings give the class (Sisimai IMailServer.pm:
// "Unknown user" and "Invalid final delivery userid" userunknown, "Delivery failed <n>
// attempts" expired; "undeliverable to" names no reason).
void tst_ReturnedMailParser::imailReports_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char* path, QStringList recipients, const char* reason) {
        QTest::newRow(path) << QString::fromLatin1(path) << recipients
                            << QString::fromLatin1(reason);
    };
    row("sisimai/eml/lhost-imailserver-01.eml", {QStringLiteral("kijitora@example.com")},
        "userunknown");
    row("flufl-bounce/eml/smtp32_01.txt", {QStringLiteral("oliver@pcworld.com.ph")}, "expired");
    row("flufl-bounce/eml/smtp32_02.txt", {QStringLiteral("lists@mail.spicynoodles.com")},
        "expired");
    row("flufl-bounce/eml/smtp32_03.txt", {QStringLiteral("borisk@gw.xraymedia.com")}, "undefined");
    row("flufl-bounce/eml/smtp32_04.txt",
        {QStringLiteral("after_another@pacbell.net"),
         QStringLiteral("one_bad_address@pacbell.net")},
        "userunknown");
    row("flufl-bounce/eml/smtp32_07.txt", {QStringLiteral("info@husbyran.com")}, "userunknown");
}

void tst_ReturnedMailParser::imailReports() {
    QFETCH(QString, path);
    QFETCH(QStringList, recipients);
    QFETCH(QString, reason);
    QFile file(testpaths::shared(QStringLiteral("corpus/") + path));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QList<ReturnedMailRecord> records =
        ReturnedMailParser::parseMessage(file.readAll(), path);
    QStringList got;
    for (const ReturnedMailRecord& r : records) {
        got.append(r.recipient.toLower());
        QCOMPARE(r.reason, reason);
    }
    got.sort();
    recipients.sort();
    QCOMPARE(got, recipients);
}

// AOL's report of members who refuse the mail names them by screen name on indented lines
// after "Your mail to the following recipients could not be delivered because ...:"; the
// address is the screen name at aol.com, never the sender named in the report's greeting.
// Every sample of that format in the shared corpora.
void tst_ReturnedMailParser::aolScreenNameReports_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("recipient");
    QTest::newRow("flufl aol_01") << QStringLiteral("flufl-bounce/eml/aol_01.txt")
                                  << QStringLiteral("screenname@aol.com");
    QTest::newRow("bounceparser senderblock")
        << QStringLiteral("bounceparser/eml/aol-senderblock.msg")
        << QStringLiteral("mykewlaolacct@aol.com");
}

void tst_ReturnedMailParser::aolScreenNameReports() {
    QFETCH(QString, path);
    QFETCH(QString, recipient);
    QFile file(testpaths::shared(QStringLiteral("corpus/") + path));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QList<ReturnedMailRecord> records =
        ReturnedMailParser::parseMessage(file.readAll(), path);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, recipient);
    QVERIFY(records[0].diagnostic.startsWith(
        QStringLiteral("Your mail to the following recipients could not be delivered")));
}

namespace {
QList<ReturnedMailRecord> parseShared(const QString& path) {
    QFile file(testpaths::shared(QStringLiteral("corpus/") + path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return ReturnedMailParser::parseMessage(file.readAll(), path);
}
} // namespace

// AOL documents "Is Not Accepting Mail From This Sender" as the member's block of the
// sender (help.aol.com externalId 73062): the mailbox exists, the sender is refused.
void tst_ReturnedMailParser::aolMemberBlockIsASenderRefusal() {
    // (The other variant, "not accepting mail with attachments or embedded images", has
    // no published AOL page and keeps its class.)
    for (const char* path : {"flufl-bounce/eml/aol_01.txt"}) {
        const QList<ReturnedMailRecord> records = parseShared(QString::fromLatin1(path));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].reason, QStringLiteral("rejected"));
        QCOMPARE(records[0].cls, DeliveryClass::Spam);
    }
}

// Netscape Messaging Server 3.x: the reason paragraph once, then "The following recipients
// did not receive your message:" lists; the recipients are the listed ones only, each with
// the paragraph ("not reachable within the allowed queue period": expired).
void tst_ReturnedMailParser::netscapeReports() {
    const QList<ReturnedMailRecord> records =
        parseShared(QStringLiteral("flufl-bounce/eml/netscape_01.txt"));
    QStringList got;
    for (const ReturnedMailRecord& r : records) {
        got.append(r.recipient);
        QCOMPARE(r.reason, QStringLiteral("expired"));
        QCOMPARE(r.cls, DeliveryClass::Soft);
    }
    QCOMPARE(got,
             (QStringList{QStringLiteral("aaaaa@corel.com"), QStringLiteral("bbbbb@corel.com")}));
}

// Netscape Messaging Server 4.x: "Recipient: <a>" / "Reason: <reply>" pairs; each
// recipient gets its own reply, not the other's and not the introductory paragraph.
void tst_ReturnedMailParser::netscapeRecipientReasonPairs() {
    const QByteArray mail =
        "From: Mail Administrator <Postmaster@mail.example>\n"
        "To: news@example.org\n"
        "Subject: Mail System Error - Returned Mail\n"
        "Content-Type: text/plain\n"
        "\n"
        "This Message was undeliverable due to the following reason:\n"
        "\n"
        "Each of the following recipients was rejected by a remote mail server.\n"
        "The reasons given by the server are included to help you determine why\n"
        "each recipient was rejected.\n"
        "\n"
        "    Recipient: <anna@mail.example>\n"
        "    Reason:    5.1.1 <anna@mail.example>: Recipient address rejected:\n"
        "               User unknown in local recipient table\n"
        "\n"
        "    Recipient: <bert@mail.example>\n"
        "    Reason:    552 5.2.2 Mailbox full\n"
        "\n"
        "Please reply to Postmaster@mail.example\n"
        "if you feel this message to be in error.\n";
    const QList<ReturnedMailRecord> records =
        ReturnedMailParser::parseMessage(mail, QStringLiteral("nms4.eml"));
    QCOMPARE(records.size(), 2);
    const ReturnedMailRecord* anna = findRecipient(records, QStringLiteral("anna@mail.example"));
    const ReturnedMailRecord* bert = findRecipient(records, QStringLiteral("bert@mail.example"));
    QVERIFY(anna && bert);
    QCOMPARE(anna->reason, QStringLiteral("userunknown"));
    QCOMPARE(bert->reason, QStringLiteral("mailboxfull"));
}

// PMDF / Sun / Oracle Messaging Server: the block after "Recipient address:" gives the
// reason ("Reason:" or PMDF's VMS error lines); every such report in the shared corpora
// whose DSN has no Diagnostic-Code is classed from its block.
void tst_ReturnedMailParser::messagingServerReports_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("PMDF 5.2 VMS error lines")
        << QStringLiteral("flufl-bounce/eml/dsn_04.txt") << QStringLiteral("mailboxfull");
    QTest::newRow("Reason: line") << QStringLiteral("flufl-bounce/eml/dsn_01.txt")
                                  << QStringLiteral("mailboxfull");
}

void tst_ReturnedMailParser::messagingServerReports() {
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QList<ReturnedMailRecord> records = parseShared(path);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].reason, reason);
    QVERIFY2(!records[0].diagnostic.contains(u'@'), qPrintable(records[0].diagnostic));
}

// Without a delivery-status part, the recipient is the block's original address (the one
// the sender used) and the host line is no evidence.
void tst_ReturnedMailParser::messagingServerTextOnly() {
    const QByteArray mail =
        "From: PMDF e-Mail Interconnect <postmaster@mta.example>\n"
        "To: news@example.org\n"
        "Subject: Delivery Notification: Delivery has failed\n"
        "Content-Type: text/plain\n"
        "\n"
        "This report relates to a message you sent with the following header fields:\n"
        "\n"
        "  Subject: Spring news\n"
        "\n"
        "Your message cannot be delivered to the following recipients:\n"
        "\n"
        "  Recipient address: ANNA@mailstore-07.mta.example\n"
        "  Original address: anna@mail.example\n"
        "  Reason: recipient reached disk quota\n"
        "  Remote system: dns;unknown-host.mta.example\n"
        "\n";
    const QList<ReturnedMailRecord> records =
        ReturnedMailParser::parseMessage(mail, QStringLiteral("pmdf.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("anna@mail.example"));
    QCOMPARE(records[0].reason, QStringLiteral("mailboxfull"));
    QVERIFY(!records[0].diagnostic.contains(QStringLiteral("unknown-host")));
}

// NTMail writes the SMTP reply into the DSN's Status field ("Status: 553 Exceeded maximum
// inbound message size"): that reply is the diagnostic, not lost for want of an x.y.z code.
void tst_ReturnedMailParser::dsnStatusWithReplyCode() {
    const QList<ReturnedMailRecord> records =
        parseShared(QStringLiteral("flufl-bounce/eml/dsn_03.txt"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("ddd.kkk@advalvas.be"));
    QVERIFY2(records[0].diagnostic.startsWith(QStringLiteral("553 Exceeded")),
             qPrintable(records[0].diagnostic));
    QCOMPARE(records[0].reason, QStringLiteral("emailtoolarge"));
}

// Exim's "A message sent by / <sender> / could not be delivered ..." names the sender
// (deliver.c), and a delivery agent's log line quoting "/home/u/.cat/a@b" names a@b: each
// report has exactly its failed recipient (sisimai lhost-exim-08, lhost-exim-53).
void tst_ReturnedMailParser::eximSenderAndPathsAreNoRecipients() {
    const QList<QPair<const char*, const char*>> cases = {
        {"sisimai/eml/lhost-exim-08.eml", "kijitora@example.org"},
        {"sisimai/eml/lhost-exim-53.eml", "kijitora@example.com"}};
    for (const auto& [path, recipient] : cases) {
        const QList<ReturnedMailRecord> records = parseShared(QString::fromLatin1(path));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].recipient, QString::fromLatin1(recipient));
    }
}

// Issue 13: Exchange 5.5 names the recipient in X.400 form, "...;dda:SMTP=a@b;".
void tst_ReturnedMailParser::x400AddressOfExchange() {
    const QByteArray mail =
        "From: System Administrator <postmaster@mail.example>\n"
        "To: news@example.org\n"
        "Subject: Undeliverable: Spring news\n"
        "Content-Type: text/plain\n"
        "\n"
        "Your message\n\n"
        "did not reach the following recipient(s):\n\n"
        "c=US;a= ;p=Example;o=Store1;dda:SMTP=anna@mail.example; on Sun, 15 Mar 2026\n"
        "10:00:00 +0000\n";
    const QList<ReturnedMailRecord> records =
        ReturnedMailParser::parseMessage(mail, QStringLiteral("x4.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("anna@mail.example"));
}

// Issue 13: some MTAs write an internal name as Final-Recipient; the Original-Recipient
// is then the address the campaign sent to. A real Final-Recipient still wins.
void tst_ReturnedMailParser::finalRecipientThatIsNoAddress_data() {
    QTest::addColumn<QString>("finalRecipient");
    QTest::addColumn<QString>("expected");
    QTest::newRow("internal host")
        << QStringLiteral("anna@mailstore-07") << QStringLiteral("anna@mail.example");
    QTest::newRow("source route") << QStringLiteral("@smtp.mail.example:anna@store")
                                  << QStringLiteral("anna@mail.example");
    QTest::newRow("rewritten, real") << QStringLiteral("anna.berg@staff.mail.example")
                                     << QStringLiteral("anna.berg@staff.mail.example");
}

void tst_ReturnedMailParser::finalRecipientThatIsNoAddress() {
    QFETCH(QString, finalRecipient);
    QFETCH(QString, expected);
    QByteArray mail = returnedmail::dsn(
        finalRecipient, QStringLiteral("failed"), QStringLiteral("5.1.1"),
        QStringLiteral("550 5.1.1 unknown user"), QStringLiteral("m1@example.org"));
    mail.replace("Final-Recipient:",
                 "Original-Recipient: rfc822; anna@mail.example\nFinal-Recipient:");
    const QList<ReturnedMailRecord> records =
        ReturnedMailParser::parseMessage(mail, QStringLiteral("d.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, expected);
    QCOMPARE(records[0].cls, DeliveryClass::Hard);
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
    // Outlook's prefix in other languages, no Auto-Submitted (issue 13).
    QTest::newRow("pl") << QByteArray("=?utf-8?q?Automatyczna_odpowied=C5=BA=3A?= Newsletter")
                        << QByteArray();
    QTest::newRow("es") << QByteArray("=?utf-8?q?Respuesta_autom=C3=A1tica=3A?= Newsletter")
                        << QByteArray();
    QTest::newRow("it") << QByteArray("Risposta automatica: Newsletter") << QByteArray();
    QTest::newRow("sv") << QByteArray("Autosvar: Newsletter") << QByteArray();
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

// The error is stated once, above the recipient: an SMTP reply line after a lead-in, the
// recipient in a list or in a "RCPT TO:" detail line below it.
void tst_ReturnedMailParser::errorAboveRecipientList_data()
{
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("diagnosticStart");
    QTest::newRow("reply, then affected recipients")
        << textBounce("postmaster@gw.example.net", "Undeliverable Mail: \"Spring news\"",
                      "Your message:\n   From:    news@example.org\n   Subject: Spring news\n\n"
                      "Could not be delivered because of\n\n550 5.1.1 User unknown\n\n"
                      "The following recipients were affected: \n    anna.berg@example.net\n\n\n"
                      "Additional Information\n======================\nOriginal Sender:    <news@example.org>\n"
                      "Sender-MTA:         <192.0.2.10>\n")
        << QStringLiteral("anna.berg@example.net") << QStringLiteral("550 5.1.1 User unknown");
    QTest::newRow("error message below, RCPT TO detail")
        << textBounce("post_master@sms.example.com", "Re: Spring news",
                      "Error: Invalid user address\n\nError message below:\n"
                      "550 - Requested action not taken: no such user here\n\nMessage details:\n"
                      "  Subject: Spring news\n  MAIL FROM: news@example.org\n  RCPT TO: 5550100@sms.example.com\n"
                      "  From: news@example.org\n  Size (in bytes): 39\n")
        << QStringLiteral("5550100@sms.example.com")
        << QStringLiteral("550 - Requested action not taken: no such user here");
}

void tst_ReturnedMailParser::errorAboveRecipientList()
{
    QFETCH(QByteArray, mail);
    QFETCH(QString, recipient);
    QFETCH(QString, diagnosticStart);
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].kind, ReturnedKind::TextBounce);
    QCOMPARE(records[0].recipient, recipient);
    QVERIFY2(records[0].diagnostic.startsWith(diagnosticStart), qPrintable(records[0].diagnostic));
    QCOMPARE(records[0].code, QStringLiteral("550"));
    QCOMPARE(records[0].cls, DeliveryClass::Hard);
}

// "Error: ..." above an "Original Message:" block whose To: line names the recipient.
void tst_ReturnedMailParser::errorLineWithQuotedOriginal()
{
    const QByteArray mail = textBounce("MMS NDR <sysadmin@mms.example.com>", "Undeliverable Message",
                                       "Message could not be delivered to mobile.\nError: No valid recipients for this MM\n\n\n"
                                       "Original Message:\nFrom: News <news@example.org>\nTo: 5550199@mms.example.com\n"
                                       "Subject: Spring news\nDate:  Fri, 27 Nov 2026 09:00:00 +0000\n");
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("5550199@mms.example.com"));
    QCOMPARE(records[0].diagnostic, QStringLiteral("Error: No valid recipients for this MM"));
}

// An old Sendmail transcript about several hosts: every recipient gets the reply of its
// own session and the command that reply answered, never another recipient's.
void tst_ReturnedMailParser::sendmailTranscriptPerRecipient()
{
    const QByteArray mail = textBounce(
        "Mail Delivery Subsystem <MAILER-DAEMON@mta.example.org>", "Returned mail: User unknown",
        "   ----- Transcript of session follows -----\n"
        "While talking to lists.example.edu:\n"
        ">>> DATA\n"
        "<<< 550 Your message looks like a duplicate and was refused.\n"
        "421 lists.example.edu (smtp)... Deferred: Connection reset by peer\n"
        "554 <ana@lists.example.edu>... Remote protocol error: Connection reset by peer\n"
        "550 example.info (smtp)... 550 Host unknown\n"
        "554 <bert@example.info>... 550 Host unknown (Authoritative answer from name server)\n"
        "While talking to mx.example.com:\n"
        ">>> QUIT\n"
        "<<< 421 mx.example.com Sorry, unable to contact destination SMTP daemon.\n"
        "While talking to mail.example.co.uk:\n"
        ">>> RCPT To:<cara@example.co.uk>\n"
        "<<< 550 Requested mailbox not found. No such user here.\n"
        "550 <cara@example.co.uk>... User unknown\n"
        "\n   ----- Unsent message follows -----\n"
        "From: news@example.org\nTo: ana@lists.example.edu\nSubject: Spring news\n");
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 3);
    const ReturnedMailRecord* ana = findRecipient(records, QStringLiteral("ana@lists.example.edu"));
    QVERIFY(ana);
    QCOMPARE(ana->diagnostic, QStringLiteral("550 Your message looks like a duplicate and was refused."));
    QCOMPARE(ana->stage, SmtpStage::Data);
    const ReturnedMailRecord* bert = findRecipient(records, QStringLiteral("bert@example.info"));
    QVERIFY(bert);
    QCOMPARE(bert->diagnostic, QStringLiteral("554 <bert@example.info>... 550 Host unknown (Authoritative answer from name server)"));
    QCOMPARE(bert->reason, QStringLiteral("hostunknown"));
    const ReturnedMailRecord* cara = findRecipient(records, QStringLiteral("cara@example.co.uk"));
    QVERIFY(cara);
    QCOMPARE(cara->diagnostic, QStringLiteral("550 Requested mailbox not found. No such user here."));
    QCOMPARE(cara->stage, SmtpStage::RcptTo);
    QCOMPARE(cara->reason, QStringLiteral("userunknown"));
}

// A Sendmail DSN: the transcript in the text part tells the stage (the replies to RCPT
// arrive after ">>> DATA" when pipelining), matched by the reply the Diagnostic-Code
// quotes; a Diagnostic-Code cut to the first line of a multi-line reply gets all lines.
void tst_ReturnedMailParser::sendmailTranscriptStageForDsn()
{
    const QByteArray mail =
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mta.example.org>\nTo: news@example.org\n"
        "Subject: Returned mail: see transcript for details\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to mx.example.net.:\n"
        ">>> DATA\n"
        "<<< 550 5.1.1 <dora@example.net>... User Unknown\n"
        "<<< 552-5.7.0 This message was blocked because its content presents a potential\n"
        "<<< 552 5.7.0 security issue.\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n\n"
        "--B\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mta.example.org\n\n"
        "Final-Recipient: RFC822; dora@example.com\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: SMTP; 550 5.1.1 <dora@example.com>... User Unknown\n\n"
        "Final-Recipient: RFC822; emil@example.net\nAction: failed\nStatus: 5.7.0\n"
        "Diagnostic-Code: SMTP; 552-5.7.0 This message was blocked because its content presents a potential\n\n"
        "--B--\n";
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].recipient, QStringLiteral("dora@example.com"));
    QCOMPARE(records[0].diagnostic, QStringLiteral("550 5.1.1 <dora@example.com>... User Unknown"));
    QCOMPARE(records[0].stage, SmtpStage::Data);
    QCOMPARE(records[1].recipient, QStringLiteral("emil@example.net"));
    QCOMPARE(records[1].diagnostic, QStringLiteral("552-5.7.0 This message was blocked because its content presents a potential "
                                                   "552 5.7.0 security issue."));
    QCOMPARE(records[1].stage, SmtpStage::Data);
}

// Postfix "In:/Out:" transcript: the failing reply after an accepted RCPT, not a 250.
void tst_ReturnedMailParser::postfixInOutTranscript()
{
    const QByteArray mail = textBounce(
        "MAILER-DAEMON@relay.example.org (Mail Delivery System)", "Mail Delivery Problem",
        "Transcript of session follows.\n\n"
        " Out: 220 mx.example.net ESMTP\n"
        " In:  EHLO relay.example.org\n"
        " Out: 250-mx.example.net\n"
        " Out: 250 PIPELINING\n"
        " In:  MAIL\n     FROM:<bounce-7=example.net@relay.example.org>\n     SIZE=2048\n"
        " Out: 250 2.1.0 Ok\n"
        " In:  RCPT TO:<fritz@example.net> ORCPT=rfc822;fritz@example.net\n"
        " Out: 250 2.1.5 Ok\n"
        " In:  DATA\n"
        " Out: 354 End data with <CR><LF>.<CR><LF>\n"
        " Out: 451 4.3.0 Error: queue file write error\n"
        " In:  QUIT\n"
        " Out: 221 2.0.0 Bye\n\n\n"
        "For other details, see the local mail logfile\n");
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("fritz@example.net"));
    QCOMPARE(records[0].diagnostic, QStringLiteral("451 4.3.0 Error: queue file write error"));
    QCOMPARE(records[0].stage, SmtpStage::Data);
    QCOMPARE(records[0].code, QStringLiteral("451"));
    QVERIFY(records[0].cls != DeliveryClass::Delivered);
}

// EUC-JP bytes declared as ISO-2022-JP (common in Japanese mobile bounces) decode as
// Japanese, and "not delivered within" reads as a delay.
void tst_ReturnedMailParser::mislabelledJapaneseCharset()
{
    const QByteArray mail = textBounce(
        "Postmaster@mobile.example.jp", "Mail System Error - Returned Mail",
        "\xbc\xa1\xa4\xce\xa4\xa2\xa4\xc6\xc0\xe8\xa4\xd8\xa4\xce\xa5\xe1\xa5\xc3\xa5\xbb\xa1\xbc\xa5\xb8\xa4\xcf"
        "\xc1\xf7\xbf\xae\xa4\xc7\xa4\xad\xa4\xde\xa4\xbb\xa4\xf3\xa4\xc7\xa4\xb7\xa4\xbf\xa1\xa3\n\n"
        "Your message was not delivered within 0 days and 1 hours.\nRemote host is not responding.\n\n"
        "The following recipients did not receive this message:\n\n<gin@mobile.example.jp>\n\n",
        "text/plain; charset=\"ISO-2022-JP\"");
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("gin@mobile.example.jp"));
    QVERIFY2(records[0].diagnostic.startsWith(QStringLiteral("次のあて先へのメッセージは送信できませんでした。")),
             qPrintable(records[0].diagnostic));
    QVERIFY(records[0].diagnostic.contains(QLatin1String("not delivered within 0 days")));
    QCOMPARE(records[0].action, QStringLiteral("delayed"));
    QCOMPARE(records[0].reason, QStringLiteral("expired"));
}

void tst_ReturnedMailParser::iso2022jpBody()
{
    const QByteArray mail = textBounce("MAILER-DAEMON@mx.example.jp", "Returned mail",
                                       "<kin@example.jp>: 552 \x1b$B%a!<%k%\\%C%/%9$,0lGU$G$9\x1b(B mailbox full\n",
                                       "text/plain; charset=iso-2022-jp");
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].recipient, QStringLiteral("kin@example.jp"));
    QCOMPARE(records[0].diagnostic, QStringLiteral("<kin@example.jp>: 552 メールボックスが一杯です mailbox full"));
}

// A mailing-list manager refused to pass the message on: the list address is the one
// the mail did not reach, the refusal is the subject and the line naming the list.
void tst_ReturnedMailParser::listManagerNotice_data()
{
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("diagnostic");
    const QByteArray headers = "From: garden-admin@lists.example.net\nTo: news@example.org\n"
                               "X-MLServer: fml [fml 4.0.3 release]\nMessage-ID: <202611271000.FML0001.garden@lists.example.net>\n";
    QTest::newRow("not a member")
        << QByteArray(headers + "Subject: You news@example.org are not member (garden ML)\n\n"
                      "You are not a member of this mailing list <garden@lists.example.net>.\n\n"
                      "If you know the general guide of this list, please send mail to\n\n\tgarden-ctl@lists.example.net\n")
        << QStringLiteral("garden@lists.example.net")
        << QStringLiteral("You news@example.org are not member (garden ML) You are not a member of this mailing list <garden@lists.example.net>.");
    QTest::newRow("loop alert")
        << QByteArray(headers + "Subject: Loop Alert: Duplicated Message-ID (garden ML)\n\n"
                      "Duplicated Message-ID in <garden@lists.example.net>.\n\n\nOriginal mail as follows:\n\n"
                      "   To: <someone@example.com>\n   From: <news@example.org>\n")
        << QStringLiteral("garden@lists.example.net")
        << QStringLiteral("Loop Alert: Duplicated Message-ID (garden ML) Duplicated Message-ID in <garden@lists.example.net>.");
}

void tst_ReturnedMailParser::listManagerNotice()
{
    QFETCH(QByteArray, mail);
    QFETCH(QString, recipient);
    QFETCH(QString, diagnostic);
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].kind, ReturnedKind::TextBounce);
    QCOMPARE(records[0].recipient, recipient);
    QCOMPARE(records[0].diagnostic, diagnostic);
}


// A report the sender's MTA gave up on classes by its reason even when the quoted reply
// is a 4xx; a delay warning names the cause too, and stays a warning by its action.
void tst_ReturnedMailParser::classOfFinalReportsAndWarnings_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<DeliveryClass>("cls");
    QTest::addColumn<QString>("reason");
    QTest::newRow("given up on an unknown user") << "failed" << "4.1.1"
        << "450 4.1.1 <a@example.net>: Recipient address rejected: User unknown in virtual alias table"
        << DeliveryClass::Hard << "userunknown";
    QTest::newRow("given up on reputation deferrals") << "failed" << "4.7.0"
        << "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints"
        << DeliveryClass::Spam << "badreputation";
    QTest::newRow("given up on a full mailbox") << "failed" << "4.2.2" << "452 4.2.2 Mailbox full"
        << DeliveryClass::Soft << "mailboxfull";
    QTest::newRow("expiry status yields to the quoted reply") << "failed" << "4.4.7"
        << "450 4.7.1 Access denied. IP name lookup failed [192.0.2.1]" << DeliveryClass::Spam << "requireptr";
    QTest::newRow("warning with a cause") << "delayed" << "4.7.1"
        << "450 4.7.1 Client host rejected: cannot find your reverse hostname" << DeliveryClass::Spam << "requireptr";
    QTest::newRow("warning without a cause") << "delayed" << "4.4.7" << "" << DeliveryClass::Soft << "expired";
    QTest::newRow("greylisting warning") << "delayed" << "4.7.1"
        << "450 4.7.1 <a@example.net>: Recipient address rejected: Greylisted" << DeliveryClass::Soft << "expired";
}

void tst_ReturnedMailParser::classOfFinalReportsAndWarnings()
{
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(QString, diagnostic);
    const QByteArray mail = returnedmail::dsn(QStringLiteral("a@example.net"), action, status, diagnostic,
                                              QStringLiteral("m1@example.org"));
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().action, action);
    QTEST(records.first().cls, "cls");
    QTEST(records.first().reason, "reason");
}

// A transcript line about bob@ is not about b@ (one address inside the other),
// Sendmail's ">>> ." is the end of the message data, and pipelined commands are
// answered in order.
void tst_ReturnedMailParser::transcriptNamesWholeAddresses()
{
    const QByteArray mail = textBounce(
        "Mail Delivery Subsystem <MAILER-DAEMON@mta.example.org>", "Returned mail: see transcript for details",
        "   ----- Transcript of session follows -----\n"
        "While talking to mx.example.org:\n"
        ">>> RCPT To:<bob@example.org>\n"
        "<<< 550 5.1.1 <bob@example.org>... User unknown\n"
        ">>> RCPT To:<b@example.org>\n"
        "<<< 452 4.2.2 <b@example.org>... Mailbox full\n"
        "While talking to mx.example.net:\n"
        ">>> .\n"
        "<<< 554 5.7.1 Message content rejected\n"
        "554 <carl@example.net>... Service unavailable\n"
        "\n   ----- Unsent message follows -----\n"
        "From: news@example.org\nTo: bob@example.org\nSubject: Spring news\n");
    const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(mail, QStringLiteral("x.eml"));
    const ReturnedMailRecord* bob = findRecipient(records, QStringLiteral("bob@example.org"));
    const ReturnedMailRecord* b = findRecipient(records, QStringLiteral("b@example.org"));
    const ReturnedMailRecord* carl = findRecipient(records, QStringLiteral("carl@example.net"));
    QVERIFY(bob && b && carl);
    QCOMPARE(bob->reason, QStringLiteral("userunknown"));
    QCOMPARE(b->diagnostic, QStringLiteral("452 4.2.2 <b@example.org>... Mailbox full"));
    QCOMPARE(b->reason, QStringLiteral("mailboxfull"));
    QCOMPARE(b->stage, SmtpStage::RcptTo);
    QCOMPARE(carl->stage, SmtpStage::EndOfData);

    // Pipelined commands are answered in order: jo's 550 answers RCPT, not DATA.
    const QByteArray pipelined = textBounce(
        "Mail Delivery Subsystem <MAILER-DAEMON@mta.example.org>", "Returned mail: see transcript for details",
        "   ----- Transcript of session follows -----\n"
        "While talking to mx.example.com:\n"
        ">>> MAIL From:<news@example.org>\n"
        ">>> RCPT To:<jo@example.com>\n"
        ">>> DATA\n"
        "<<< 250 2.1.0 Ok\n"
        "<<< 550-5.1.1 <jo@example.com>... User unknown\n"
        "<<< 550 5.1.1 See the postmaster page\n"
        "<<< 554 5.5.1 No valid recipients\n"
        "\n   ----- Unsent message follows -----\n"
        "From: news@example.org\nTo: jo@example.com\nSubject: Spring news\n");
    const QList<ReturnedMailRecord> piped = ReturnedMailParser::parseMessage(pipelined, QStringLiteral("x.eml"));
    const ReturnedMailRecord* jo = findRecipient(piped, QStringLiteral("jo@example.com"));
    QVERIFY(jo);
    QCOMPARE(jo->stage, SmtpStage::RcptTo);
    QCOMPARE(jo->reason, QStringLiteral("userunknown"));
    QVERIFY2(jo->diagnostic.startsWith(QStringLiteral("550")), qPrintable(jo->diagnostic));
}

QTEST_GUILESS_MAIN(tst_ReturnedMailParser)
#include "tst_ReturnedMailParser.moc"
