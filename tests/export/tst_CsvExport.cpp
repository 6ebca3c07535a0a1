// RFC 4180 writing and reading, and neutralised spreadsheet formulas in exported cells.
#include "CsvSafety.h"
#include "TestPaths.h"

#include "util/CsvReader.h"
#include "util/CsvWriter.h"
#include <QDir>
#include <QFile>

#include <QBuffer>
#include <QtTest>

using namespace deliverboard;

class TestCsvExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escaping_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "user@example.com"
                               << "user@example.com";
        QTest::newRow("comma") << "a, b"
                               << "\"a, b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "line1\nline2"
                                 << "\"line1\nline2\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"http://evil\")"
                                   << "\"'=HYPERLINK(\"\"http://evil\"\")\"";
        QTest::newRow("formula +") << "+1+1"
                                   << "'+1+1";
        QTest::newRow("formula -") << "-2+3"
                                   << "'-2+3";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << "'@SUM(A1)";
        // A TAB must not split the cell when the file is read as tab-separated: quoted.
        QTest::newRow("tab") << "\tcmd"
                             << "\"'\tcmd\"";
        // Issue 11: ';' and TAB separate cells in other locales (German, Dutch Excel).
        QTest::newRow("semicolon formula") << "user unavailable;=cmd|'/C calc'!A0;x"
                                           << "\"user unavailable;'=cmd|'/C calc'!A0;x\"";
        QTest::newRow("tab formula") << "a\t@SUM(A1)"
                                     << "\"a\t'@SUM(A1)\"";
        QTest::newRow("line break formula") << "a\n+1+1"
                                            << "\"a\n'+1+1\"";
        QTest::newRow("quoted formula after ;") << "a;\"=1+1\""
                                                << "\"a;'\"\"=1+1\"\"\"";
        QTest::newRow("leading space formula") << " =1+1"
                                               << "' =1+1";
        QTest::newRow("full-width equals")
            << QStringLiteral("\uFF1D1+1") << QStringLiteral("'\uFF1D1+1");
        QTest::newRow("apostrophe formula") << "'=1+1"
                                            << "''=1+1";
        // A leading U+FEFF would read back as the file's byte-order mark and vanish.
        QTest::newRow("leading BOM") << QStringLiteral("\uFEFFx") << QStringLiteral("\"\uFEFFx\"");
        QTest::newRow("plain apostrophe") << "it's"
                                          << "it's";
        // Valid addresses starting with - or + stay intact (suppression lists match them).
        QTest::newRow("address -") << "-info@example.org"
                                   << "\"-info@example.org\"";
        QTest::newRow("address +") << "+1.jane_doe@mail.example.org"
                                   << "\"+1.jane_doe@mail.example.org\"";
        QTest::newRow("not an address -") << "-cmd|'/C calc'!A0@example.org"
                                          << "'-cmd|'/C calc'!A0@example.org";
        QTest::newRow("address with formula host") << "-a@=b.c"
                                                   << "'-a@=b.c";
        QTest::newRow("umlaut") << QStringLiteral("m\u00fcller@example.de")
                                << QStringLiteral("m\u00fcller@example.de");
    }

    void escaping() {
        QFETCH(QString, field);
        QTEST(CsvWriter::escapeField(field), "written");
    }

    // Whatever is written reads back as the same cells (restoreField() takes the added
    // apostrophes away), and no written cell is live in a ',', ';' or TAB reading.
    void neutralisedCellsRoundTripAndAreNotLive() {
        QStringList cells{QStringLiteral("=1+1"),
                          QStringLiteral("a;=b;+c;-d;@e"),
                          QStringLiteral("\t\t=x"),
                          QStringLiteral("''=x"),
                          QStringLiteral("x;'=y"),
                          QStringLiteral("a\r\n=b"),
                          QStringLiteral("-info@example.org"),
                          QStringLiteral(" ;\" -x"),
                          QStringLiteral("'"),
                          QStringLiteral(";"),
                          QStringLiteral("\"=\""),
                          QStringLiteral("plain, text")};
        // And a deterministic spread of short strings over the dangerous alphabet.
        const QString alphabet = QStringLiteral("=+-@;\t\n\r'\" a,\uFF1D");
        for (int n = 0; n < 20000; ++n) {
            QString cell;
            for (int k = n, len = 1 + n % 6; len > 0; --len, k /= alphabet.size())
                cell += alphabet.at((k * 7 + len) % alphabet.size());
            cells.append(cell);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QString& cell : std::as_const(cells)) {
            QVERIFY2(!csvsafety::isLive(CsvWriter::escapeField(cell)),
                     qPrintable(CsvWriter::escapeField(cell)));
            QVERIFY(writer.writeRecord({cell, QStringLiteral("x")}));
        }
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        for (const QString& cell : std::as_const(cells)) {
            QVERIFY(reader.readRecord(fields));
            QCOMPARE(fields.size(), 2);
            // The reader trims unquoted blanks; every cell with blanks at its ends is quoted.
            QCOMPARE(CsvWriter::restoreField(fields.first()), cell);
        }
        QVERIFY(!reader.readRecord(fields));
    }

    // Inputs fuzz_csv_writer found (one record of cells, split at NUL bytes, as in the
    // harness): each must round-trip and have no live cell.
    void fuzzRegressions() {
        const QDir dir(
            testpaths::source(QStringLiteral("tests/export/fuzz-regressions/csv_writer")));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QStringList cells;
            for (const QByteArray& part : file.readAll().split('\0'))
                cells.append(QString::fromUtf8(part));
            cells.append(QStringLiteral("end"));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer(&buffer);
            QVERIFY(writer.writeRecord(cells));
            buffer.close();
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer);
            QStringList back;
            QVERIFY2(reader.readRecord(back), qPrintable(name));
            for (QString& cell : back)
                cell = CsvWriter::restoreField(cell);
            QCOMPARE(back, cells);
            for (const QString& cell : std::as_const(cells))
                QVERIFY(!csvsafety::isLive(CsvWriter::escapeField(cell)));
        }
    }

    // A field may begin with U+FEFF; only the file's first bytes are a byte-order mark.
    void fieldStartingWithBomReadsBack() {
        QByteArray data("a,\"\xEF\xBB\xBFx\",\xEF\xBB\xBFy\n");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, QStringList({QStringLiteral("a"), QStringLiteral("\uFEFFx"),
                                      QStringLiteral("\uFEFFy")}));
    }

    void roundTrip() {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRecord({QStringLiteral("email"), QStringLiteral("reply")}));
        QVERIFY(writer.writeRecord(
            {QStringLiteral("a@b.c"), QStringLiteral("550 5.1.1 \"no\", really\nsecond line")}));
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

    void readerToleratesBomAndBlankLinesAndReportsOpenQuotes() {
        QByteArray data("\xEF\xBB\xBF"
                        "email,status\r\n\r\n a@b.c , Active\n\"open,quote\n");
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
