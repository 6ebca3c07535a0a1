// Reading plain and gzip logs: offsets for resuming, truncated archives, huge lines,
// binary junk, a last line without a line break.
#include "import/LogFileReader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace deliverboard;

class TestLogFileReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(data);
        return path;
    }

    QString writeGzip(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
        gzwrite(gz, data.constData(), static_cast<unsigned>(data.size()));
        gzclose(gz);
        return path;
    }

    static QList<QByteArray> readAll(LogFileReader& reader)
    {
        QList<QByteArray> lines;
        LogFileReader::Line line;
        while (reader.readLine(line))
            lines.append(line.text);
        return lines;
    }

private Q_SLOTS:
    void plainLinesAndOffsets()
    {
        const QString path = write(QStringLiteral("plain.log"), "one\r\ntwo\nthree");
        LogFileReader reader(path);
        QVERIFY(reader.open());
        LogFileReader::Line line;
        QVERIFY(reader.readLine(line));
        QCOMPARE(line.text, QByteArray("one"));
        QCOMPARE(line.number, qint64(1));
        QCOMPARE(line.endOffset, qint64(5));
        QVERIFY(reader.readLine(line));
        QCOMPARE(line.text, QByteArray("two"));
        QVERIFY(reader.readLine(line));
        QCOMPARE(line.text, QByteArray("three")); // no final line break: still read
        QCOMPARE(line.endOffset, qint64(14));
        QVERIFY(!reader.readLine(line));
        QVERIFY(reader.errorString().isEmpty());

        LogFileReader resumed(path);
        QVERIFY(resumed.open(5, 1));
        QVERIFY(resumed.readLine(line));
        QCOMPARE(line.text, QByteArray("two"));
        QCOMPARE(line.number, qint64(2));
    }

    void gzipIsReadTransparentlyAndResumes()
    {
        QByteArray data;
        for (int i = 0; i < 50000; ++i)
            data += "line " + QByteArray::number(i) + '\n';
        const QString path = writeGzip(QStringLiteral("rotated.log.1.gz"), data);
        LogFileReader reader(path);
        QVERIFY(reader.open());
        QVERIFY(reader.isCompressed());
        const QList<QByteArray> lines = readAll(reader);
        QCOMPARE(lines.size(), 50000);
        QCOMPARE(lines.last(), QByteArray("line 49999"));
        QCOMPARE(reader.offset(), qint64(data.size()));

        const qint64 offset = data.indexOf("line 40000\n");
        LogFileReader resumed(path);
        QVERIFY(resumed.open(offset, 40000));
        LogFileReader::Line line;
        QVERIFY(resumed.readLine(line));
        QCOMPARE(line.text, QByteArray("line 40000"));
        QCOMPARE(line.number, qint64(40001));
        QCOMPARE(LogFileReader::head(path, 12), QByteArray("line 0\nline "));
    }

    void truncatedGzipReportsAnErrorAfterTheGoodLines()
    {
        QByteArray data;
        for (int i = 0; i < 100000; ++i)
            data += "Mar 14 08:00:01 mail postfix/smtp[1]: line " + QByteArray::number(i) + '\n';
        const QString full = writeGzip(QStringLiteral("full.gz"), data);
        QFile file(full);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray compressed = file.readAll();
        const QString cut = write(QStringLiteral("cut.gz"), compressed.left(compressed.size() / 2));
        LogFileReader reader(cut);
        QVERIFY(reader.open());
        const QList<QByteArray> lines = readAll(reader);
        QVERIFY(lines.size() > 1000);
        QVERIFY(lines.size() < 100000);
        QVERIFY2(!reader.errorString().isEmpty(), "a cut-off archive must be reported");
    }

    void hugeLineIsCutNotHeld()
    {
        QByteArray data = "first\n";
        data += QByteArray(20 * 1024 * 1024, 'x');
        data += "\nlast\n";
        const QString path = write(QStringLiteral("huge.log"), data);
        LogFileReader reader(path, 1024);
        QVERIFY(reader.open());
        LogFileReader::Line line;
        QVERIFY(reader.readLine(line));
        QVERIFY(!line.overlong);
        QVERIFY(reader.readLine(line));
        QVERIFY(line.overlong);
        QCOMPARE(line.text.size(), 1024);
        QCOMPARE(line.number, qint64(2));
        QVERIFY(reader.readLine(line));
        QCOMPARE(line.text, QByteArray("last"));
    }

    void binaryAndMissingFiles()
    {
        const QString path = write(QStringLiteral("junk.bin"), QByteArray("\x00\x01\x02\nok\n", 6));
        LogFileReader reader(path);
        QVERIFY(reader.open());
        LogFileReader::Line line;
        QVERIFY(reader.readLine(line));
        QVERIFY(line.binary);
        QVERIFY(reader.readLine(line));
        QVERIFY(!line.binary);

        LogFileReader missing(m_dir.filePath(QStringLiteral("nope.log")));
        QVERIFY(!missing.open());
        QVERIFY(!missing.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogFileReader)
#include "tst_LogFileReader.moc"
