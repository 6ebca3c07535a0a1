// The statistical fallback of issue 13: its tokenizer, its model file's validation and the
// determinism of training (core/classify/FallbackTokenizer, FallbackModel).
#include "classify/FallbackModel.h"
#include "classify/FallbackTokenizer.h"

#include <QTest>

using namespace deliverboard;

class tst_FallbackModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokensAreLowerCaseWordsAndBigrams();
    void addressesAndHostsAreNoEvidence();
    void recipientLocalPartIsRemoved();
    void digitsAreMasked();
    void trainingIsDeterministic();
    void roundTripKeepsTheBytes();
    void predictsFromWords();
    void noEvidenceNoPrediction();
    void malformedFilesNameTheField_data();
    void malformedFilesNameTheField();
};

void tst_FallbackModel::tokensAreLowerCaseWordsAndBigrams() {
    QCOMPARE(fallbackTokens(QStringLiteral("User Unknown")),
             (QStringList{QStringLiteral("user"), QStringLiteral("unknown"),
                          QStringLiteral("user unknown")}));
}

void tst_FallbackModel::addressesAndHostsAreNoEvidence() {
    // "dmarc@" and "spam-filter.example.net" must not become reasons (issue 13).
    const QStringList tokens = fallbackTokens(QStringLiteral(
        "<dmarc@spam.example.org>: host mx.spam-filter.example.net[192.0.2.1] said: mailbox full"));
    QVERIFY(!tokens.contains(QStringLiteral("dmarc")));
    QVERIFY(!tokens.contains(QStringLiteral("spam")));
    QVERIFY(!tokens.contains(QStringLiteral("filter")));
    QVERIFY(!tokens.contains(QStringLiteral("example")));
    QVERIFY(tokens.contains(QStringLiteral("mailbox full")));
    QVERIFY(tokens.contains(QStringLiteral("host")));
}

void tst_FallbackModel::recipientLocalPartIsRemoved() {
    const QStringList tokens = fallbackTokens(QStringLiteral("550 <blocked>: no such user"),
                                              QStringLiteral("blocked@example.com"));
    QVERIFY(!tokens.contains(QStringLiteral("blocked")));
    QVERIFY(tokens.contains(QStringLiteral("no such")));
}

void tst_FallbackModel::digitsAreMasked() {
    const QStringList tokens = fallbackTokens(QStringLiteral("552 5.2.2 over quota 2048MB"));
    QCOMPARE(tokens.mid(0, 6),
             (QStringList{QStringLiteral("0"), QStringLiteral("0.0.0"), QStringLiteral("over"),
                          QStringLiteral("quota"), QStringLiteral("0"), QStringLiteral("mb")}));
    for (const QString& t : tokens)
        QVERIFY2(!t.contains(QLatin1Char('5')) && !t.contains(QLatin1Char('2')), qPrintable(t));
}

namespace {
QList<FallbackModel::TrainingRow> smallSet() {
    const auto row = [](const char* cls, const char* text) {
        return FallbackModel::TrainingRow{QString::fromLatin1(cls),
                                          fallbackTokens(QString::fromLatin1(text))};
    };
    return {row("hard", "550 5.1.1 user unknown"),
            row("hard", "550 no such user here"),
            row("hard", "550 5.1.1 mailbox unavailable user unknown"),
            row("soft", "452 4.2.2 mailbox full"),
            row("soft", "552 mailbox full over quota"),
            row("spam", "554 5.7.1 message rejected as spam"),
            row("spam", "550 rejected spam content")};
}
const QStringList classes{QStringLiteral("hard"), QStringLiteral("soft"), QStringLiteral("spam")};
} // namespace

void tst_FallbackModel::trainingIsDeterministic() {
    const QByteArray first = FallbackModel::train(smallSet(), classes, 2).toJson();
    QList<FallbackModel::TrainingRow> reversed = smallSet();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(FallbackModel::train(smallSet(), classes, 2).toJson(), first);
    // Counting does not depend on the order of the rows either.
    QCOMPARE(FallbackModel::train(reversed, classes, 2).toJson(), first);
    // Words of a single row are dropped at min_rows 2.
    QVERIFY(!first.contains("\"here\""));
    QVERIFY(first.contains("\"mailbox full\""));
}

void tst_FallbackModel::roundTripKeepsTheBytes() {
    const QByteArray bytes = FallbackModel::train(smallSet(), classes, 1).toJson();
    FallbackModel parsed;
    QString error;
    QVERIFY2(FallbackModel::parse(bytes, QStringLiteral("m.json"), parsed, &error),
             qPrintable(error));
    QCOMPARE(parsed.toJson(), bytes);
}

void tst_FallbackModel::predictsFromWords() {
    const FallbackModel model = FallbackModel::train(smallSet(), classes, 1);
    const FallbackModel::Prediction full =
        model.predict(fallbackTokens(QStringLiteral("mailbox full")));
    QCOMPARE(full.cls, QStringLiteral("soft"));
    QVERIFY(full.confidence > 0.5 && full.confidence <= 1.0);
    QCOMPARE(model.predict(fallbackTokens(QStringLiteral("user unknown"))).cls,
             QStringLiteral("hard"));
    QCOMPARE(model.predict(fallbackTokens(QStringLiteral("rejected as spam"))).cls,
             QStringLiteral("spam"));
}

void tst_FallbackModel::noEvidenceNoPrediction() {
    const FallbackModel model = FallbackModel::train(smallSet(), classes, 1);
    const FallbackModel::Prediction p = model.predict(fallbackTokens(QStringLiteral("zzz qqq")));
    QVERIFY(p.cls.isEmpty());
    QCOMPARE(p.confidence, 0.0);
}

void tst_FallbackModel::malformedFilesNameTheField_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray head = R"("format":"deliverboard-fallback-nb/1","min_rows":1,)";
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("(file)");
    QTest::newRow("format") << QByteArray(R"({"format":"other","classes":["hard"]})")
                            << QStringLiteral("format");
    QTest::newRow("unknown class")
        << QByteArray("{" + head + R"("classes":["hard","dead"],"documents":[1,1],"tokens":{}})")
        << QStringLiteral("classes");
    QTest::newRow("class twice")
        << QByteArray("{" + head + R"("classes":["hard","hard"],"documents":[1,1],"tokens":{}})")
        << QStringLiteral("classes");
    QTest::newRow("documents length")
        << QByteArray("{" + head + R"("classes":["hard","soft"],"documents":[1],"tokens":{}})")
        << QStringLiteral("documents");
    QTest::newRow("negative count")
        << QByteArray("{" + head +
                      R"("classes":["hard","soft"],"documents":[1,1],"tokens":{"full":[0,-1]}})")
        << QStringLiteral("tokens.full");
    QTest::newRow("fraction")
        << QByteArray("{" + head +
                      R"("classes":["hard","soft"],"documents":[1,1],"tokens":{"full":[0,0.5]}})")
        << QStringLiteral("tokens.full");
    QTest::newRow("token length")
        << QByteArray("{" + head +
                      R"("classes":["hard","soft"],"documents":[1,1],"tokens":{"full":[3]}})")
        << QStringLiteral("tokens.full");
    QTest::newRow("min_rows")
        << QByteArray(
               R"({"format":"deliverboard-fallback-nb/1","min_rows":0,"classes":["hard"],"documents":[1],"tokens":{}})")
        << QStringLiteral("min_rows");
}

void tst_FallbackModel::malformedFilesNameTheField() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    FallbackModel model;
    QString error;
    QVERIFY(!FallbackModel::parse(json, QStringLiteral("fallback.json"), model, &error));
    QVERIFY2(error.startsWith(QStringLiteral("fallback.json: field \"%1\"").arg(field)),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_FallbackModel)
#include "tst_FallbackModel.moc"
