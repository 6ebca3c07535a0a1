// deliverboard-train-fallback (issue 13): the same corpus gives a byte-identical model file
// that the model loader accepts, and the tool prints its leave-one-family-out table.
#include "CliRunner.h"

#include "classify/FallbackModel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_TrainFallback : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameCorpusSameModel();
    void missingArgumentsAreAUsageError();
};

void tst_TrainFallback::sameCorpusSameModel() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<QByteArray> models;
    CliRun last;
    for (const QString& name : {QStringLiteral("a.json"), QStringLiteral("b.json")}) {
        last = runBinary(QStringLiteral("deliverboard-train-fallback"),
                         {QStringLiteral("--families"),
                          testpaths::source(QStringLiteral("tests/cli/data/mta-families.tsv")),
                          QStringLiteral("--out"), dir.filePath(name),
                          testpaths::shared(QStringLiteral("corpus/crisp"))});
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        models.append(file.readAll());
    }
    QVERIFY(!models[0].isEmpty());
    QCOMPARE(models[1], models[0]);

    deliverboard::FallbackModel model;
    QString error;
    QVERIFY2(deliverboard::FallbackModel::parse(models[0], QStringLiteral("a.json"), model, &error),
             qPrintable(error));
    QVERIFY(model.tokenCount() > 0);

    // The LOFO table: a row for the corpus, an aggregate and the verdict.
    QVERIFY(last.out.contains("\ncrisp\t"));
    QVERIFY(last.out.contains("\nall\t"));
    QVERIFY(last.out.contains("verdict: rules + fallback "));
}

void tst_TrainFallback::missingArgumentsAreAUsageError() {
    const CliRun run = runBinary(QStringLiteral("deliverboard-train-fallback"), {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--families"));
}

QTEST_GUILESS_MAIN(tst_TrainFallback)
#include "tst_TrainFallback.moc"
