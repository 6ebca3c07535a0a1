// Campaign folders built to stall, trick or mislead the import (issue 11): FIFOs and
// devices behind symlinks, links out of the folder, names that are not UTF-8, empty and
// unusable folders, thousands of files, a store locked by another writer, a store opened
// only to read.
#include "LogBuilder.h"
#include "TestStore.h"

#include "import/KnownSourceFiles.h"
#include "store/sqlite/ImportWriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>

using namespace deliverboard;

namespace {
const QString kSender = QStringLiteral("news@example.org");

QByteArray smallLog(int first, int count) {
    LogBuilder log;
    for (int i = first; i < first + count; ++i) {
        const QString qid = QStringLiteral("D%1").arg(i, 9, 10, QLatin1Char('0'));
        log.queued(qid, kSender);
        log.sent(qid, QStringLiteral("user%1@example.net").arg(i));
        log.removed(qid);
        log.advanceMinutes(1);
    }
    return log.text();
}

qint64 count(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const ImportProblem* problemFor(const ImportSummary& summary, const QString& fileName) {
    for (const ImportProblem& p : summary.problems)
        if (p.path.endsWith(QLatin1Char('/') + fileName))
            return &p;
    return nullptr;
}

// Journal mode stored in the file header (byte 18: 1 rollback journal, 2 WAL).
int headerJournalByte(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray head = file.read(20);
    return head.size() == 20 ? head.at(18) : -1;
}

// Another process's writer: holds the store's write lock from construction until release().
class WriteLockHolder {
public:
    explicit WriteLockHolder(const QString& path) {
        m_ok = sqlite3_open(QFile::encodeName(path).constData(), &m_db) == SQLITE_OK &&
               sqlite3_exec(m_db, "BEGIN IMMEDIATE; CREATE TABLE holder(x)", nullptr, nullptr,
                            nullptr) == SQLITE_OK;
    }
    ~WriteLockHolder() {
        release();
        sqlite3_close(m_db);
    }
    bool holds() const { return m_ok; }
    void release() {
        if (std::exchange(m_ok, false))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }

private:
    sqlite3* m_db = nullptr;
    bool m_ok = false;
};
} // namespace

class TestHostileFolder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Issue 11.5: a FIFO, a symlink to a FIFO, to /dev/stdin and to /etc/passwd: none is
    // opened (a FIFO would block forever), each is a problem naming the file, the log
    // beside them is imported. A symlink to a log inside the folder is read.
    void onlyRegularFilesInsideTheFolderAreRead() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), smallLog(0, 3)));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/logs/real.log"), smallLog(10, 2)));
        const QByteArray f = QFile::encodeName(folder);
        QCOMPARE(::mkfifo(f + "/pipe.log", 0600), 0);
        QCOMPARE(::symlink("pipe.log", f + "/link-to-pipe.log"), 0);
        QCOMPARE(::symlink("/dev/stdin", f + "/stdin.log"), 0);
        QCOMPARE(::symlink("/etc/passwd", f + "/passwd.log"), 0);
        QCOMPARE(::symlink("logs/real.log", f + "/inside.log"), 0);
        QCOMPARE(::symlink("/nonexistent/x", f + "/dangling.log"), 0);

        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        QVERIFY(summary.fatalError.isEmpty());
        const ImportProblem* pipe = problemFor(summary, QStringLiteral("pipe.log"));
        QVERIFY(pipe);
        QVERIFY2(pipe->message.contains(QLatin1String("FIFO")), qPrintable(pipe->message));
        const ImportProblem* linkToPipe = problemFor(summary, QStringLiteral("link-to-pipe.log"));
        QVERIFY(linkToPipe);
        QVERIFY2(linkToPipe->message.contains(QLatin1String("not a regular file")),
                 qPrintable(linkToPipe->message));
        for (const char* outside : {"stdin.log", "passwd.log"}) {
            const ImportProblem* p = problemFor(summary, QLatin1String(outside));
            QVERIFY2(p, outside);
            QVERIFY2(p->message.contains(QLatin1String("out of the campaign folder")),
                     qPrintable(p->message));
        }
        QVERIFY(problemFor(summary, QStringLiteral("dangling.log")));
        QVERIFY(!problemFor(summary, QStringLiteral("inside.log")));
        // maillog, logs/real.log and inside.log (the same content: recognised, not doubled).
        QCOMPARE(store.report(QStringLiteral("c")).totals.sent, qint64(5));
    }

    // A FIFO named directly on the command line is refused the same way.
    void fifoNamedDirectlyIsRefused() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("maillog"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(LogBuilder::writeFile(dir.filePath(QStringLiteral("other.log")), smallLog(0, 1)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary =
            store.import({fifo, dir.filePath(QStringLiteral("other.log"))});
        const ImportProblem* p = problemFor(summary, QStringLiteral("maillog"));
        QVERIFY(p);
        QVERIFY2(p->message.contains(QLatin1String("FIFO")), qPrintable(p->message));
    }

    // Issue 11.6: a name that is not UTF-8 (a zip made on Windows) is a problem that names
    // it (bytes shown as \xNN), not a file that silently vanishes.
    void nonUtf8NameIsReported() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), smallLog(0, 1)));
        const QByteArray raw = QFile::encodeName(folder) + "/mail\xe9-2026.log";
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT, 0600);
        QVERIFY(fd >= 0);
        const QByteArray log = smallLog(5, 1);
        QCOMPARE(::write(fd, log.constData(), static_cast<size_t>(log.size())),
                 static_cast<ssize_t>(log.size()));
        ::close(fd);
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        const ImportProblem* p = problemFor(summary, QStringLiteral("mail\\xe9-2026.log"));
        QVERIFY(p);
        QVERIFY2(p->message.contains(QLatin1String("UTF-8")), qPrintable(p->message));
        QCOMPARE(summary.problemCount, qint64(1));
        ::unlink(raw.constData()); // QTemporaryDir cannot remove a name it cannot decode
    }

    // Issue 11.7: an empty folder, or one with nothing a campaign is made of: a problem
    // says so and no empty campaign is left in the store.
    void emptyAndUnusableFoldersLeaveNoCampaign() {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const QString notes = dir.filePath(QStringLiteral("notes"));
        QVERIFY(LogBuilder::writeFile(notes + QStringLiteral("/README.txt"), "just notes\n"));
        QVERIFY(LogBuilder::writeFile(notes + QStringLiteral("/campaign.json"),
                                      LogBuilder::campaignJson(kSender)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        for (const QString& folder : {empty, notes}) {
            const ImportSummary summary = store.import({folder});
            QVERIFY(summary.campaigns.isEmpty());
            QCOMPARE(summary.filesRead, 0);
            QVERIFY(!summary.problems.isEmpty());
            QCOMPARE(summary.problems.last().path, folder);
            QVERIFY2(summary.problems.last().message.contains(QLatin1String("nothing to import")),
                     qPrintable(summary.problems.last().message));
        }
        QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM campaigns")),
                 qint64(0));
    }

    // Readers name their file in their messages; the problem names it once.
    void problemsNameTheFileOnce() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), smallLog(0, 1)));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/recipients.csv"),
                                      "email\nnot-an-address\n"));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        const ImportSummary summary = store.import({folder});
        const ImportProblem* p = problemFor(summary, QStringLiteral("recipients.csv"));
        QVERIFY(p);
        QVERIFY2(!p->message.contains(QLatin1String("recipients.csv")), qPrintable(p->message));
        QVERIFY2(p->message.startsWith(QLatin1String("line 2:")), qPrintable(p->message));
    }

    // Issue 11.3: known files are loaded once per import and found by hash: matching a
    // head costs one SHA-1 per distinct fingerprint length, not one per known file.
    void knownFilesAreFoundByHash() {
        const auto headOf = [](int i) {
            return (QByteArray("<") + QByteArray::number(i) + ">").repeated(2000).left(4096);
        };
        KnownSourceFiles known;
        QList<SourceFileRecord> records;
        for (int i = 0; i < 20000; ++i) {
            SourceFileRecord r;
            r.id = i + 1;
            r.kind = i % 2 ? QStringLiteral("mail") : QStringLiteral("syslog");
            const QByteArray head = headOf(i);
            r.fingerprintLength = static_cast<int>(head.size());
            r.fingerprint = KnownSourceFiles::fingerprintOf(head);
            records.append(r);
        }
        known.load(records);
        QCOMPARE(known.distinctLengths(), qsizetype(1));
        const QByteArray wanted = headOf(12345);
        // Logs match any record (as before: a log may have been read as mail); mail only mail.
        QCOMPARE(known.bestLogMatch(wanted + "more").id, qint64(12346));
        QCOMPARE(known.mailMatch(wanted + "more").id, qint64(12346));
        QCOMPARE(known.mailMatch(headOf(4242)).id, qint64(0));
        QCOMPARE(known.bestLogMatch(headOf(4242)).id, qint64(4243));
        QCOMPARE(known.bestLogMatch("unknown head").id, qint64(0));
        // A record saved later replaces its old fingerprint.
        SourceFileRecord moved = records[4242];
        moved.fingerprintLength = 3;
        moved.fingerprint = KnownSourceFiles::fingerprintOf("abc");
        known.update(moved);
        QCOMPARE(known.bestLogMatch("abcdef").id, qint64(4243));
        QCOMPARE(known.bestLogMatch(headOf(4242)).id, qint64(0));
        QCOMPARE(known.distinctLengths(), qsizetype(2));
    }

    // Many files in one folder import once, and a second import finds every one unchanged.
    void manyFilesImportOnceAndStayUnchanged() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        constexpr int kFiles = 400;
        for (int i = 0; i < kFiles; ++i)
            QVERIFY(LogBuilder::writeFile(
                folder + QStringLiteral("/mail-%1.log").arg(i, 4, 10, QLatin1Char('0')),
                smallLog(i, 1)));
        TestStore store(dir.filePath(QStringLiteral("s.sqlite")));
        ImportSummary first = store.import({folder});
        QCOMPARE(first.filesRead, kFiles);
        ImportSummary second = store.import({folder});
        QCOMPARE(second.filesUnchanged, kFiles);
        QCOMPARE(second.filesRead, 0);
        QCOMPARE(store.report(QStringLiteral("c")).totals.sent, qint64(kFiles));
    }

    // Issue 11.8: a second writer waits for the first (BEGIN IMMEDIATE + busy timeout)
    // instead of failing at once with "database is locked".
    void secondWriterWaitsItsTurn() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        const QString folder = dir.filePath(QStringLiteral("c"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), smallLog(0, 5)));
        TestStore store(path);
        WriteLockHolder other(path);
        QVERIFY(other.holds());
        std::thread release([&other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            other.release();
        });
        const ImportSummary summary = store.import({folder});
        release.join();
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(store.report(QStringLiteral("c")).totals.sent, qint64(5));
    }

    // Issue 11.7: a writer that never gets the lock (another holds it past the busy timeout)
    // ends the import with an error naming the store, not silently, and writes nothing.
    void writerThatNeverGetsTheLockFailsWithAnError() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        const QString folder = dir.filePath(QStringLiteral("c"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), smallLog(0, 5)));
        TestStore store(path);
        WriteLockHolder other(path);
        QVERIFY(other.holds());
        const ImportSummary summary = store.import({folder}); // waits out the busy timeout
        other.release();
        QVERIFY(!summary.cancelled);
        QVERIFY2(summary.fatalError.contains(QStringLiteral("locked")),
                 qPrintable(summary.fatalError));
        QSqlQuery campaigns(store.database().connection());
        QVERIFY(campaigns.exec(QStringLiteral("SELECT COUNT(*) FROM deliveries")));
        QVERIFY(campaigns.next());
        QCOMPARE(campaigns.value(0).toLongLong(), qint64(0));
    }

    // Issue 11.8: opening to read writes nothing (no switch to WAL), so a store that only
    // allows reading can be reported on.
    void readOnlyOpenWritesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        const QString folder = dir.filePath(QStringLiteral("c"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), smallLog(0, 2)));
        {
            TestStore store(path);
            store.import({folder});
            QSqlQuery q(store.database().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        QCOMPARE(headerJournalByte(path), 1);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        {
            Database db;
            QVERIFY2(db.open(path, Database::Mode::ReadOnly), qPrintable(db.errorString()));
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM deliveries")), qint64(2));
            QSqlQuery write(db.connection());
            QVERIFY(!write.exec(QStringLiteral("DELETE FROM deliveries"))); // really read-only
        }
        QCOMPARE(headerJournalByte(path), 1); // still a rollback journal: nothing written
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // The same in a folder that cannot be written, for a WAL store (needs a non-root user:
    // root may write anywhere).
    void walStoreInReadOnlyFolderCanBeRead() {
        if (::geteuid() == 0)
            QSKIP("root ignores folder permissions");
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(sub));
        const QString path = sub + QStringLiteral("/s.sqlite");
        const QString folder = dir.filePath(QStringLiteral("c"));
        QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), smallLog(0, 2)));
        {
            TestStore store(path);
            store.import({folder});
        }
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        Database db;
        const bool opened = db.open(path, Database::Mode::ReadOnly);
        const qint64 rows =
            opened ? count(db, QStringLiteral("SELECT COUNT(*) FROM deliveries")) : -1;
        db.close();
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        QVERIFY2(opened, qPrintable(db.errorString()));
        QCOMPARE(rows, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestHostileFolder)
#include "tst_HostileFolder.moc"
