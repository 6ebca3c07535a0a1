// Returned mail written to stall or exhaust the importer (issue 11): HTML with thousands
// of unclosed <style> tags, DSNs naming 100k recipients, an mbox with a giant message, a
// FIFO where a mail file should be. Each must finish linearly and say what it cut.
//
// Timing: the checks are structural (output sizes, counts, caps). The few QElapsedTimer
// bounds are 10 s for work that takes well under 0.5 s when linear and minutes when
// quadratic (the defects measured 4.8 s for 140 KB and minutes for 1 MB): 20x headroom
// for a loaded machine or a sanitizer build, so they cannot flake, yet still catch a
// return of the quadratic behaviour.
#include "mail/DsnParser.h"
#include "mail/MboxReader.h"
#include "mail/MimeMessage.h"
#include "mail/ReturnedMailParser.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace deliverboard;
using namespace deliverboard::mail;

namespace {

constexpr qint64 kGenerousMs = 10000;

QByteArray dsnWithRecipients(int count, bool distinct) {
    QByteArray status = "Reporting-MTA: dns; mx.example.net\n\n";
    for (int i = 0; i < count; ++i) {
        status += "Final-Recipient: rfc822; user" + QByteArray::number(distinct ? i : 0) +
                  "@example.net\n"
                  "Action: failed\nStatus: 5.1.1\n\n";
    }
    return "From: MAILER-DAEMON@mx.example.net\nTo: news@example.org\nSubject: Undelivered Mail\n"
           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
           "boundary=\"B\"\n\n"
           "--B\nContent-Type: text/plain\n\nFailed.\n\n--B\nContent-Type: "
           "message/delivery-status\n\n" +
           status + "--B--\n";
}

} // namespace

class TestHostileMail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stripHtmlKeepsItsMeaning_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("tags") << "<p>550 <b>user</b> unknown</p>"
                              << "550 user unknown\n";
        QTest::newRow("style block") << "<style>p{}</style>text"
                                     << "text";
        QTest::newRow("script block, any case") << "a<SCRIPT type=x>x()</Script>b"
                                                << "ab";
        QTest::newRow("head block") << "<head><title>t</title></head>body"
                                    << "body";
        QTest::newRow("unclosed style keeps text") << "<style>550 no such user"
                                                   << "550 no such user";
        QTest::newRow("header is no head") << "<header>550</header>"
                                           << "550";
        QTest::newRow("lone <") << "a < b"
                                << "a < b";
        QTest::newRow("< without >") << "x <y z"
                                     << "x <y z";
        QTest::newRow("breaks") << "a<br>b<br/>c</div>d</h2>e"
                                << "a\nb\nc\nd\ne";
        QTest::newRow("entities") << "&lt;a&gt; &amp;&nbsp;&quot;"
                                  << "<a> & \"";
    }

    void stripHtmlKeepsItsMeaning() {
        QFETCH(QString, html);
        QTEST(stripHtml(html), "text");
    }

    // Issue 11.1: 1 MB of unclosed <style>/<script>/<head> tags (a regex per unclosed tag
    // made this quadratic: minutes).
    void stripHtmlIsLinearOnUnclosedBlocks() {
        QString html;
        while (html.size() < 1024 * 1024)
            html += QStringLiteral("<style>a<script>b<head>c");
        const int units = static_cast<int>(html.size() / 24);
        QElapsedTimer timer;
        timer.start();
        const QString text = stripHtml(html);
        QVERIFY2(timer.elapsed() < kGenerousMs, qPrintable(QString::number(timer.elapsed())));
        // Only the tags go: the text between them stays, in order.
        QCOMPARE(text.size(), qsizetype(units) * 3);
        QVERIFY(text.startsWith(QLatin1String("abcabc")));

        // Many '<' with no '>' at all (each used to scan to the end).
        const QString open(512 * 1024, QLatin1Char('<'));
        timer.restart();
        QCOMPARE(stripHtml(open), open);
        QVERIFY(timer.elapsed() < kGenerousMs);
    }

    // The same input as the HTML part of a returned mail: the parser must get through it.
    void returnedMailWithHostileHtml() {
        QByteArray body;
        while (body.size() < 1024 * 1024)
            body += "<style><script><head>";
        const QByteArray mail =
            "From: someone@example.net\nTo: news@example.org\nSubject: Re: news\n"
            "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" +
            body + "\n";
        QElapsedTimer timer;
        timer.start();
        const QList<ReturnedMailRecord> records =
            ReturnedMailParser::parseMessage(mail, QStringLiteral("h.eml"));
        QVERIFY(timer.elapsed() < kGenerousMs);
        QCOMPARE(records.size(), 1);
    }

    // Issue 11.2: 100k recipients: de-duplicated with a hash set, capped, the cap reported.
    void dsnRecipientsAreCappedAndCounted() {
        bool truncated = false;
        QString status;
        for (int i = 0; i < 100000; ++i)
            status += QStringLiteral("Final-Recipient: rfc822; user%1@example.net\nAction: "
                                     "failed\nStatus: 5.1.1\n\n")
                          .arg(i);
        QElapsedTimer timer;
        timer.start();
        const QList<DsnRecipient> recipients = DsnParser::parse(status, &truncated);
        QVERIFY(timer.elapsed() < kGenerousMs);
        QCOMPARE(recipients.size(), qsizetype(DsnParser::maxRecipients()));
        QVERIFY(truncated);
        QCOMPARE(recipients.first().recipient(), QStringLiteral("user0@example.net"));

        // 100k blocks for one recipient (one per attempt): one record, nothing cut.
        QString repeated;
        for (int i = 0; i < 100000; ++i)
            repeated +=
                QStringLiteral(
                    "Final-Recipient: rfc822; Same@example.net\nAction: failed\nStatus: 5.1.%1\n\n")
                    .arg(i % 2 + 1);
        const QList<DsnRecipient> one = DsnParser::parse(repeated, &truncated);
        QCOMPARE(one.size(), qsizetype(1));
        QCOMPARE(one.first().status, QStringLiteral("5.1.1")); // the first block wins
        QVERIFY(!truncated);
    }

    void dsnCapIsAProblemOfTheMessage() {
        QStringList problems;
        const QList<ReturnedMailRecord> records = ReturnedMailParser::parseMessage(
            dsnWithRecipients(DsnParser::maxRecipients() + 500, true), QStringLiteral("big.eml"), 0,
            &problems);
        QCOMPARE(records.size(), qsizetype(DsnParser::maxRecipients()));
        QCOMPARE(problems.size(), qsizetype(1));
        QVERIFY2(problems.first().contains(QLatin1String("truncated")),
                 qPrintable(problems.first()));
        problems.clear();
        QCOMPARE(ReturnedMailParser::parseMessage(dsnWithRecipients(3, true),
                                                  QStringLiteral("small.eml"), 0, &problems)
                     .size(),
                 qsizetype(3));
        QVERIFY(problems.isEmpty());
    }

    // Issue 11.11: an mbox is read one message at a time; a message is never longer than
    // the cap, and a cut one is reported.
    void mboxStreamBoundsEachMessage() {
        QByteArray box;
        box += "From a@example.net Sat Mar 14 10:00:00 2026\nSubject: one\n\nsmall\n\n";
        box += "From b@example.net Sat Mar 14 10:01:00 2026\nSubject: two\n\n" +
               QByteArray(100000, 'x') + "\n\n";
        box += "From c@example.net Sat Mar 14 10:02:00 2026\nSubject: three\n\n>From the start\n";
        QBuffer buffer(&box);
        buffer.open(QIODevice::ReadOnly);
        MboxStream stream(&buffer, 4096);
        QByteArray message;
        QList<bool> cut;
        QList<QByteArray> messages;
        while (stream.next(message)) {
            QVERIFY(message.size() <= 4096);
            messages.append(message);
            cut.append(stream.lastTruncated());
        }
        QCOMPARE(messages.size(), qsizetype(3));
        QCOMPARE(cut, QList<bool>({false, true, false}));
        QVERIFY(messages[1].startsWith("Subject: two\n"));
        QVERIFY(messages[2].contains("\nFrom the start")); // ">From " unescaped
        // In memory, without a cap, the same split.
        QCOMPARE(splitMailbox(box).size(), qsizetype(3));
    }

    void bigMessageInAFileIsCutAndReported() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("returned.mbox"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("From a@example.net Sat Mar 14 10:00:00 2026\n" +
                       dsnWithRecipients(1, true) + "\n");
            file.write("From b@example.net Sat Mar 14 10:01:00 2026\nSubject: huge\n\n");
            const QByteArray line(1023, 'y');
            for (qsizetype written = 0; written <= ReturnedMailParser::maxMessageBytes();
                 written += 1024)
                file.write(line + '\n');
            file.write("\nFrom c@example.net Sat Mar 14 10:02:00 2026\n" +
                       dsnWithRecipients(2, true));
        }
        QList<ReturnedMailRecord> records;
        QString error;
        QStringList problems;
        QVERIFY(ReturnedMailParser::parseFile(path, records, &error, &problems));
        QCOMPARE(problems.size(), qsizetype(1));
        QVERIFY2(problems.first().startsWith(QLatin1String("message 2 ")),
                 qPrintable(problems.first()));
        QStringList messages;
        for (const ReturnedMailRecord& r : std::as_const(records))
            messages.append(QString::number(r.messageIndex));
        // One record from message 1, one (unknown) from the cut message 2, two from 3.
        QCOMPARE(messages, QStringList({QStringLiteral("0"), QStringLiteral("1"),
                                        QStringLiteral("2"), QStringLiteral("2")}));
    }

    // Issue 11.5: a FIFO where a mail file should be is refused at once (no writer would
    // ever come: a blocking open would hang here forever).
    void fifoIsRefusedWithoutBlocking() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("bounce.eml"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QList<ReturnedMailRecord> records;
        QString error;
        QVERIFY(!ReturnedMailParser::parseFile(fifo, records, &error));
        QVERIFY2(error.contains(QLatin1String("FIFO")), qPrintable(error));
        QVERIFY(!ReturnedMailParser::parseFile(QStringLiteral("/dev/zero"), records, &error));
        QVERIFY2(error.contains(QLatin1String("device")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHostileMail)
#include "tst_HostileMail.moc"
