// Schema step 9 keeps attempts' raw log lines in compressed blocks of up to 64 lines
// (RawLineBlock) instead of one text per row. Nothing the message detail shows may change:
// every attempt's raw line is still the line of its file, byte for byte; rows written
// before the step keep their inline text; a damaged block costs its lines and nothing else;
// a campaign's blocks go with it.
#include "StoreDowngrade.h"
#include "TestPaths.h"
#include "TestStore.h"

#include "import/LogFileReader.h"
#include "store/RawLineBlock.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;

namespace {

QString demoFolder() {
    return testpaths::source(QStringLiteral("resources/demo/spring-newsletter-2026"));
}

// file name -> its lines by 1-based number, read as the importer reads them.
QHash<QString, QHash<qint64, QByteArray>> demoLogLines() {
    QHash<QString, QHash<qint64, QByteArray>> files;
    for (const QString& name : {QStringLiteral("maillog"), QStringLiteral("maillog.1.gz")}) {
        LogFileReader reader(QDir(demoFolder()).filePath(name));
        if (!reader.open())
            qFatal("%s", qPrintable(reader.errorString()));
        LogFileReader::Line line;
        while (reader.readLine(line))
            files[name].insert(line.number, line.text);
    }
    return files;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

class tst_RawLineBlocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blockRoundTripsLinesByteForByte();
    void damagedBlobsAreRefusedNotRead();
    void everyAttemptShowsItsLogLine();
    void rowsFromBeforeTheStepKeepTheirText();
    void damagedBlockCostsOnlyItsLines();
    void removingACampaignRemovesItsBlocks();
};

void tst_RawLineBlocks::blockRoundTripsLinesByteForByte() {
    RawLineBlock block;
    const QList<QByteArray> lines{
        QByteArrayLiteral("Mar 14 10:00:01 mx postfix/smtp[1]: 4Q: to=<a@b.c>, status=sent"),
        QByteArray("\xff\xfe not UTF-8 \xc3", 14), // kept as read, decoded when shown
        QByteArray(200 * 1024, 'x'),               // longer than a varint byte and a block
        QByteArrayLiteral("x")};
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(block.add(lines[i]), i);
    QVERIFY(block.isFull()); // over kMaxBytes: the writer closes it now
    const QByteArray blob = block.compress();
    QVERIFY(!blob.isEmpty());
    QVERIFY(blob.size() < block.packedSize() / 10);
    const auto unpacked = RawLineBlock::decompress(blob, block.packedSize());
    QVERIFY(unpacked);
    QCOMPARE(unpacked->size(), size_t(lines.size()));
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE((*unpacked)[size_t(i)], lines[i]);

    RawLineBlock counted;
    for (int i = 0; i < RawLineBlock::kMaxLines - 1; ++i)
        counted.add(QByteArrayLiteral("line"));
    QVERIFY(!counted.isFull());
    counted.add(QByteArrayLiteral("line"));
    QVERIFY(counted.isFull());
}

void tst_RawLineBlocks::damagedBlobsAreRefusedNotRead() {
    RawLineBlock block;
    for (int i = 0; i < 40; ++i)
        block.add(QByteArray::number(i).repeated(30));
    const QByteArray blob = block.compress();
    const qsizetype size = block.packedSize();
    QVERIFY(RawLineBlock::decompress(blob, size));
    QVERIFY(!RawLineBlock::decompress(blob, size - 1));
    QVERIFY(!RawLineBlock::decompress(blob, size + 1));
    QVERIFY(!RawLineBlock::decompress(blob, -1));
    QVERIFY(!RawLineBlock::decompress(blob, RawLineBlock::kMaxUnpackedBytes + 1));
    QVERIFY(!RawLineBlock::decompress(blob.left(blob.size() / 2), size));
    QVERIFY(!RawLineBlock::decompress({}, size));
    // A valid zlib stream whose lengths run past its end.
    RawLineBlock liar;
    liar.add(QByteArrayLiteral("abc"));
    QByteArray packed = QByteArrayLiteral("\x7f") + QByteArrayLiteral("abc");
    QByteArray lying = qCompress(packed).mid(4); // qCompress: 4-byte size, then zlib
    QVERIFY(!RawLineBlock::decompress(lying, packed.size()));
    // Random bytes of every length, with random claimed sizes: refused or read in bounds.
    QRandomGenerator random(19);
    for (int i = 0; i < 2000; ++i) {
        QByteArray noise(random.bounded(1, 300), Qt::Uninitialized);
        for (char& c : noise)
            c = char(random.bounded(256));
        if (random.bounded(2))
            noise.replace(0, qMin<qsizetype>(noise.size(), blob.size() / 2),
                          blob.left(blob.size() / 2));
        RawLineBlock::decompress(noise, random.bounded(0, 5000));
    }
}

void tst_RawLineBlocks::everyAttemptShowsItsLogLine() {
    QTemporaryDir dir;
    TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store.import({demoFolder()}).fatalError.isEmpty());
    const QSqlDatabase db = store.database().connection();
    const auto files = demoLogLines();

    // Every log attempt is in a block, none inline; each block holds 1..64 lines.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM attempts WHERE raw IS NOT NULL "
                                       "AND source_file_id IS NOT NULL")),
             0);
    const qint64 inBlocks =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM attempts WHERE raw_block IS NOT NULL"));
    QVERIFY(inBlocks > 3000);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM raw_blocks")) >=
            (inBlocks + RawLineBlock::kMaxLines - 1) / RawLineBlock::kMaxLines);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT raw_block FROM attempts "
                                       "WHERE raw_block IS NOT NULL GROUP BY raw_block "
                                       "HAVING MAX(raw_index) >= 64 OR MIN(raw_index) < 0)")),
             0);

    // Through the message detail's own query: each raw line is its file's line.
    ReportQueries queries = store.queries();
    QSqlQuery deliveries(db);
    QVERIFY(deliveries.exec(QStringLiteral("SELECT id FROM deliveries ORDER BY id")));
    int compared = 0;
    while (deliveries.next()) {
        for (const AttemptRow& a : queries.attempts(deliveries.value(0).toLongLong())) {
            if (a.sourcePath.isEmpty())
                continue; // returned mail's own attempt: named by its file, kept inline
            const QString name = QFileInfo(a.sourcePath).fileName();
            QVERIFY2(files.value(name).contains(a.lineNo), qPrintable(name));
            QCOMPARE(a.raw, QString::fromUtf8(files.value(name).value(a.lineNo)));
            ++compared;
        }
    }
    QCOMPARE(compared, inBlocks);
}

void tst_RawLineBlocks::rowsFromBeforeTheStepKeepTheirText() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    qint64 deliveryId = 0;
    QString line;
    {
        TestStore store(path);
        QVERIFY(store.import({demoFolder()}).fatalError.isEmpty());
        const QSqlDatabase db = store.database().connection();
        deliveryId = scalar(db, QStringLiteral("SELECT MIN(delivery_id) FROM attempts"));
        line = store.queries().attempts(deliveryId).value(0).raw;
        QVERIFY(!line.isEmpty());
        // As a store of step 8 wrote it: the text in the row, no blocks.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE attempts SET raw = ? WHERE delivery_id = ?"));
        q.addBindValue(line);
        q.addBindValue(deliveryId);
        QVERIFY(q.exec());
        QVERIFY(dropRawLineBlocks(db));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=8")));
    }
    TestStore migrated(path);
    QCOMPARE(migrated.database().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(migrated.queries().attempts(deliveryId).value(0).raw, line);
    // Lines of the old rows not copied inline are gone with the dropped blocks, by design of
    // this test only; a real step-8 store has every line inline.
    QCOMPARE(
        scalar(migrated.database().connection(), QStringLiteral("SELECT COUNT(*) FROM raw_blocks")),
        0);
}

void tst_RawLineBlocks::damagedBlockCostsOnlyItsLines() {
    QTemporaryDir dir;
    TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store.import({demoFolder()}).fatalError.isEmpty());
    const QSqlDatabase db = store.database().connection();
    const qint64 deliveryId = scalar(db, QStringLiteral("SELECT MIN(delivery_id) FROM attempts "
                                                        "WHERE raw_block IS NOT NULL"));
    const QList<AttemptRow> before = store.queries().attempts(deliveryId);
    QVERIFY(!before.isEmpty());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE raw_blocks SET lines = ? WHERE id IN (SELECT raw_block "
                             "FROM attempts WHERE delivery_id = ?)"));
    q.addBindValue(QByteArray(100, 'Z'));
    q.addBindValue(deliveryId);
    QVERIFY(q.exec());
    const qint64 blocks = scalar(
        db, QStringLiteral("SELECT COUNT(DISTINCT raw_block) FROM attempts WHERE delivery_id = %1")
                .arg(deliveryId));
    for (qint64 i = 0; i < blocks; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
    const QList<AttemptRow> after = store.queries().attempts(deliveryId);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QVERIFY(after[i].raw.isEmpty());
        QCOMPARE(after[i].reply, before[i].reply);
        QCOMPARE(after[i].lineNo, before[i].lineNo);
        QCOMPARE(after[i].at, before[i].at);
    }
}

void tst_RawLineBlocks::removingACampaignRemovesItsBlocks() {
    QTemporaryDir dir;
    TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store.import({demoFolder()}, QStringLiteral("one")).fatalError.isEmpty());
    QVERIFY(store.import({demoFolder()}, QStringLiteral("two")).fatalError.isEmpty());
    const QSqlDatabase db = store.database().connection();
    const qint64 all = scalar(db, QStringLiteral("SELECT COUNT(*) FROM raw_blocks"));
    const CampaignInfo one = store.campaign(QStringLiteral("one"));
    const qint64 ofOne = scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM raw_blocks WHERE campaign_id = %1").arg(one.id));
    QVERIFY(ofOne > 0 && ofOne < all);
    ReportQueries queries = store.queries();
    QVERIFY(queries.removeCampaign(one.id, [](qint64, qint64) { return true; }));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM raw_blocks")), all - ofOne);
    // The other campaign's lines still read.
    const qint64 deliveryId = scalar(db, QStringLiteral("SELECT MIN(delivery_id) FROM attempts "
                                                        "WHERE raw_block IS NOT NULL"));
    QVERIFY(!queries.attempts(deliveryId).value(0).raw.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RawLineBlocks)
#include "tst_RawLineBlocks.moc"
