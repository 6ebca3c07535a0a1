// Accuracy of `deliverboard-cli parse-bounce --json` on the shared corpora of real returned
// mail (issues 5 and 13): every mail with rows in a corpus's expected.tsv is parsed by the
// CLI and our class per recipient is compared with the corpus's expectation. One table row
// per corpus; each prints agreement per class, a confusion matrix, recipient agreement and
// one MISMATCH line per disagreement, and fails below its floor.
//
// How each corpus encodes its expectation (../shared/corpus/README.md and each SOURCE.txt):
// - sisimai: a Sisimai reason per recipient, mapped to a coarse class by the table of
//   sisimai/README.md ("Coarse classes a newsletter tool reports"; tools/corpus-labels).
// - bounceparser, crisp, flufl-bounce: the coarse class itself, or a set: `bounce` (hard,
//   soft, spam or greylist), `perm` (hard or spam), `notbounce` (auto_reply, unknown,
//   delivered, or no record at all); an empty class scores only the recipient. The
//   recipient may be `a|b` (either counts); an empty recipient is not scored.
// Our greylist class is a temporary failure and counts as soft everywhere.
//
// Each row also gets an MTA family, derived mechanically (labels::familyOf(), tools/corpus-labels),
// and agreement is printed per family so that weak families are visible; the floors stay per
// corpus.
//
// These are in-sample figures: the rules have seen these mails. The floors only catch
// regressions; they are the measured figure minus a small margin, never a target to tune
// rules towards (docs/accuracy.md has the figures and the method).
#include "CliRunner.h"
#include "CorpusLabels.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace labels = deliverboard::corpus;

namespace {

// Our classes as the coarse tables name them (greylist is a temporary failure: soft).
QString ourCoarse(const QString& cls) {
    return cls == QLatin1String("greylist") ? QStringLiteral("soft") : cls;
}

// One object of parse-bounce's JSON output.
struct Parsed {
    QString recipient;
    QString cls;
    QString reason;
    QString stage;
    QString code;
    QString enhanced;
    QString diagnostic;
};

struct Expected {
    QString file;
    QStringList recipients; // any of them; empty: not scored
    QString cls;            // coarse class or pseudo class; empty: not scored
    QString label;          // the source's own label or reason, for the MISMATCH lines
    QString reason;         // sisimai: the reason, for reason agreement
};

enum class Encoding { SisimaiReason, CoarseClass };

struct FamilyCounts {
    int classRows = 0, classAgree = 0, recipientRows = 0, recipientAgree = 0;
};

QList<Expected> readExpected(const QString& corpus, Encoding encoding) {
    QList<Expected> rows;
    QFile tsv(testpaths::shared(QStringLiteral("corpus/%1/expected.tsv").arg(corpus)));
    if (!tsv.open(QIODevice::ReadOnly))
        return rows;
    tsv.readLine(); // header
    while (!tsv.atEnd()) {
        QString line = QString::fromUtf8(tsv.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() < 3 || cells[0].isEmpty())
            continue;
        Expected e;
        e.file = cells[0];
        if (!cells[1].isEmpty())
            e.recipients = cells[1].split(QLatin1Char('|'));
        if (encoding == Encoding::SisimaiReason) {
            e.reason = cells[2];
            e.label = cells[2];
            e.cls = labels::sisimaiCoarse(cells[2]);
        } else {
            e.cls = cells[2];
            e.label = cells.value(3);
        }
        rows.append(e);
    }
    return rows;
}

} // namespace

class tst_CorpusAccuracy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void familyMarkersAreValid();
    void agreement_data();
    void agreement();
};

// Every family marker names its family, compiles and says where its wording comes from.
void tst_CorpusAccuracy::familyMarkersAreValid() {
    const QList<labels::FamilyMarker> markers = labels::readFamilyMarkers(
        testpaths::source(QStringLiteral("tests/cli/data/mta-families.tsv")));
    QVERIFY(markers.size() >= 5);
    for (const labels::FamilyMarker& m : markers) {
        QVERIFY2(!m.family.isEmpty(), "a marker without a family");
        QVERIFY2(m.pattern.isValid() && !m.pattern.pattern().isEmpty(),
                 qPrintable(m.family + QLatin1String(": ") + m.pattern.errorString()));
        QVERIFY2(!m.reason.trimmed().isEmpty(),
                 qPrintable(m.family + QLatin1String(": no reason")));
    }
}

void tst_CorpusAccuracy::agreement_data() {
    QTest::addColumn<QString>("corpus");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("minimumRows");
    QTest::addColumn<double>("classFloor");     // percent of class-scored rows
    QTest::addColumn<double>("recipientFloor"); // percent of recipient-scored rows
    // Sisimai: the issue-5 bar was 95 %. History: 80.4 % before the stage-aware rules,
    // 89.6 % after them, 95.0 % (422/444) once given-up reports class by their reason,
    // transcripts give each recipient its own reply and stage, and Japanese charsets decode.
    // Issue 13 then made explicit mailbox wording beat a 5.7.1 status ("550 5.7.1 User
    // Unknown" is hard, Sisimai says filtered): 420/444 = 94.6 %, so like the other corpora
    // the floor is the measured figure minus a few rows.
    QTest::newRow("sisimai") << QStringLiteral("sisimai") << int(Encoding::SisimaiReason) << 400
                             << 93.5 << 97.0;
    // Measured when each corpus was added (issue 13): bounceparser 49/57 = 86.0 %,
    // recipients 16/17; crisp 43/51 = 84.3 %, recipients 54/54; flufl-bounce 6/6 (only its
    // delay warnings carry a class), recipients 61/68. After the issue-13 changes:
    // bounceparser 55/57 = 96.5 %, crisp 44/51 = 86.3 %, flufl-bounce recipients 65/68,
    // sisimai recipients 438/444. Floors: a few rows below. AOL's screen-name reports read
    // from their structure (a general fix) then gave bounceparser recipients 17/17 and
    // flufl-bounce 66/68; those two floors were raised to one row below.
    QTest::newRow("bounceparser") << QStringLiteral("bounceparser") << int(Encoding::CoarseClass)
                                  << 50 << 93.0 << 93.0;
    QTest::newRow("crisp") << QStringLiteral("crisp") << int(Encoding::CoarseClass) << 50 << 82.0
                           << 96.0;
    QTest::newRow("flufl-bounce") << QStringLiteral("flufl-bounce") << int(Encoding::CoarseClass)
                                  << 60 << 83.0 << 95.0;
}

void tst_CorpusAccuracy::agreement() {
    QFETCH(QString, corpus);
    QFETCH(int, encoding);
    QFETCH(int, minimumRows);
    QFETCH(double, classFloor);
    QFETCH(double, recipientFloor);

    const QList<Expected> expected = readExpected(corpus, Encoding(encoding));
    QVERIFY2(expected.size() >= minimumRows,
             qPrintable(QStringLiteral("%1 rows").arg(expected.size())));

    QStringList files;
    QSet<QString> seen;
    for (const Expected& e : expected)
        if (!seen.contains(e.file)) {
            seen.insert(e.file);
            files.append(e.file);
        }
    QStringList args{QStringLiteral("parse-bounce"), QStringLiteral("--json")};
    for (const QString& file : std::as_const(files))
        args.append(testpaths::shared(QStringLiteral("corpus/%1/eml/%2").arg(corpus, file)));
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().isArray());
    QHash<QString, QList<Parsed>> parsed; // by file name
    for (const QJsonValue& value : run.json().array()) {
        const QJsonObject o = value.toObject();
        parsed[QFileInfo(o.value(QStringLiteral("file")).toString()).fileName()].append(
            {o.value(QStringLiteral("recipient")).toString(),
             o.value(QStringLiteral("class")).toString(),
             o.value(QStringLiteral("reason")).toString(),
             o.value(QStringLiteral("stage")).toString(),
             o.value(QStringLiteral("code")).toString(),
             o.value(QStringLiteral("enhanced")).toString(),
             o.value(QStringLiteral("diagnostic")).toString()});
    }

    QMap<QString, QMap<QString, int>> confusion; // expected -> ours -> count
    QMap<QString, int> perClassTotal;
    QMap<QString, int> perClassAgree;
    int classRows = 0, classAgree = 0, reasonAgree = 0;
    int recipientRows = 0, recipientAgree = 0;
    QHash<QString, QSet<int>> used; // records already paired, per file
    const QList<labels::FamilyMarker> markers = labels::readFamilyMarkers(
        testpaths::source(QStringLiteral("tests/cli/data/mta-families.tsv")));
    QHash<QString, QString> familyOfFile;
    QMap<QString, FamilyCounts> perFamily;
    for (const Expected& e : expected) {
        const QList<Parsed>& records = parsed[e.file];
        if (!familyOfFile.contains(e.file))
            familyOfFile.insert(
                e.file,
                labels::familyOf(
                    corpus,
                    testpaths::shared(QStringLiteral("corpus/%1/eml/%2").arg(corpus, e.file)),
                    markers));
        FamilyCounts& family = perFamily[familyOfFile.value(e.file)];
        const auto sameRecipient = [&](int i) {
            for (const QString& r : e.recipients)
                if (records[i].recipient.compare(r, Qt::CaseInsensitive) == 0)
                    return true;
            return false;
        };
        int match = -1;
        for (int i = 0; i < records.size() && match < 0 && !e.recipients.isEmpty(); ++i)
            if (!used[e.file].contains(i) && sameRecipient(i))
                match = i;
        // Sisimai reports some recipients twice (from the text and from the DSN part);
        // we report each once, so a second row pairs with the same record.
        for (int i = 0; i < records.size() && match < 0 && !e.recipients.isEmpty(); ++i)
            if (sameRecipient(i))
                match = i;
        if (!e.recipients.isEmpty()) {
            ++recipientRows;
            ++family.recipientRows;
            if (match >= 0) {
                ++recipientAgree;
                ++family.recipientAgree;
            }
        }
        // A placeholder, another spelling or no recipient to score: pair with the next
        // unused record (with no recipient to score, else any record of the mail).
        for (int i = 0; i < records.size() && match < 0; ++i)
            if (!used[e.file].contains(i))
                match = i;
        if (match < 0 && !records.isEmpty() && e.recipients.isEmpty())
            match = 0;
        QString got = QStringLiteral("(none)");
        if (match >= 0) {
            used[e.file].insert(match);
            got = ourCoarse(records[match].cls);
            if (!e.reason.isEmpty() && records[match].reason == e.reason)
                ++reasonAgree;
        }
        if (e.cls.isEmpty())
            continue; // recipient only
        ++classRows;
        ++family.classRows;
        ++perClassTotal[e.cls];
        ++confusion[e.cls][got];
        if (labels::acceptedClasses(e.cls).contains(got)) {
            ++classAgree;
            ++family.classAgree;
            ++perClassAgree[e.cls];
        } else {
            const Parsed* r = match >= 0 ? &records[match] : nullptr;
            qInfo("MISMATCH %s [%s]\t%s\twant %s (%s)\tgot %s/%s [%s %s %s]\t%s",
                  qPrintable(e.file), qPrintable(familyOfFile.value(e.file)),
                  qPrintable(e.recipients.join(QLatin1Char('|'))), qPrintable(e.cls),
                  qPrintable(e.label), qPrintable(got), r ? qPrintable(r->reason) : "",
                  r ? qPrintable(r->code) : "", r ? qPrintable(r->enhanced) : "",
                  r ? qPrintable(r->stage) : "",
                  r ? qPrintable(r->diagnostic.simplified().left(220)) : "");
        }
    }

    for (auto it = perClassTotal.cbegin(); it != perClassTotal.cend(); ++it)
        qInfo("%s class %-10s %4d/%4d  %5.1f %%", qPrintable(corpus), qPrintable(it.key()),
              perClassAgree.value(it.key()), it.value(),
              100.0 * perClassAgree.value(it.key()) / it.value());
    qInfo("%s confusion matrix (rows: expected, columns: ours)", qPrintable(corpus));
    for (auto row = confusion.cbegin(); row != confusion.cend(); ++row) {
        QStringList cells;
        for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell)
            cells << QStringLiteral("%1=%2").arg(cell.key()).arg(cell.value());
        qInfo("  %-10s %s", qPrintable(row.key()), qPrintable(cells.join(QStringLiteral("  "))));
    }
    // Per MTA family (weakest first), so that a family the rules serve badly is visible.
    QList<QPair<double, QString>> order;
    for (auto it = perFamily.cbegin(); it != perFamily.cend(); ++it) {
        const FamilyCounts& f = it.value();
        const double share =
            f.classRows ? double(f.classAgree) / f.classRows
                        : (f.recipientRows ? double(f.recipientAgree) / f.recipientRows : 1.0);
        order.append({share, it.key()});
    }
    std::sort(order.begin(), order.end());
    qInfo("%s per family (class agreement, recipient agreement; weakest first)",
          qPrintable(corpus));
    for (const auto& [share, name] : std::as_const(order)) {
        const FamilyCounts& f = perFamily.value(name);
        qInfo("  FAMILY %s %-18s class %3d/%3d  recipients %3d/%3d", qPrintable(corpus),
              qPrintable(name), f.classAgree, f.classRows, f.recipientAgree, f.recipientRows);
    }
    const double coarse = classRows ? 100.0 * classAgree / classRows : 100.0;
    const double recipients = recipientRows ? 100.0 * recipientAgree / recipientRows : 100.0;
    qInfo("%s coarse class agreement: %d/%d = %.1f %%", qPrintable(corpus), classAgree, classRows,
          coarse);
    if (Encoding(encoding) == Encoding::SisimaiReason)
        qInfo("%s reason agreement:       %d/%d = %.1f %%", qPrintable(corpus), reasonAgree,
              classRows, 100.0 * reasonAgree / classRows);
    qInfo("%s recipient agreement:    %d/%d = %.1f %%", qPrintable(corpus), recipientAgree,
          recipientRows, recipients);

    QVERIFY2(coarse >= classFloor, qPrintable(QStringLiteral("%1: coarse agreement %2 % < %3 %")
                                                  .arg(corpus)
                                                  .arg(coarse)
                                                  .arg(classFloor)));
    QVERIFY2(recipients >= recipientFloor,
             qPrintable(QStringLiteral("%1: recipient agreement %2 % < %3 %")
                            .arg(corpus)
                            .arg(recipients)
                            .arg(recipientFloor)));
}

QTEST_GUILESS_MAIN(tst_CorpusAccuracy)
#include "tst_CorpusAccuracy.moc"
