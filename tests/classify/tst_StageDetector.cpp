// The one SMTP stage detector (resources/rules/stages.json, core/classify/StageDetector):
// a table of real wordings from Postfix, Exim, PowerMTA, Exchange, returned-mail DSNs and
// quoted transcripts (tests/classify/data/stages.tsv, each row naming its source), and the
// load-time checks that make a broken stages file fail with the file and entry named.
#include "TestPaths.h"
#include "classify/StageDetector.h"

#include <QFile>
#include <QtTest>

using namespace deliverboard;
using namespace Qt::StringLiterals;

namespace {

struct StageRow {
    int line = 0;
    QString text, entry, stage, source;
};

QList<StageRow> loadStageTable() {
    QList<StageRow> rows;
    QFile file(testpaths::source(u"tests/classify/data/stages.tsv"_s));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    int lineNumber = 0;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        ++lineNumber;
        if (line.endsWith(u'\n'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        rows.append({lineNumber, cells.value(0), cells.value(1), cells.value(2), cells.value(3)});
    }
    return rows;
}

QStringList errorsOf(const QByteArray& json) {
    QStringList errors;
    StageDetector detector(u"stages-test.json"_s, json, errors);
    return errors;
}

bool anyContains(const QStringList& errors, const QString& a, const QString& b) {
    for (const QString& e : errors)
        if (e.contains(a) && e.contains(b))
            return true;
    return false;
}

const QByteArray kCommands = "\"commands\": [{\"phrase\": \"RCPT\", \"stage\": \"rcpt_to\"}]";

} // namespace

class TestStageDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInRulesLoad() {
        QStringList errors;
        StageDetector detector(errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void table_data() {
        QTest::addColumn<int>("index");
        const QList<StageRow> rows = loadStageTable();
        QVERIFY2(rows.size() >= 40, "the stage table must hold at least 40 wordings");
        for (int i = 0; i < rows.size(); ++i)
            QTest::addRow("line %d %s", rows.at(i).line, qPrintable(rows.at(i).entry)) << i;
    }

    void table() {
        QFETCH(int, index);
        const StageRow row = loadStageTable().at(index);
        QVERIFY2(!row.source.trimmed().isEmpty(), "every row names its source");
        const StageDetector& detector = StageDetector::standard();
        SmtpStage got = SmtpStage::Unknown;
        if (row.entry == u"detect"_s)
            got = detector.detect(row.text);
        else if (row.entry == u"named"_s)
            got = detector.named(row.text);
        else if (row.entry == u"command"_s)
            got = detector.ofCommand(row.text);
        else
            QFAIL(qPrintable(u"unknown entry '%1'"_s.arg(row.entry)));
        QCOMPARE(stageId(got), row.stage);
    }

    // A marker names the command, so it beats a rule that only implies a stage:
    // "refused to talk to me" implies the greeting, but the text says which command failed.
    void markerBeatsRule() {
        const QString text =
            u"host mx.example.org[192.0.2.1] refused to talk to me (in reply to RCPT TO command)"_s;
        QCOMPARE(stageId(StageDetector::standard().detect(text)), u"rcpt_to"_s);
        QCOMPARE(stageId(StageDetector::standard().detect(u"refused to talk to me"_s)),
                 u"greeting"_s);
    }

    // detect() first asks one alternation of all patterns whether any applies. Joined,
    // each pattern must keep its own anchors and its order of precedence: a rule anchored
    // at the start does not match in the middle, and the first rule still wins when a
    // later one matches further left.
    void joinedPatternsKeepAnchorsAndOrder() {
        const StageDetector& detector = StageDetector::standard();
        QCOMPARE(stageId(detector.detect(u"delivered to mailbox"_s)), u"local"_s);
        QCOMPARE(stageId(detector.detect(u"250 2.0.0 Ok: delivered to mailbox"_s)), u"unknown"_s);
        QCOMPARE(stageId(detector.detect(u"250 2.0.0 Ok: queued as 4Xb1qL2zZ9z1"_s)), u"unknown"_s);
        // "Connection timed out" (connect) stands left of "TLS handshake" (starttls); the
        // starttls rule comes first in the file, so it wins.
        QCOMPARE(stageId(detector.detect(u"Connection timed out during TLS handshake"_s)),
                 u"starttls"_s);
    }

    // Each marker names its group "command"; joined, the names repeat, and every marker
    // must still be found (as must a rule after them).
    void severalMarkersStillDetect() {
        // Several groups named "command" once made Qt warn at every start (PCRE's (?J)).
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QStringList errors;
        const StageDetector detector(
            u"stages-test.json"_s,
            "{" + kCommands +
                ", \"markers\": ["
                "{\"id\": \"a\", \"pattern\": \"in reply to (?<command>RCPT)\", "
                "\"examples\": [\"in reply to RCPT\"]},"
                "{\"id\": \"b\", \"pattern\": \"after (?<command>RCPT)\", "
                "\"examples\": [\"after RCPT\"]}],"
                " \"rules\": [{\"id\": \"r\", \"pattern\": \"host not found\", "
                "\"stage\": \"dns\"}]}",
            errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(stageId(detector.detect(u"550 rejected after rcpt"_s)), u"rcpt_to"_s);
        QCOMPARE(stageId(detector.detect(u"550 In reply to RCPT TO"_s)), u"rcpt_to"_s);
        QCOMPARE(stageId(detector.detect(u"Host not found"_s)), u"dns"_s);
        QCOMPARE(stageId(detector.detect(u"250 ok"_s)), u"unknown"_s);
        QVERIFY(detector.prefilters());
    }

    // The built-in file joins into one valid prefilter without a warning, and names kept
    // inside escapes and classes do not confuse the joining.
    void builtInRulesJoinWithoutWarning() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QStringList errors;
        const StageDetector detector(errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(detector.prefilters());

        const StageDetector tricky(
            u"stages-test.json"_s,
            "{" + kCommands +
                ", \"markers\": ["
                "{\"id\": \"a\", \"pattern\": \"[(?<]x\\\\(?<y (?<command>RCPT)\", "
                "\"examples\": [\"(x(<y RCPT\"]},"
                "{\"id\": \"b\", \"pattern\": \"(?<!no )after (?P<command>RCPT)\", "
                "\"examples\": [\"after RCPT\"]}],"
                " \"rules\": [{\"id\": \"r\", \"pattern\": \"(?'w'host) not found\", "
                "\"stage\": \"dns\"}]}",
            errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(tricky.prefilters());
        QCOMPARE(stageId(tricky.detect(u"550 (x(<y RCPT"_s)), u"rcpt_to"_s);
        QCOMPARE(stageId(tricky.detect(u"550 rejected after RCPT"_s)), u"rcpt_to"_s);
        QCOMPARE(stageId(tricky.detect(u"550 no after RCPT"_s)), u"unknown"_s);
        QCOMPARE(stageId(tricky.detect(u"host not found"_s)), u"dns"_s);
    }

    void brokenFilesNameFileAndEntry_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("not json") << QByteArray("{") << u"stages-test.json"_s << u"offset"_s;
        QTest::newRow("no rules") << QByteArray("{" + kCommands + ", \"markers\": []}")
                                  << u"stages-test.json"_s << u"rules"_s;
        QTest::newRow("unknown stage")
            << QByteArray("{" + kCommands +
                          ", \"markers\": [], \"rules\": [{\"id\": \"r\", \"pattern\": \"x\", "
                          "\"stage\": \"lunch\"}]}")
            << u"rules[0] 'r'"_s << u"unknown stage 'lunch'"_s;
        QTest::newRow("bad pattern") << QByteArray("{" + kCommands +
                                                   ", \"markers\": [], \"rules\": [{\"id\": \"r\", "
                                                   "\"pattern\": \"(\", \"stage\": \"dns\"}]}")
                                     << u"rules[0] 'r'"_s << u"bad pattern"_s;
        QTest::newRow("rule without stage")
            << QByteArray("{" + kCommands +
                          ", \"markers\": [], \"rules\": [{\"id\": \"r\", \"pattern\": \"x\"}]}")
            << u"rules[0] 'r'"_s << u"'stage'"_s;
        QTest::newRow("command without phrase")
            << QByteArray("{\"commands\": [{\"stage\": \"dns\"}], \"markers\": [], \"rules\": []}")
            << u"commands[0]"_s << u"'phrase'"_s;
        QTest::newRow("marker without group")
            << QByteArray("{" + kCommands +
                          ", \"rules\": [], \"markers\": [{\"id\": \"m\", \"pattern\": \"after "
                          "(RCPT)\", \"examples\": [\"after RCPT\"]}]}")
            << u"markers[0] 'm'"_s << u"named group 'command'"_s;
        QTest::newRow("marker example names no known command")
            << QByteArray("{" + kCommands +
                          ", \"rules\": [], \"markers\": [{\"id\": \"m\", \"pattern\": \"after "
                          "(?<command>\\\\w+)\", \"examples\": [\"after QUIT\"]}]}")
            << u"markers[0] 'm'"_s << u"after QUIT"_s;
        QTest::newRow("marker without examples")
            << QByteArray("{" + kCommands +
                          ", \"rules\": [], \"markers\": [{\"id\": \"m\", \"pattern\": \"after "
                          "(?<command>RCPT)\"}]}")
            << u"markers[0] 'm'"_s << u"'examples'"_s;
    }

    void brokenFilesNameFileAndEntry() {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const QStringList errors = errorsOf(json);
        QVERIFY2(anyContains(errors, where, what), qPrintable(errors.join(u'\n')));
        for (const QString& e : errors)
            QVERIFY2(e.contains(u"stages-test.json"_s), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestStageDetector)
#include "tst_StageDetector.moc"
