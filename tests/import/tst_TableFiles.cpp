// recipients.csv and events.csv are read a row at a time into the store: rows that cannot
// be used are named by line, an address listed twice keeps its first row, a file of many
// bad rows keeps the first problems and counts them all, an unusable file or a cancelled
// import leaves what the file gave before.
#include "TestStore.h"
#include "import/AudienceReader.h"
#include "import/TableProblems.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deliverboard;
using namespace Qt::StringLiterals;

namespace {
bool writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

QStringList column(Database& db, const QString& sql) {
    QStringList values;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {u"error: "_s + sql};
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QStringList messagesAbout(const ImportSummary& summary, const QString& file) {
    QStringList messages;
    for (const ImportProblem& problem : summary.problems)
        if (problem.path.endsWith(file))
            messages.append(problem.message);
    return messages;
}

// Also sets modification times apart: an unchanged table is not read again.
void touchLater(const QString& path, int seconds) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(seconds),
                             QFileDevice::FileModificationTime));
}
} // namespace

class TestTableFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badRowsAreNamedAndTheFirstRowOfAnAddressCounts() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"c"_s);
        QVERIFY(writeFile(folder + u"/recipients.csv"_s, "email,status\n"
                                                         "a@example.org,active\n"
                                                         "not-an-address%1,active\n"
                                                         ",active\n"
                                                         "B@Example.org,opt-out\n"
                                                         "c@example.org,sleeping\n"
                                                         "b@example.org,error\n"));
        QVERIFY(writeFile(folder + u"/events.csv"_s, "email,event,timestamp\n"
                                                     "a@example.org,open,2026-03-14T10:00:00Z\n"
                                                     "a@example.org,dance,2026-03-14T10:00:00Z\n"
                                                     "b@example.org,click,yesterday\n"
                                                     "nobody,open,\n"
                                                     "b@example.org,click,\n"));
        TestStore store(dir.filePath(u"s.sqlite"_s));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.audienceMembers, 2);
        QCOMPARE(summary.engagementEvents, 2);
        QCOMPARE(column(store.database(),
                        u"SELECT email || ' ' || status FROM audience ORDER BY email"_s),
                 QStringList({u"a@example.org Active"_s, u"b@example.org Opt-out"_s}));
        QCOMPARE(messagesAbout(summary, u"recipients.csv"_s),
                 QStringList(
                     {u"line 3: \"not-an-address%1\" is not an email address"_s,
                      u"line 4: no email address"_s,
                      u"line 6: unknown status \"sleeping\" (expected Active, Error or Opt-out)"_s,
                      u"line 7: b@example.org is listed twice; the first row counts"_s}));
        const QStringList events = messagesAbout(summary, u"events.csv"_s);
        QCOMPARE(events.size(), 3);
        QVERIFY2(events.value(0).startsWith(u"line 3: unknown event \"dance\""_s),
                 qPrintable(events.join(u'\n')));
        QCOMPARE(events.value(1), u"line 4: \"yesterday\" is not a time (use ISO-8601)"_s);
        QCOMPARE(events.value(2), u"line 5: \"nobody\" is not an email address"_s);
    }

    void manyBadRowsKeepTheFirstThousandAndCountTheRest() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"c"_s);
        QByteArray csv = "email\n";
        for (int i = 0; i < 2500; ++i)
            csv += "broken" + QByteArray::number(i) + "\n";
        csv += "ok@example.org\n";
        QVERIFY(writeFile(folder + u"/recipients.csv"_s, csv));
        // The reader keeps the first problems and counts them all.
        AudienceReader reader;
        QVERIFY(reader.open(folder + u"/recipients.csv"_s));
        AudienceMember member;
        QVERIFY(reader.next(member));
        QCOMPARE(member.email, u"ok@example.org"_s);
        QVERIFY(!reader.next(member));
        QCOMPARE(reader.problems().count(), qint64(2500));
        QCOMPARE(reader.problems().kept().size(), qsizetype(TableProblems::kKept));
        QCOMPARE(reader.problems().kept().first(),
                 u"recipients.csv: line 2: \"broken0\" is not an email address"_s);

        // The import counts every one and stores the first of them.
        TestStore store(dir.filePath(u"s.sqlite"_s));
        const ImportSummary summary = store.import({folder});
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.audienceMembers, 1);
        QCOMPARE(summary.problemCount, qint64(2500));
        const QStringList stored =
            column(store.database(), u"SELECT message FROM import_problems WHERE path LIKE "
                                     u"'%recipients.csv' ORDER BY id"_s);
        QVERIFY(!stored.isEmpty() && stored.size() <= TableProblems::kKept);
        QCOMPARE(stored.first(), u"line 2: \"broken0\" is not an email address"_s);
    }

    void unusableFileKeepsWhatItGaveBefore() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"c"_s);
        const QString path = folder + u"/recipients.csv"_s;
        QVERIFY(writeFile(path, "email\na@example.org\nb@example.org\n"));
        TestStore store(dir.filePath(u"s.sqlite"_s));
        QCOMPARE(store.import({folder}).audienceMembers, 2);

        QVERIFY(writeFile(path, "name\nAlice\n"));
        touchLater(path, 10);
        const ImportSummary summary = store.import({folder});
        QCOMPARE(messagesAbout(summary, u"recipients.csv"_s),
                 QStringList({u"line 1: no \"email\" column in the header"_s}));
        QCOMPARE(column(store.database(), u"SELECT COUNT(*) FROM audience"_s),
                 QStringList({u"2"_s}));
    }

    void cancelledTableLeavesWhatItGaveBefore() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"c"_s);
        const QString path = folder + u"/recipients.csv"_s;
        QVERIFY(writeFile(path, "email\na@example.org\n"));
        Database db;
        QVERIFY(db.open(dir.filePath(u"s.sqlite"_s)));
        CampaignImporter importer(db);
        QCOMPARE(importer.importPaths({folder}, {}).audienceMembers, 1);

        QByteArray csv = "email\n";
        for (int i = 0; i < 20000; ++i)
            csv += "user" + QByteArray::number(i) + "@example.org\n";
        QVERIFY(writeFile(path, csv));
        touchLater(path, 10);
        std::atomic_bool cancel{true};
        ImportOptions options;
        options.cancel = &cancel;
        const ImportSummary cancelled = importer.importPaths({folder}, options);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(column(db, u"SELECT email FROM audience"_s), QStringList({u"a@example.org"_s}));
        // The rows read before the cancel were rolled back: the summary does not count them.
        QCOMPARE(cancelled.audienceMembers, 0);

        // Not cancelled, the file is read in full (it was not marked as read).
        QCOMPARE(importer.importPaths({folder}, {}).audienceMembers, 20000);

        // The same for events.
        QByteArray events = "email,event,timestamp\n";
        for (int i = 0; i < 20000; ++i)
            events += "user" + QByteArray::number(i) + "@example.org,open,2026-03-14T10:00:00Z\n";
        QVERIFY(writeFile(folder + u"/events.csv"_s, events));
        const ImportSummary eventsCancelled = importer.importPaths({folder}, options);
        QVERIFY(eventsCancelled.cancelled);
        QCOMPARE(eventsCancelled.engagementEvents, 0);
        QCOMPARE(column(db, u"SELECT COUNT(*) FROM events"_s), QStringList({u"0"_s}));
        QCOMPARE(importer.importPaths({folder}, {}).engagementEvents, 20000);
    }
};

QTEST_GUILESS_MAIN(TestTableFiles)
#include "tst_TableFiles.moc"
