// deliverboard-cli against hostile input (issue 11): terminal escapes from logs, an empty
// folder, a store that cannot be opened, formula cells in an export, a big mbox.
#include "CliRunner.h"
#include "CsvSafety.h"
#include "LogBuilder.h"

#include "util/CsvReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kSender = QStringLiteral("news@example.org");

// Raw control bytes a terminal would act on: C0 (except LF and TAB), DEL, C1 (UTF-8 C2 80..9F).
bool hasTerminalControls(const QByteArray& bytes) {
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f)
            return true;
        if (b == 0xc2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(bytes[i + 1]) <= 0x9f)
            return true;
    }
    return false;
}

const QString kHostileReply =
    QStringLiteral("550 5.1.1 \x1b]0;pwned\x07\x1b[2J\x1b[31muser unknown\xc2\x9b"
                   "6n;=cmd|'/C calc'!A0");

QString hostileCampaign(const QString& root) {
    const QString folder = root + QStringLiteral("/c");
    LogBuilder log;
    log.queued(QStringLiteral("E00000001"), kSender);
    log.said(QStringLiteral("E00000001"), QStringLiteral("jane@example.net"),
             QStringLiteral("bounced"), QStringLiteral("5.1.1"),
             QString(kHostileReply).replace(QStringLiteral("\xc2\x9b"), QString(QChar(0x9b))));
    log.removed(QStringLiteral("E00000001"));
    log.queued(QStringLiteral("E00000002"), kSender);
    log.said(QStringLiteral("E00000002"), QStringLiteral("-info@example.net"),
             QStringLiteral("bounced"), QStringLiteral("5.1.1"),
             QStringLiteral("550 5.1.1 unknown"));
    log.removed(QStringLiteral("E00000002"));
    LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text());
    // A file named with an escape sequence, not a log: its problem line names it.
    LogBuilder::writeFile(folder + QStringLiteral("/mail\x1b[31mred.log"), "junk\n");
    return folder;
}
} // namespace

class TestHostileCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Issue 11.9: no control sequence from a log reaches the terminal; --json stays valid
    // and means the same.
    void terminalEscapesAreShownNotRun() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString folder = hostileCampaign(dir.path());
        const CliRun import =
            runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), db});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(!hasTerminalControls(import.err), import.err.constData());
        QVERIFY2(import.err.contains("mail\\u001b[31mred.log"), import.err.constData());
        for (const QStringList& args :
             {QStringList{QStringLiteral("messages"), QStringLiteral("--db"), db},
              QStringList{QStringLiteral("report"), QStringLiteral("--db"), db},
              QStringList{QStringLiteral("campaigns"), QStringLiteral("--db"), db},
              QStringList{QStringLiteral("explain"), kHostileReply}}) {
            const CliRun run = runCli(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!hasTerminalControls(run.out), run.out.constData());
            QVERIFY2(!hasTerminalControls(run.err), run.err.constData());
        }
        // parse-bounce prints the diagnostic: shown with the escapes visible.
        const QString eml = dir.filePath(QStringLiteral("b.eml"));
        LogBuilder::writeFile(eml, "From: MAILER-DAEMON@mx.example.net\nTo: news@example.org\n"
                                   "Subject: Undelivered Mail Returned to Sender\n\n"
                                   "The following address failed:\n\n  bob@example.net\n"
                                   "    550 5.1.1 \x1b]0;pwned\x07 User unknown\n");
        const CliRun bounce = runCli({QStringLiteral("parse-bounce"), eml});
        QCOMPARE(bounce.exitCode, 0);
        QVERIFY(!hasTerminalControls(bounce.out));
        QVERIFY2(bounce.out.contains("\\u001b]0;pwned\\u0007"), bounce.out.constData());
        const CliRun json = runCli(
            {QStringLiteral("messages"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY(!hasTerminalControls(json.out));
        const QJsonArray rows = json.json().array();
        QCOMPARE(rows.size(), qsizetype(2));
        bool found = false;
        for (const QJsonValue& row : rows)
            found = found || row.toObject()
                                 .value(QStringLiteral("last_reply"))
                                 .toString()
                                 .contains(QStringLiteral("\x1b]0;pwned\x07"));
        QVERIFY2(found, "the JSON keeps the reply text exactly");
    }

    // Issue 11.4: the export has no live cell in any reading, keeps -info@ intact.
    void exportHasNoLiveCell() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(runCli({QStringLiteral("import"), hostileCampaign(dir.path()),
                         QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        const QString csv = dir.filePath(QStringLiteral("b.csv"));
        const CliRun run = runCli({QStringLiteral("export-bounces"), QStringLiteral("--db"), db,
                                   QStringLiteral("-o"), csv});
        QCOMPARE(run.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        deliverboard::CsvReader reader(&file);
        QStringList fields;
        QStringList emails;
        bool sawReply = false;
        while (reader.readRecord(fields)) {
            for (const QString& cell : std::as_const(fields))
                QVERIFY2(!csvsafety::isLive(deliverboard::CsvWriter::escapeField(
                             deliverboard::CsvWriter::restoreField(cell))),
                         qPrintable(cell));
            emails.append(fields.value(0));
            sawReply = sawReply || deliverboard::CsvWriter::restoreField(fields.last())
                                       .contains(QStringLiteral(";=cmd|"));
        }
        QVERIFY(sawReply);
        QVERIFY2(emails.contains(QStringLiteral("-info@example.net")),
                 qPrintable(emails.join(QLatin1Char(' '))));
        file.seek(0);
        const QByteArray raw = file.readAll();
        QVERIFY2(!raw.contains(";=") && !raw.contains(";\"="), raw.constData());
    }

    // Issue 11.7: an empty folder exits 2 with a message naming it, and leaves no campaign.
    void emptyFolderIsBadInputWithAMessage() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString empty = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const CliRun run = runCli({QStringLiteral("import"), empty, QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QFile::encodeName(empty) + ": nothing to import"),
                 run.err.constData());
        QCOMPARE(run.err.count(QFile::encodeName(empty)), 1);
        const CliRun campaigns = runCli(
            {QStringLiteral("campaigns"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(campaigns.exitCode, 0);
        QCOMPARE(campaigns.json().array().size(), qsizetype(0));
    }

    // Issue 11.7: "cannot open the store" comes without Qt's "removeDatabase ... still in use".
    void unopenableStoreHasOneCleanMessage() {
        QTemporaryDir dir;
        const QString notAStore = dir.filePath(QStringLiteral("notes.txt"));
        LogBuilder::writeFile(notAStore, QByteArray(8192, 'x'));
        for (const QString& command : {QStringLiteral("import"), QStringLiteral("report")}) {
            QStringList args{command, QStringLiteral("--db"), notAStore};
            if (command == QLatin1String("import"))
                args.append(dir.path());
            const CliRun run = runCli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("cannot open the store"), run.err.constData());
            QVERIFY2(!run.err.contains("removeDatabase"), run.err.constData());
            QCOMPARE(run.err.count('\n'), 1);
        }
    }

    // Issue 11.11: parse-bounce on a big mbox keeps one message in memory at a time and
    // reports a message cut at the cap on stderr.
    void parseBounceStreamsABigMbox() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.mbox"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray message =
            "From MAILER-DAEMON Sat Mar 14 10:00:00 2026\n"
            "From: MAILER-DAEMON@mx.example.net\nTo: news@example.org\n"
            "Subject: Undelivered Mail Returned to Sender\n\n"
            "The following address failed:\n\n  bob@example.net\n    550 5.1.1 User unknown\n\n" +
            QByteArray(20000, 'z') + "\n\n";
        for (int i = 0; i < 1500; ++i) // 30 MB
            file.write(message);
        file.write("From MAILER-DAEMON Sat Mar 14 10:00:00 2026\nSubject: huge\n\n");
        for (int i = 0; i < 17 * 1024; ++i)
            file.write(QByteArray(1023, 'h') + '\n');
        file.close();
        const CliRun run = runCli({QStringLiteral("parse-bounce"), path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), qsizetype(1501));
        QVERIFY2(run.err.contains("message 1501 is larger than 16 MB"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_HostileCli.moc"
