// Syslog envelopes (RFC 3164, RFC 3339, journald short-iso, RFC 5424) and the year and
// time-zone inference for year-less timestamps.
#include "import/LocalTimeResolver.h"
#include "import/SyslogEnvelope.h"

#include <QtTest>

using namespace deliverboard;

class TestSyslogEnvelope : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void envelopes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("utc");     // for lines with a year
        QTest::addColumn<QString>("monthDay"); // "3/4 08:00:01" for year-less lines
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("daemon");
        QTest::addColumn<QString>("body");

        QTest::newRow("rfc3164") << QByteArray("Mar 14 08:00:01 mail postfix/smtp[123]: ABCDEF: removed")
                                 << true << "" << "3/14 08:00:01" << "mail" << "postfix" << "smtp" << "ABCDEF: removed";
        QTest::newRow("rfc3164 padded day") << QByteArray("Dec  9 10:18:24 mail postfix/smtp[20053]: X")
                                            << true << "" << "12/9 10:18:24" << "mail" << "postfix" << "smtp" << "X";
        QTest::newRow("short-precise") << QByteArray("Mar  4 08:00:01.123456 mail postfix/qmgr[9]: Y")
                                       << true << "" << "3/4 08:00:01" << "mail" << "postfix" << "qmgr" << "Y";
        QTest::newRow("rfc3339 with offset") << QByteArray("2024-03-14T08:00:01.123456+01:00 mail postfix/smtp[4242]: Z")
                                             << true << "2024-03-14T07:00:01.123Z" << "" << "mail" << "postfix" << "smtp" << "Z";
        QTest::newRow("short-iso without colon") << QByteArray("2024-03-14T08:00:01+0100 mail postfix/qmgr[900]: Q")
                                                 << true << "2024-03-14T07:00:01.000Z" << "" << "mail" << "postfix" << "qmgr" << "Q";
        QTest::newRow("rfc3339 Z") << QByteArray("2024-12-31T23:59:59Z mx postfix/submission/smtpd[1]: W")
                                   << true << "2024-12-31T23:59:59.000Z" << "" << "mx" << "postfix/submission" << "smtpd" << "W";
        QTest::newRow("rfc5424") << QByteArray("<22>1 2024-03-14T08:00:01.123456+01:00 mail postfix/smtp 4242 - - 1A2B: to=<y@example.org>")
                                 << true << "2024-03-14T07:00:01.123Z" << "" << "mail" << "postfix" << "smtp" << "1A2B: to=<y@example.org>";
        QTest::newRow("multi-instance") << QByteArray("Sep 30 20:46:08 smtpnode16 postfix-239.58.50.50/qmgr[31214]: 23EB: removed")
                                        << true << "" << "9/30 20:46:08" << "smtpnode16" << "postfix-239.58.50.50" << "qmgr" << "23EB: removed";
        QTest::newRow("cron without pid") << QByteArray("Mar 14 08:00:01 mail CRON: (root) CMD (true)")
                                          << true << "" << "3/14 08:00:01" << "mail" << "" << "CRON" << "(root) CMD (true)";
        QTest::newRow("no tag") << QByteArray("Mar 14 08:00:01 mailhost-without-tag") << false << ""
                                << ""
                                << ""
                                << ""
                                << ""
                                << "";
        QTest::newRow("tag without colon")
            << QByteArray("Mar 14 08:00:01 mail postfix/smtp[1] x") << false << ""
            << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("only a pid") << QByteArray("Mar 14 08:00:01 mail [12]: x") << false << ""
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "";
        QTest::newRow("garbage") << QByteArray("this is not a syslog line at all") << false << "" << "" << "" << "" << "" << "";
        QTest::newRow("bad month") << QByteArray("Foo 14 08:00:01 mail postfix/smtp[1]: x") << false << "" << "" << "" << "" << "" << "";
        QTest::newRow("bad clock") << QByteArray("Mar 14 08:0a:01 mail postfix/smtp[1]: x") << false << "" << "" << "" << "" << "" << "";
        QTest::newRow("iso without zone") << QByteArray("2024-03-14 08:00:01 1RwtJa-000AFB-07 <= a@b") << false << "" << "" << "" << "" << "" << "";
        QTest::newRow("exim-like, short") << QByteArray("2024-03-14") << false << "" << "" << "" << "" << "" << "";
    }

    void envelopes()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        SyslogEnvelope envelope;
        QCOMPARE(SyslogEnvelope::parse(line, envelope), ok);
        // The year anchor's quick look agrees with the full parse.
        QCOMPARE(SyslogEnvelope::yearlessMonth(line), ok && !envelope.hasYear ? envelope.month : 0);
        if (!ok)
            return;
        QFETCH(QString, utc);
        QFETCH(QString, monthDay);
        if (!utc.isEmpty()) {
            QVERIFY(envelope.hasYear);
            QCOMPARE(envelope.utc.toUTC().toString(Qt::ISODateWithMs), utc);
        } else {
            QVERIFY(!envelope.hasYear);
            QCOMPARE(QStringLiteral("%1/%2 %3").arg(envelope.month).arg(envelope.day).arg(envelope.localTime.toString(QStringLiteral("HH:mm:ss"))),
                     monthDay);
        }
        QTEST(envelope.host, "host");
        QTEST(envelope.instance, "instance");
        QTEST(envelope.daemon, "daemon");
        QTEST(QString::fromUtf8(line.mid(envelope.bodyStart)), "body");
    }

    void configuredYearRollsOverAtNewYear()
    {
        // Campaign year 2025, first line in December: January lines belong to 2026.
        LocalTimeResolver resolver(QTimeZone("UTC"), 2025, 12, {});
        SyslogEnvelope dec, jan;
        QVERIFY(SyslogEnvelope::parse("Dec 31 23:59:58 mx postfix/smtp[1]: x", dec));
        QVERIFY(SyslogEnvelope::parse("Jan  1 00:00:02 mx postfix/smtp[1]: x", jan));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolver.toUtcMs(dec), Qt::UTC).toString(Qt::ISODate),
                 QStringLiteral("2025-12-31T23:59:58Z"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolver.toUtcMs(jan), Qt::UTC).toString(Qt::ISODate),
                 QStringLiteral("2026-01-01T00:00:02Z"));
    }

    void localTimesAcrossTransitions_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::newRow("Berlin, spring forward") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29);
        QTest::newRow("Berlin, fall back") << QByteArray("Europe/Berlin") << QDate(2026, 10, 25);
        QTest::newRow("New York, fall back") << QByteArray("America/New_York") << QDate(2026, 11, 1);
        QTest::newRow("Lord Howe, half-hour shift") << QByteArray("Australia/Lord_Howe") << QDate(2026, 4, 5);
        QTest::newRow("Kolkata, no transitions") << QByteArray("Asia/Kolkata") << QDate(2026, 3, 14);
        QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 3, 14);
    }

    void localTimesAcrossTransitions()
    {
        // The resolver's per-hour offsets give every local time of a transition day the
        // UTC time QDateTime gives it (gaps and repeated hours included).
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        LocalTimeResolver resolver(tz, day.year(), day.month(), {});
        int compared = 0;
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            for (const int second : {0, 29, 59}) {
                const QTime time(minute / 60, minute % 60, second);
                const QByteArray line = QStringLiteral("%1 %2 %3 mx postfix/smtp[1]: x")
                                            .arg(QLocale::c().monthName(day.month(), QLocale::ShortFormat))
                                            .arg(day.day(), 2)
                                            .arg(time.toString(QStringLiteral("HH:mm:ss")))
                                            .toLatin1();
                SyslogEnvelope envelope;
                QVERIFY(SyslogEnvelope::parse(line, envelope));
                const QDateTime expected(day, time, tz);
                QCOMPARE(resolver.toUtcMs(envelope), expected.isValid() ? expected.toMSecsSinceEpoch() : qint64(-1));
                ++compared;
            }
        }
        QVERIFY(compared > 600);
    }

    void fileTimeAnchorsYear()
    {
        // A file last written on 2027-01-02 with December lines: they are from 2026.
        const QDateTime modified(QDate(2027, 1, 2), QTime(1, 0), Qt::UTC);
        LocalTimeResolver resolver(QTimeZone("UTC"), 0, 0, modified);
        SyslogEnvelope dec, jan;
        QVERIFY(SyslogEnvelope::parse("Dec 30 10:00:00 mx postfix/smtp[1]: x", dec));
        QVERIFY(SyslogEnvelope::parse("Jan  2 00:30:00 mx postfix/smtp[1]: x", jan));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolver.toUtcMs(dec), Qt::UTC).date(), QDate(2026, 12, 30));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolver.toUtcMs(jan), Qt::UTC).date(), QDate(2027, 1, 2));
    }

    // Issue 13: the anchor is the month most lines are in, not the first one read.
    void anchorMonthIsTheBulkOfTheLines() {
        YearAnchor anchor;
        anchor.addMonth(12);
        for (int i = 0; i < 40; ++i)
            anchor.addMonth(1);
        anchor.addMonth(2);
        QCOMPARE(anchor.month(), 1);
        QCOMPARE(YearAnchor().month(), 0);
        LocalTimeResolver resolver(QTimeZone("UTC"), 2026, anchor.month(), {});
        SyslogEnvelope dec, jan;
        QVERIFY(SyslogEnvelope::parse("Dec 31 23:59:58 mx postfix/smtp[1]: x", dec));
        QVERIFY(SyslogEnvelope::parse("Jan  1 00:00:02 mx postfix/smtp[1]: x", jan));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolver.toUtcMs(dec), Qt::UTC).date(),
                 QDate(2025, 12, 31));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolver.toUtcMs(jan), Qt::UTC).date(),
                 QDate(2026, 1, 1));
        // Without a campaign year the newest log's time places the anchor month: a copy
        // written on 2026-12-31 still puts January in 2026 and December before it.
        LocalTimeResolver byFileTime(QTimeZone("UTC"), 0, 1, {},
                                     QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(byFileTime.toUtcMs(dec), Qt::UTC).date(),
                 QDate(2025, 12, 31));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(byFileTime.toUtcMs(jan), Qt::UTC).date(),
                 QDate(2026, 1, 1));
    }

    void localZoneIsConvertedToUtc()
    {
        LocalTimeResolver resolver(QTimeZone("Europe/Berlin"), 2026, 3, {});
        SyslogEnvelope winter, summer;
        QVERIFY(SyslogEnvelope::parse("Mar 14 09:00:00 mx postfix/smtp[1]: x", winter));
        QVERIFY(SyslogEnvelope::parse("Jul 14 09:00:00 mx postfix/smtp[1]: x", summer));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolver.toUtcMs(winter), Qt::UTC).time(), QTime(8, 0));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolver.toUtcMs(summer), Qt::UTC).time(), QTime(7, 0));
    }

    void february29OnlyInLeapYears()
    {
        SyslogEnvelope leap;
        QVERIFY(SyslogEnvelope::parse("Feb 29 12:00:00 mx postfix/smtp[1]: x", leap));
        QVERIFY(LocalTimeResolver(QTimeZone("UTC"), 2028, 2, {}).toUtcMs(leap) > 0);
        QCOMPARE(LocalTimeResolver(QTimeZone("UTC"), 2026, 2, {}).toUtcMs(leap), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestSyslogEnvelope)
#include "tst_SyslogEnvelope.moc"
