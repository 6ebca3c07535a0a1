// deliverboard-train-fallback: trains the statistical fallback of issue 13 (a naive Bayes
// model over the words of the diagnostic, core/classify/FallbackModel) from the shared
// corpora and prints its leave-one-family-out (LOFO) table: for each MTA family, the
// agreement of the rules alone and of the rules plus a fallback trained without that
// family, on that family's rows. The fallback only decides rows the rules leave silent (a
// failure report classed unknown) when its confidence reaches the threshold.
//
//   deliverboard-train-fallback --families tests/cli/data/mta-families.tsv
//       [--out model.json] [--threshold 0.8] [--min-rows 2] <corpus-dir>...
//
// Deterministic: the same corpora give a byte-identical model file.
#include "CorpusRows.h"

#include "classify/FallbackModel.h"
#include "classify/FallbackTokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

using namespace deliverboard;
using namespace deliverboard::trainfallback;

namespace {

const QStringList modelClasses{QStringLiteral("hard"), QStringLiteral("soft"),
                               QStringLiteral("spam")};

bool trainable(const CorpusRow& row) {
    return row.paired && modelClasses.contains(row.expected) && !row.diagnostic.trimmed().isEmpty();
}

FallbackModel trainOn(const QList<CorpusRow>& rows, const QString& leftOutFamily, int minRows) {
    QList<FallbackModel::TrainingRow> training;
    for (const CorpusRow& row : rows)
        if (trainable(row) && row.family != leftOutFamily)
            training.append({row.expected, fallbackTokens(row.diagnostic, row.recipient)});
    return FallbackModel::train(training, modelClasses, minRows);
}

struct Tally {
    int rows = 0, rules = 0, combined = 0, decided = 0, decidedRight = 0;
    int modelRows = 0, modelRight = 0; // the model alone on trainable rows
    void add(const Tally& o) {
        rows += o.rows, rules += o.rules, combined += o.combined, decided += o.decided;
        decidedRight += o.decidedRight, modelRows += o.modelRows, modelRight += o.modelRight;
    }
};

QString pct(int a, int b) {
    return b ? QStringLiteral("%1/%2 = %3 %").arg(a).arg(b).arg(100.0 * a / b, 0, 'f', 1)
             : QStringLiteral("-");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train the statistical fallback from corpus folders and print its leave-one-family-out "
        "table."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus-dir"),
                                 QStringLiteral("Corpus folders (expected.tsv and eml/)."),
                                 QStringLiteral("<corpus-dir>..."));
    parser.addOption({QStringLiteral("families"),
                      QStringLiteral("MTA family markers (tests/cli/data/mta-families.tsv)."),
                      QStringLiteral("tsv")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Write the model trained on every row here."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("threshold"),
                      QStringLiteral("Least confidence for the fallback to decide (0.8)."),
                      QStringLiteral("p"), QStringLiteral("0.8")});
    parser.addOption({QStringLiteral("min-rows"),
                      QStringLiteral("Keep words seen in at least this many rows (2)."),
                      QStringLiteral("n"), QStringLiteral("2")});
    parser.process(app);
    const QStringList dirs = parser.positionalArguments();
    if (dirs.isEmpty() || !parser.isSet(QStringLiteral("families"))) {
        err << "deliverboard-train-fallback: need --families and at least one corpus folder\n";
        return 2;
    }
    const double threshold = parser.value(QStringLiteral("threshold")).toDouble();
    const int minRows = parser.value(QStringLiteral("min-rows")).toInt();

    QList<CorpusRow> rows;
    for (const QString& dir : dirs) {
        QString error;
        const QString corpus = QDir(QDir::cleanPath(dir)).dirName();
        if (!readCorpus(corpus, dir, parser.value(QStringLiteral("families")), rows, &error)) {
            err << error << '\n';
            return 1;
        }
    }

    if (parser.isSet(QStringLiteral("out"))) {
        QSaveFile file(parser.value(QStringLiteral("out")));
        const FallbackModel model = trainOn(rows, QString(), minRows);
        if (!file.open(QIODevice::WriteOnly) || file.write(model.toJson()) < 0 || !file.commit()) {
            err << file.fileName() << ": " << file.errorString() << '\n';
            return 1;
        }
        out << "model: " << model.tokenCount() << " tokens -> " << file.fileName() << '\n';
    }

    QMap<QString, Tally> perFamily, perCorpus, perClass;
    QMap<QString, FallbackModel> models; // by held-out family
    for (const CorpusRow& row : rows) {
        if (!models.contains(row.family))
            models.insert(row.family, trainOn(rows, row.family, minRows));
        const FallbackModel& model = models[row.family];
        Tally t;
        const FallbackModel::Prediction p =
            row.paired ? model.predict(fallbackTokens(row.diagnostic, row.recipient))
                       : FallbackModel::Prediction{};
        if (trainable(row)) {
            t.modelRows = 1;
            t.modelRight = p.cls == row.expected;
        }
        if (!row.expected.isEmpty()) {
            const QStringList accepted = acceptedClasses(row.expected);
            t.rows = 1;
            t.rules = accepted.contains(row.rulesClass);
            QString combined = row.rulesClass;
            if (row.fallbackApplies && !p.cls.isEmpty() && p.confidence >= threshold) {
                combined = p.cls;
                t.decided = 1;
                t.decidedRight = accepted.contains(combined);
                out << "DECIDED " << row.corpus << '/' << row.file << " [" << row.family
                    << "] want " << row.expected << " got " << p.cls << ' '
                    << QString::number(p.confidence, 'f', 3) << '\n';
            }
            t.combined = accepted.contains(combined);
        }
        perFamily[row.family].add(t);
        perCorpus[row.corpus].add(t);
        perClass[row.expected.isEmpty() ? QStringLiteral("(recipient only)") : row.expected].add(t);
    }

    const auto table = [&](const QString& title, const QMap<QString, Tally>& tallies) {
        out << "\n"
            << title << "\t"
            << "rules alone\trules + fallback (LOFO)\tdecided (right)\t"
            << "model alone (LOFO)\n";
        Tally all;
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
            const Tally& t = it.value();
            all.add(t);
            out << it.key() << '\t' << pct(t.rules, t.rows) << '\t' << pct(t.combined, t.rows)
                << '\t' << t.decided << " (" << t.decidedRight << ")\t"
                << pct(t.modelRight, t.modelRows) << '\n';
        }
        out << "all\t" << pct(all.rules, all.rows) << '\t' << pct(all.combined, all.rows) << '\t'
            << all.decided << " (" << all.decidedRight << ")\t"
            << pct(all.modelRight, all.modelRows) << '\n';
        return all;
    };
    table(QStringLiteral("family"), perFamily);
    table(QStringLiteral("corpus"), perCorpus);
    const Tally all = table(QStringLiteral("expected class"), perClass);
    out << "\nverdict: rules + fallback " << (all.combined > all.rules ? "beat" : "do not beat")
        << " the rules alone on held-out families (" << all.combined << " vs " << all.rules
        << " of " << all.rows << " rows; threshold " << threshold << ")\n";
    return 0;
}
