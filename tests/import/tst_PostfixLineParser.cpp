// Postfix body parsing: recipient results, stages, queue ids, message lifecycle lines.
// Rows are real lines from ../shared/logs (lightmeter, postfix-grok-patterns) and tricky
// ones from FORMATS.md.
#include "TestPaths.h"

#include "import/PostfixLineParser.h"
#include "import/SyslogEnvelope.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace deliverboard;

class TestPostfixLineParser : public QObject {
    Q_OBJECT

private:
    static QueueEvent parseLine(const QByteArray& line)
    {
        SyslogEnvelope envelope;
        if (!SyslogEnvelope::parse(line, envelope))
            return {};
        return PostfixLineParser::parse(envelope.daemon, QString::fromUtf8(line.mid(envelope.bodyStart)));
    }

private Q_SLOTS:
    void recipientResult_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("queueId");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("relayHost");
        QTest::addColumn<QString>("relayIp");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("replyStart");
        QTest::addColumn<bool>("suppressed");

        QTest::newRow("gmail multi-line 5.1.1 (real)")
            << QByteArray("Dec  9 10:18:24 mail postfix/smtp[20053]: 1310930001DB: to=<recipient1@dst3.example.com>, relay=aspmx.l.google.com[74.125.143.26]:25, delay=0.34, delays=0.02/0.03/0.26/0.03, dsn=5.1.1, status=bounced (host aspmx.l.google.com[74.125.143.26] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser od20si504618ejb.621 - gsmtp (in reply to RCPT TO command))")
            << "1310930001DB" << "recipient1@dst3.example.com" << "bounced" << "aspmx.l.google.com"
            << "74.125.143.26" << "550" << "5.1.1" << "5.1.1" << "rcpt_to"
            << "The email account that you tried to reach does not exist. Please try double-checking" << false;
        QTest::newRow("outlook S3140 at MAIL FROM with parentheses (real)")
            << QByteArray("Dec  9 10:18:24 mail postfix/smtp[20056]: 1310930001DB: to=<recipient1@dst4.example.com>, relay=hotmail-com.olc.protection.outlook.com[104.47.10.33]:25, delay=0.22, delays=0.02/0.08/0.09/0.03, dsn=5.7.1, status=bounced (host hotmail-com.olc.protection.outlook.com[104.47.10.33] said: 550 5.7.1 Unfortunately, messages from [142.93.169.220] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5EUR03FT029.eop-EUR03.prod.protection.outlook.com] (in reply to MAIL FROM command))")
            << "1310930001DB" << "recipient1@dst4.example.com" << "bounced"
            << "hotmail-com.olc.protection.outlook.com" << "104.47.10.33" << "550" << "5.7.1" << "5.7.1"
            << "mail_from" << "Unfortunately, messages from [142.93.169.220]" << false;
        QTest::newRow("nullMX (real)")
            << QByteArray("Dec  9 10:18:24 mail postfix/smtp[20054]: 1310930001DB: to=<recipient42@example.com>, relay=none, delay=0.09, delays=0.02/0.05/0.02/0, dsn=5.1.0, status=bounced (Domain example.com does not accept mail (nullMX))")
            << "1310930001DB" << "recipient42@example.com" << "bounced" << "none" << "" << "" << ""
            << "5.1.0" << "dns" << "Domain example.com does not accept mail (nullMX)" << false;
        QTest::newRow("greylisted, no ESC in reply (real)")
            << QByteArray("Dec  7 13:28:02 mail postfix/smtp[18832]: A17F830001CA: to=<recipient@recipient.com>, relay=mailin6.zih.recipient.relay.example.com[141.30.67.69]:25, delay=0.75, delays=0/0.03/0.66/0.06, dsn=4.0.0, status=deferred (host mailin6.zih.recipient.relay.example.com[141.30.67.69] said: 451-You have been greylisted. This is part of our standard anti-spam measures 451-and your mail system should automatically try again later. We will accept 451 this mail from you in 42 seconds (in reply to RCPT TO command))")
            << "A17F830001CA" << "recipient@recipient.com" << "deferred"
            << "mailin6.zih.recipient.relay.example.com" << "141.30.67.69" << "451" << "" << "4.0.0"
            << "rcpt_to" << "You have been greylisted. This is part of our standard anti-spam measures and your mail" << false;
        QTest::newRow("suppressed retry (real body)")
            << QByteArray("Mar 14 08:00:01 mx postfix/error[2001]: 2DC5552A34: to=<user@yahoo.com>, relay=none, delay=63495, delays=63350/144/0/0, dsn=4.4.2, status=deferred (delivery temporarily suspended: lost connection with mta7.am0.yahoodns.net[98.136.216.22] while sending RCPT TO)")
            << "2DC5552A34" << "user@yahoo.com" << "deferred" << "none" << "" << "" << "" << "4.4.2"
            << "rcpt_to" << "lost connection with mta7.am0.yahoodns.net" << true;
        QTest::newRow("connect timeout")
            << QByteArray("Mar 14 08:00:31 mx postfix/smtp[2002]: 8C1D23E04A: to=<ops@intern.example>, relay=none, delay=30, delays=0.01/0/30/0, dsn=4.4.1, status=deferred (connect to mx.intern.example[192.0.2.44]:25: Connection timed out)")
            << "8C1D23E04A" << "ops@intern.example" << "deferred" << "none" << "" << "" << "" << "4.4.1"
            << "connect" << "Connection timed out" << false;
        QTest::newRow("temporary DNS failure")
            << QByteArray("Mar 14 08:01:02 mx postfix/smtp[2003]: 9D2E34F15B: to=<a@broken-dns.example>, relay=none, delay=0.4, delays=0.01/0/0.39/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=broken-dns.example type=MX: Host not found, try again)")
            << "9D2E34F15B" << "a@broken-dns.example" << "deferred" << "none" << "" << "" << "" << "4.4.3"
            << "dns" << "Host or domain name not found." << false;
        QTest::newRow("IPv6 relay, end of DATA")
            << QByteArray("Mar 14 08:02:10 mx postfix/smtp[2005]: 4E74613FE76: to=<redacted@gmail.com>, relay=gmail-smtp-in.l.google.com[2607:f8b0:400e:c04::1b]:25, delay=1.9, delays=0.05/0/1.1/0.71, dsn=5.7.1, status=bounced (host gmail-smtp-in.l.google.com[2607:f8b0:400e:c04::1b] said: 550-5.7.1 Our system has detected that this message is likely unsolicited mail. 550 5.7.1 To reduce the amount of spam ... - gsmtp (in reply to end of DATA command))")
            << "4E74613FE76" << "redacted@gmail.com" << "bounced" << "gmail-smtp-in.l.google.com"
            << "2607:f8b0:400e:c04::1b" << "550" << "5.7.1" << "5.7.1" << "end_of_data"
            << "Our system has detected that this message is likely unsolicited mail. To reduce" << false;
        QTest::newRow("greeting timeout, possible duplicate")
            << QByteArray("Mar 14 08:03:00 mx postfix/smtp[2006]: 5F0A1B2C3D: to=<big@example.net>, relay=mx.example.net[198.51.100.20]:25, delay=612, delays=0.1/0/0.8/611, dsn=4.4.2, status=deferred (conversation with mx.example.net[198.51.100.20] timed out while sending end of data -- message may be sent more than once)")
            << "5F0A1B2C3D" << "big@example.net" << "deferred" << "mx.example.net" << "198.51.100.20"
            << "" << "" << "4.4.2" << "end_of_data" << "conversation with" << false;
        QTest::newRow("greeting refused")
            << QByteArray("Mar 14 08:03:10 mx postfix/smtp[2007]: 5F0A1B2C3E: to=<x@t-online.de>, relay=mx00.t-online.de[194.25.134.8]:25, delay=1, delays=0.1/0/0.8/0, dsn=5.0.0, status=bounced (host mx00.t-online.de[194.25.134.8] refused to talk to me: 554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL))")
            << "5F0A1B2C3E" << "x@t-online.de" << "bounced" << "mx00.t-online.de" << "194.25.134.8"
            << "554" << "" << "5.0.0" << "greeting" << "IP=192.0.2.1 - A problem occurred." << false;
        QTest::newRow("quoted local part, long queue id, RFC 3339")
            << QByteArray("2024-03-14T08:06:00.5+01:00 mx postfix/smtp[2011]: 4Vw2Xc3lNqz9sNr: to=<\"doe, john>x\"@example.com>, orig_to=<list@example.org>, relay=mx.example.com[192.0.2.90]:25, conn_use=3, delay=0.3, delays=0.01/0/0/0.29, dsn=2.0.0, status=sent (250 2.0.0 Ok)")
            << "4Vw2Xc3lNqz9sNr" << "\"doe, john>x\"@example.com" << "sent" << "mx.example.com"
            << "192.0.2.90" << "250" << "2.0.0" << "2.0.0" << "unknown" << "Ok" << false;
        QTest::newRow("soft_bounce=yes becomes deferred")
            << QByteArray("Mar 14 08:05:00 mx postfix/smtp[2010]: 6A7B8C9D0E: to=<gone@example.com>, relay=mx.example.com[192.0.2.90]:25, delay=0.5, delays=0.01/0/0.3/0.19, dsn=5.1.1, status=SOFTBOUNCE (host mx.example.com[192.0.2.90] said: 550 5.1.1 User unknown (in reply to RCPT TO command))")
            << "6A7B8C9D0E" << "gone@example.com" << "deferred" << "mx.example.com" << "192.0.2.90"
            << "550" << "5.1.1" << "5.1.1" << "rcpt_to" << "User unknown" << false;
        QTest::newRow("local delivery, bare address, multi-instance tag")
            << QByteArray("<22>1 2024-03-14T08:00:01.123456+01:00 mail postfix-10.0.0.1/local 4242 - - 892A0205B6: to=ghdsgfhdslfh@localhost, relay=local, delay=0.05, delays=0.02/0/0/0.02, dsn=5.1.1, status=bounced (unknown user: \"ghdsgfhdslfh\")")
            << "892A0205B6" << "ghdsgfhdslfh@localhost" << "bounced" << "local" << "" << "" << ""
            << "5.1.1" << "local" << "unknown user:" << false;
        QTest::newRow("truncated line without closing parenthesis")
            << QByteArray("Mar 14 08:05:00 mx postfix/smtp[2010]: 6A7B8C9D0F: to=<a@example.com>, relay=mx.example.com[192.0.2.90]:25, delay=0.5, delays=0.01/0/0.3/0.19, dsn=4.2.2, status=deferred (host mx.example.com[192.0.2.90] said: 452 4.2.2 Mailbox full, try ag")
            << "6A7B8C9D0F" << "a@example.com" << "deferred" << "mx.example.com" << "192.0.2.90"
            << "452" << "4.2.2" << "4.2.2" << "unknown" << "Mailbox full" << false;
    }

    void recipientResult()
    {
        QFETCH(QByteArray, line);
        const QueueEvent event = parseLine(line);
        QCOMPARE(event.kind, QueueEvent::Kind::RecipientResult);
        QTEST(event.queueId, "queueId");
        QTEST(event.recipient, "recipient");
        QTEST(event.status, "status");
        QTEST(event.relayHost.isEmpty() ? QString() : event.relayHost, "relayHost");
        const QString ip = !event.text.remoteIp.isEmpty() ? event.text.remoteIp : event.relayIp;
        QFETCH(QString, relayIp);
        if (!relayIp.isEmpty())
            QCOMPARE(ip, relayIp);
        QTEST(event.text.code, "code");
        QTEST(event.text.enhanced, "enhanced");
        QTEST(event.dsn, "dsn");
        QTEST(stageId(event.text.stage), "stage");
        QFETCH(QString, replyStart);
        QVERIFY2(event.text.reply.startsWith(replyStart), qPrintable(event.text.reply));
        QTEST(event.text.suppressed, "suppressed");
    }

    void lifecycle_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("queueId");
        QTest::addColumn<QString>("detail");
        using K = QueueEvent::Kind;
        QTest::newRow("qmgr from") << QByteArray("Mar 14 08:00:01 mx postfix/qmgr[900]: 1A2B3C4D5E: from=<news@example.org>, size=4821, nrcpt=2 (queue active)") << int(K::Sender) << "1A2B3C4D5E" << "news@example.org";
        QTest::newRow("pickup") << QByteArray("Mar 14 08:00:01 mx postfix/pickup[901]: 1A2B3C4D5E: uid=1001 from=<news@example.org>") << int(K::Sender) << "1A2B3C4D5E" << "news@example.org";
        QTest::newRow("null sender") << QByteArray("Mar 14 08:00:01 mx postfix/qmgr[900]: A7E673C067: from=<>, size=2, nrcpt=1 (queue active)") << int(K::Sender) << "A7E673C067" << "";
        QTest::newRow("smtpd client") << QByteArray("Mar 14 08:00:01 mx postfix/smtpd[902]: 1A2B3C4D5E: client=app.example.org[192.0.2.7]") << int(K::MessageOpened) << "1A2B3C4D5E" << "";
        QTest::newRow("message-id") << QByteArray("Mar 14 08:00:01 mx postfix/cleanup[903]: 1A2B3C4D5E: message-id=<abc@example.org>") << int(K::MessageId) << "1A2B3C4D5E" << "abc@example.org";
        QTest::newRow("expired (real)") << QByteArray("Sep 30 20:46:08 smtpnode16 postfix-239.58.50.50/qmgr[31214]: 23EBE3D5C0: from=<h-498b874f2bf0cf639807ad80e1@h-5e67b9b4406.com>, status=expired, returned to sender") << int(K::Expired) << "23EBE3D5C0" << "h-498b874f2bf0cf639807ad80e1@h-5e67b9b4406.com";
        QTest::newRow("removed") << QByteArray("2024-03-14T08:00:01+0100 mail postfix/qmgr[900]: 1A2B3C4D5E: removed") << int(K::Removed) << "1A2B3C4D5E" << "";
        QTest::newRow("postsuper removed") << QByteArray("Mar 14 09:00:00 mx postfix/postsuper[3100]: 8C1D23E04A: removed") << int(K::AdminRemoved) << "8C1D23E04A" << "";
        QTest::newRow("milter reject (real)") << QByteArray("Jan 25 18:54:51 mx postfix/cleanup[8966]: B37FD2E05B9: milter-reject: END-OF-MESSAGE from h-ca74a0a011076cd81347f8f11e[254.65.43.194]: 4.7.1 Try again later; from=<bounce+1b6a63.922c68-christoph=h-ffd2115d4f@h-79b594737831a5d176dabf9.com> to=<h-7abde52c2@h-ffd2115d4f.com> proto=ESMTP helo=<h-ca74a0a011076cd81347f8f11e>") << int(K::Rejected) << "B37FD2E05B9" << "";
        QTest::newRow("NOQUEUE reject (real)") << QByteArray("May  5 15:51:11 xxx postfix/postscreen[1148]: NOQUEUE: reject: RCPT from [216.245.194.173]:60591: 550 5.7.1 Service unavailable; client [216.245.194.173] blocked using rbl.example.com; from=<spammer@example.com>, to=<goodguy@example.com>, proto=ESMTP, helo=<badguy.example.com>") << int(K::Ignored) << "" << "";
        QTest::newRow("host event, no to=") << QByteArray("Dec  9 10:18:24 mail postfix/smtp[20056]: 1310930001DB: lost connection with hotmail-com.olc.protection.outlook.com[104.47.10.33] while sending RCPT TO") << int(K::Ignored) << "1310930001DB" << "";
        QTest::newRow("verify probe (real body)") << QByteArray("Mar 14 08:00:01 mx postfix/error[900]: 3E29030F8637E: to=<user@yahoo.com>, relay=none, delay=0.01, delays=0.01/0/0/0, dsn=5.1.1, status=undeliverable-but-not-cached (User unknown in virtual alias table)") << int(K::Probe) << "3E29030F8637E" << "";
        QTest::newRow("statistics are not a queue id") << QByteArray("Mar 14 08:00:01 mx postfix/anvil[900]: statistics: max connection rate 1/60s for (smtp:1.2.3.4) at Mar 14 07:59:01") << int(K::Ignored) << "" << "";
    }

    void lifecycle()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        const QueueEvent event = parseLine(line);
        QCOMPARE(int(event.kind), kind);
        QTEST(event.queueId, "queueId");
        if (event.kind == QueueEvent::Kind::Sender || event.kind == QueueEvent::Kind::Expired)
            QCOMPARE(event.sender, detail);
        if (event.kind == QueueEvent::Kind::MessageId)
            QCOMPARE(event.messageId, detail);
    }

    // Every one-line sample of postfix-grok-patterns: parsing never fails badly, and
    // where the sample names a queue id, status or relay, we agree.
    void grokPatternSamples()
    {
        const QDir dir(testpaths::shared(QStringLiteral("logs/real/postfix-grok-patterns/test")));
        const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() > 150, qPrintable(dir.path()));
        static const QRegularExpression field(QStringLiteral(R"(^\s*(\w+):\s*(.*)$)"));
        int compared = 0;
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QHash<QString, QString> values;
            for (const QByteArray& raw : file.readAll().split('\n')) {
                const auto m = field.match(QString::fromUtf8(raw));
                if (!m.hasMatch())
                    continue;
                QString value = m.captured(2).trimmed();
                if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
                    value = value.mid(1, value.size() - 2);
                    value.replace(QLatin1String("\\\""), QLatin1String("\""));
                    value.replace(QLatin1String("\\\\"), QLatin1String("\\"));
                }
                values.insert(m.captured(1), value);
            }
            const QString daemon = name.section(QLatin1Char('_'), 0, 0);
            const QueueEvent event = PostfixLineParser::parse(daemon, values.value(QStringLiteral("data")));
            if (event.kind != QueueEvent::Kind::RecipientResult)
                continue;
            ++compared;
            if (values.contains(QStringLiteral("postfix_queueid")))
                QCOMPARE(event.queueId, values.value(QStringLiteral("postfix_queueid")));
            if (values.contains(QStringLiteral("postfix_status")))
                QCOMPARE(event.status, values.value(QStringLiteral("postfix_status")));
            if (values.contains(QStringLiteral("postfix_relay_hostname")))
                QCOMPARE(event.relayHost, values.value(QStringLiteral("postfix_relay_hostname")));
        }
        QVERIFY2(compared >= 20, qPrintable(QString::number(compared)));
    }

    void queueIds_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short 7") << "0F5383D" << true;
        QTest::newRow("short 13") << "3E29030F8637E" << true;
        QTest::newRow("long") << "4Vw2Xc3lNqz9sNr" << true;
        QTest::newRow("NOQUEUE") << "NOQUEUE" << false;
        QTest::newRow("warning") << "warning" << false;
        QTest::newRow("statistics") << "statistics" << false;
        QTest::newRow("too short") << "ABC12" << false;
    }

    void queueIds()
    {
        QFETCH(QString, token);
        QTEST(PostfixLineParser::looksLikeQueueId(token), "valid");
    }
};

QTEST_GUILESS_MAIN(TestPostfixLineParser)
#include "tst_PostfixLineParser.moc"
