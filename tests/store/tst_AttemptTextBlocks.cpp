// Schema step 10 keeps the texts of attempts (raw log line, relay, reply, verdict) in
// compressed blocks (TextBlock, AttemptTexts) instead of columns of each row. Nothing the
// message detail shows may change: every attempt's raw line is still the line of its file,
// byte for byte, and its other texts are those the columns held; rows written before the
// step keep their columns; a damaged block costs its texts and nothing else; a campaign's
// blocks go with it.
#include "StoreDowngrade.h"
#include "TestPaths.h"
#include "TestStore.h"

#include "import/LogFileReader.h"
#include "store/AttemptTexts.h"
#include "store/sqlite/ImportWriter.h"
#include "store/TextBlock.h"

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

class tst_AttemptTextBlocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blockRoundTripsTextsByteForByte();
    void damagedBlobsAreRefusedNotRead();
    void everyAttemptShowsItsLogLine();
    void blockAndColumnsGiveTheSameDetail();
    void rowsFromBeforeTheStepKeepTheirTexts();
    void damagedBlockCostsOnlyItsTexts();
    void removingACampaignRemovesItsBlocks();
};

void tst_AttemptTextBlocks::blockRoundTripsTextsByteForByte() {
    TextBlock block;
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
    const auto unpacked = TextBlock::decompress(blob, block.packedSize());
    QVERIFY(unpacked);
    QCOMPARE(unpacked->count(), lines.size());
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(unpacked->text(i).toByteArray(), lines[i]);

    TextBlock counted;
    for (int i = 0; i < TextBlock::kMaxTexts - 1; ++i)
        counted.add(QByteArrayLiteral("line"));
    QVERIFY(!counted.isFull());
    counted.add(QByteArrayLiteral("line"));
    QVERIFY(counted.isFull());
}

void tst_AttemptTextBlocks::damagedBlobsAreRefusedNotRead() {
    TextBlock block;
    for (int i = 0; i < 40; ++i)
        block.add(QByteArray::number(i).repeated(30));
    const QByteArray blob = block.compress();
    const qsizetype size = block.packedSize();
    QVERIFY(TextBlock::decompress(blob, size));
    QVERIFY(!TextBlock::decompress(blob, size - 1));
    QVERIFY(!TextBlock::decompress(blob, size + 1));
    QVERIFY(!TextBlock::decompress(blob, -1));
    QVERIFY(!TextBlock::decompress(blob, TextBlock::kMaxUnpackedBytes + 1));
    QVERIFY(!TextBlock::decompress(blob.left(blob.size() / 2), size));
    QVERIFY(!TextBlock::decompress({}, size));
    // A valid zlib stream whose lengths run past its end.
    TextBlock liar;
    liar.add(QByteArrayLiteral("abc"));
    QByteArray packed = QByteArrayLiteral("\x7f") + QByteArrayLiteral("abc");
    QByteArray lying = qCompress(packed).mid(4); // qCompress: 4-byte size, then zlib
    QVERIFY(!TextBlock::decompress(lying, packed.size()));
    // Random bytes of every length, with random claimed sizes: refused or read in bounds.
    QRandomGenerator random(19);
    for (int i = 0; i < 2000; ++i) {
        QByteArray noise(random.bounded(1, 300), Qt::Uninitialized);
        for (char& c : noise)
            c = char(random.bounded(256));
        if (random.bounded(2))
            noise.replace(0, qMin<qsizetype>(noise.size(), blob.size() / 2),
                          blob.left(blob.size() / 2));
        TextBlock::decompress(noise, random.bounded(0, 5000));
    }
}

void tst_AttemptTextBlocks::everyAttemptShowsItsLogLine() {
    QTemporaryDir dir;
    TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store.import({demoFolder()}).fatalError.isEmpty());
    const QSqlDatabase db = store.database().connection();
    const auto files = demoLogLines();

    // Every log attempt's texts are in a block, none in the row.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM attempts WHERE source_file_id IS "
                                       "NOT NULL AND (raw IS NOT NULL OR reply IS NOT NULL OR "
                                       "class IS NOT NULL OR relay_host IS NOT NULL "
                                       "OR text_block IS NULL)")),
             0);
    const qint64 inBlocks =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM attempts WHERE text_block IS NOT NULL"));
    QVERIFY(inBlocks > 3000);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM text_blocks")) >=
            inBlocks * attempttexts::kCount / TextBlock::kMaxTexts);

    // Through the message detail's own query: each raw line is its file's line.
    ReportQueries queries = store.queries();
    QSqlQuery deliveries(db);
    QVERIFY(deliveries.exec(QStringLiteral("SELECT id FROM deliveries ORDER BY id")));
    int compared = 0;
    int withReply = 0;
    while (deliveries.next()) {
        for (const AttemptRow& a : queries.attempts(deliveries.value(0).toLongLong())) {
            if (a.sourcePath.isEmpty())
                continue; // returned mail's own attempt: named by its file, kept in the row
            const QString name = QFileInfo(a.sourcePath).fileName();
            QVERIFY2(files.value(name).contains(a.lineNo), qPrintable(name));
            QCOMPARE(a.raw, QString::fromUtf8(files.value(name).value(a.lineNo)));
            QVERIFY(!a.cls.isEmpty());
            withReply += a.reply.isEmpty() ? 0 : 1;
            ++compared;
        }
    }
    QCOMPARE(compared, inBlocks);
    QVERIFY(withReply > compared / 2);
}

namespace {
// An attempt with every text set, some empty and some not ASCII nor valid UTF-8.
AttemptRecord everyText(qint64 deliveryId, qint64 campaignId) {
    AttemptRecord a;
    a.deliveryId = deliveryId;
    a.campaignId = campaignId;
    a.at = 1893456000000; // after every demo attempt: the last of its delivery
    a.status = QStringLiteral("bounced");
    a.network = true;
    a.relayHost = QStringLiteral("mx.exämple.net");
    a.relayIp = QStringLiteral("192.0.2.7");
    a.relayPort = 25;
    a.code = QStringLiteral("550");
    a.enhanced = QStringLiteral("5.1.1");
    a.dsn = QStringLiteral("5.1.1");
    a.reply = QStringLiteral("<a@b.c>: Empfänger unbekannt");
    a.stage = QStringLiteral("rcpt");
    a.cls = QStringLiteral("hard");
    a.reason = QStringLiteral("userunknown");
    a.isp = QString(); // empty stays empty
    a.blame = QStringLiteral("recipient");
    a.rule = QStringLiteral("wording:user-unknown");
    a.lineNo = 7;
    a.raw = QByteArray("Mar 14 09:00:00 mx postfix/smtp[1]: \xff broken UTF-8");
    return a;
}

void compareTexts(const AttemptRow& a, const AttemptRow& b) {
    QCOMPARE(a.at, b.at);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.network, b.network);
    QCOMPARE(a.relayHost, b.relayHost);
    QCOMPARE(a.relayIp, b.relayIp);
    QCOMPARE(a.relayPort, b.relayPort);
    QCOMPARE(a.code, b.code);
    QCOMPARE(a.enhanced, b.enhanced);
    QCOMPARE(a.dsn, b.dsn);
    QCOMPARE(a.reply, b.reply);
    QCOMPARE(a.stage, b.stage);
    QCOMPARE(a.cls, b.cls);
    QCOMPARE(a.reason, b.reason);
    QCOMPARE(a.isp, b.isp);
    QCOMPARE(a.blame, b.blame);
    QCOMPARE(a.rule, b.rule);
    QCOMPARE(a.raw, b.raw);
    QCOMPARE(a.lineNo, b.lineNo);
}

// Adds `attempt` through the importer's writer, in a transaction of its own.
void write(Database& db, const AttemptRecord& attempt) {
    ImportWriter writer(db.connection());
    QVERIFY(writer.begin());
    QVERIFY2(writer.insertAttempt(attempt), qPrintable(writer.errorString()));
    QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
}
} // namespace

void tst_AttemptTextBlocks::blockAndColumnsGiveTheSameDetail() {
    QTemporaryDir dir;
    TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store.import({demoFolder()}).fatalError.isEmpty());
    const QSqlDatabase db = store.database().connection();
    const qint64 campaignId = store.campaign(store.queries().campaigns().value(0).name).id;
    const qint64 inColumns = scalar(db, QStringLiteral("SELECT MIN(id) FROM deliveries"));
    const qint64 inBlock = scalar(db, QStringLiteral("SELECT MAX(id) FROM deliveries"));
    const qint64 blocksBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM text_blocks"));
    write(store.database(), everyText(inColumns, 0)); // as rows before step 10 were written
    write(store.database(), everyText(inBlock, campaignId));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM text_blocks")), blocksBefore + 1);
    const auto last = [&store](qint64 deliveryId) {
        return store.queries().attempts(deliveryId).constLast();
    };
    const AttemptRow fromColumns = last(inColumns);
    QCOMPARE(fromColumns.reply, QStringLiteral("<a@b.c>: Empfänger unbekannt"));
    QCOMPARE(fromColumns.raw,
             QString::fromUtf8("Mar 14 09:00:00 mx postfix/smtp[1]: \xff broken UTF-8"));
    compareTexts(last(inBlock), fromColumns);
}

void tst_AttemptTextBlocks::rowsFromBeforeTheStepKeepTheirTexts() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    qint64 deliveryId = 0;
    AttemptRow before;
    {
        TestStore store(path);
        QVERIFY(store.import({demoFolder()}).fatalError.isEmpty());
        const QSqlDatabase db = store.database().connection();
        deliveryId = scalar(db, QStringLiteral("SELECT MIN(id) FROM deliveries"));
        // As a store of step 9 wrote it: the texts in the row's columns.
        write(store.database(), everyText(deliveryId, 0));
        before = store.queries().attempts(deliveryId).constLast();
        QVERIFY(dropAttemptTextBlocks(db));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=9")));
    }
    TestStore migrated(path);
    QCOMPARE(migrated.database().schemaVersion(), Database::latestSchemaVersion());
    compareTexts(migrated.queries().attempts(deliveryId).constLast(), before);
}

void tst_AttemptTextBlocks::damagedBlockCostsOnlyItsTexts() {
    QTemporaryDir dir;
    TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store.import({demoFolder()}).fatalError.isEmpty());
    const QSqlDatabase db = store.database().connection();
    const qint64 deliveryId = scalar(db, QStringLiteral("SELECT MIN(delivery_id) FROM attempts "
                                                        "WHERE text_block IS NOT NULL"));
    const QList<AttemptRow> before = store.queries().attempts(deliveryId);
    QVERIFY(!before.isEmpty());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE text_blocks SET texts = ? WHERE id IN (SELECT text_block "
                             "FROM attempts WHERE delivery_id = ?)"));
    q.addBindValue(QByteArray(100, 'Z'));
    q.addBindValue(deliveryId);
    QVERIFY(q.exec());
    const qint64 blocks = scalar(
        db, QStringLiteral("SELECT COUNT(DISTINCT text_block) FROM attempts WHERE delivery_id = %1")
                .arg(deliveryId));
    for (qint64 i = 0; i < blocks; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
    const QList<AttemptRow> after = store.queries().attempts(deliveryId);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QVERIFY(after[i].raw.isEmpty());
        QVERIFY(after[i].reply.isEmpty());
        QCOMPARE(after[i].status, before[i].status);
        QCOMPARE(after[i].lineNo, before[i].lineNo);
        QCOMPARE(after[i].at, before[i].at);
        QCOMPARE(after[i].sourcePath, before[i].sourcePath);
    }
}

void tst_AttemptTextBlocks::removingACampaignRemovesItsBlocks() {
    QTemporaryDir dir;
    TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store.import({demoFolder()}, QStringLiteral("one")).fatalError.isEmpty());
    QVERIFY(store.import({demoFolder()}, QStringLiteral("two")).fatalError.isEmpty());
    const QSqlDatabase db = store.database().connection();
    const qint64 all = scalar(db, QStringLiteral("SELECT COUNT(*) FROM text_blocks"));
    const CampaignInfo one = store.campaign(QStringLiteral("one"));
    const qint64 ofOne = scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM text_blocks WHERE campaign_id = %1").arg(one.id));
    QVERIFY(ofOne > 0 && ofOne < all);
    ReportQueries queries = store.queries();
    QVERIFY(queries.removeCampaign(one.id, [](qint64, qint64) { return true; }));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM text_blocks")), all - ofOne);
    // The other campaign's texts still read.
    const qint64 deliveryId = scalar(db, QStringLiteral("SELECT MIN(delivery_id) FROM attempts "
                                                        "WHERE text_block IS NOT NULL"));
    QVERIFY(!queries.attempts(deliveryId).value(0).raw.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AttemptTextBlocks)
#include "tst_AttemptTextBlocks.moc"
