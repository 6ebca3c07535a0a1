// RFC 4180 writing and reading, and neutralised spreadsheet formulas in exported cells.
#include "util/CsvReader.h"
#include "util/CsvWriter.h"

#include <QBuffer>
#include <QtTest>

using namespace deliverboard;

class TestCsvExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escaping_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "user@example.com" << "user@example.com";
        QTest::newRow("comma") << "a, b" << "\"a, b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "line1\nline2" << "\"line1\nline2\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"http://evil\")" << "\"'=HYPERLINK(\"\"http://evil\"\")\"";
        QTest::newRow("formula +") << "+1+1" << "'+1+1";
        QTest::newRow("formula -") << "-2+3" << "'-2+3";
        QTest::newRow("formula @") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\tcmd" << "'\tcmd";
        QTest::newRow("umlaut") << QStringLiteral("m\u00fcller@example.de") << QStringLiteral("m\u00fcller@example.de");
    }

    void escaping()
    {
        QFETCH(QString, field);
        QTEST(CsvWriter::escapeField(field), "written");
    }

    void roundTrip()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRecord({QStringLiteral("email"), QStringLiteral("reply")}));
        QVERIFY(writer.writeRecord({QStringLiteral("a@b.c"), QStringLiteral("550 5.1.1 \"no\", really\nsecond line")}));
        buffer.close();
        QVERIFY(buffer.data().endsWith("\r\n"));
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, QStringList({QStringLiteral("email"), QStringLiteral("reply")}));
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields.value(1), QStringLiteral("550 5.1.1 \"no\", really\nsecond line"));
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(!reader.hadError());
    }

    void readerToleratesBomAndBlankLinesAndReportsOpenQuotes()
    {
        QByteArray data("\xEF\xBB\xBF" "email,status\r\n\r\n a@b.c , Active\n\"open,quote\n");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields.first(), QStringLiteral("email"));
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, QStringList({QStringLiteral("a@b.c"), QStringLiteral("Active")}));
        QCOMPARE(reader.recordLine(), qint64(3));
        QVERIFY(reader.readRecord(fields));
        QVERIFY(reader.hadError());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_CsvExport.moc"
