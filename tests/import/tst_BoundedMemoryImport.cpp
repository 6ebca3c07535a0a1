// The import keeps only the open queue entries used last in memory and reads the others
// back from the store (QueueCorrelator). Whatever the limits, a generated campaign gives
// the same report and the same messages, attempt by attempt, as with the default limits:
// read in one go, and grown in two imports (the second starting from parked entries only).
// A log grown over two imports also gives what one import of everything gives: among the
// generated recipients is one whose bounce after acceptance came back while the first half
// of the log still had it deferred.
#include "TestStore.h"
#include "cli/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;
using namespace Qt::StringLiterals;

namespace {
// Small enough that every batch parks entries and most lines read one back.
ImportLimits tightLimits() {
    ImportLimits limits;
    limits.batchLines = 400;
    limits.openMessagesInMemory = 3;
    return limits;
}

bool copyFolder(const QString& from, const QString& to) {
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QFileInfo& info :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + info.fileName();
        if (info.isDir() ? !copyFolder(info.filePath(), target)
                         : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

// The first `share` of the file's lines (cut at a line end), written over the file.
bool keepFirstLines(const QString& path, double share) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray all = file.readAll();
    file.close();
    const qsizetype cut = all.indexOf('\n', static_cast<qsizetype>(all.size() * share));
    if (cut < 0 || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(all.left(cut + 1)) == cut + 1;
}

// What a user sees of the store: the report and every message with its attempts.
QByteArray everythingShown(const QString& db) {
    const CliRun report = runCli({u"report"_s, u"--db"_s, db, u"--json"_s});
    const CliRun messages = runCli({u"messages"_s, u"--db"_s, db, u"--json"_s, u"--attempts"_s});
    if (report.exitCode != 0 || messages.exitCode != 0)
        return "failed: " + report.err + messages.err;
    return report.out + messages.out;
}
} // namespace

class TestBoundedMemoryImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(u"generated"_s);
        const CliRun generated =
            runBinary(u"deliverboard-demogen"_s,
                      {u"--out"_s, m_folder, u"--recipients"_s, u"2000"_s, u"--seed"_s, u"4242"_s});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());

        const QString db = m_dir.filePath(u"default.sqlite"_s);
        TestStore store(db);
        const ImportSummary summary = store.import({m_folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.messagesReadBack, 0); // a small campaign stays in memory
        m_expected = everythingShown(db);
        QVERIFY(m_expected.size() > 100000);
        QVERIFY(!m_expected.startsWith("failed"));
    }

    void tightLimitsShowTheSame() {
        const QString db = m_dir.filePath(u"tight.sqlite"_s);
        {
            TestStore store(db);
            const ImportSummary summary = store.import({m_folder}, {}, tightLimits());
            QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
            QVERIFY2(summary.messagesReadBack > 100,
                     qPrintable(QString::number(summary.messagesReadBack)));
        }
        QCOMPARE(everythingShown(db), m_expected);
    }

    // The same log imported in two steps, with the default and with tight limits: the
    // second step starts with every open entry parked and reads back those it continues.
    void grownLogContinuesFromParkedEntries() {
        const QString folder = m_dir.filePath(u"grown"_s);
        QVERIFY(copyFolder(m_folder, folder));
        const QString log = folder + u"/maillog"_s;
        const QString fullLog = m_folder + u"/maillog"_s; // outside the folder imported
        QByteArray shown[2];
        for (int tight = 0; tight < 2; ++tight) {
            QVERIFY(QFile::remove(log) && QFile::copy(fullLog, log));
            QVERIFY(keepFirstLines(log, 0.5));
            const QString db = m_dir.filePath(u"grown-%1.sqlite"_s.arg(tight));
            {
                const ImportLimits limits = tight ? tightLimits() : ImportLimits();
                TestStore store(db);
                ImportSummary summary = store.import({folder}, {}, limits);
                QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));

                QVERIFY(QFile::remove(log) && QFile::copy(fullLog, log));
                summary = store.import({folder}, {}, limits);
                QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
                QCOMPARE(summary.filesRead, 1); // only the grown log
                QVERIFY2(summary.messagesReadBack > 10,
                         qPrintable(QString::number(summary.messagesReadBack)));
            }
            shown[tight] = everythingShown(db);
        }
        QVERIFY(!shown[0].startsWith("failed"));
        QCOMPARE(shown[1], shown[0]);
        // Only the file paths tell the two folders apart.
        shown[0].replace(folder.toUtf8() + '/', m_folder.toUtf8() + '/');
        QCOMPARE(shown[0], m_expected);
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QByteArray m_expected;
};

QTEST_GUILESS_MAIN(TestBoundedMemoryImport)
#include "tst_BoundedMemoryImport.moc"
