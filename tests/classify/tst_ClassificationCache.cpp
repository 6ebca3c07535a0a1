// The import's classification cache gives exactly the classifier's answers: for every
// reply of the reply table, under each verdict, for recipients of the same domain and of
// other domains, on the first (missed) and the later (cached) lookups alike.
#include "ReplyTable.h"
#include "classify/ClassificationCache.h"
#include "classify/ReplyClassifier.h"

#include <QtTest>

using namespace deliverboard;

namespace {
void compareAnswers(const Classification& cached, const Classification& direct,
                    const QString& what) {
    const QByteArray where = what.toUtf8();
    QVERIFY2(cached.cls == direct.cls, where.constData());
    QVERIFY2(cached.reason == direct.reason, where.constData());
    QVERIFY2(cached.stage == direct.stage, where.constData());
    QVERIFY2(cached.code == direct.code, where.constData());
    QVERIFY2(cached.enhanced == direct.enhanced, where.constData());
    QVERIFY2(cached.ispId == direct.ispId, where.constData());
    QVERIFY2(cached.blame == direct.blame, where.constData());
    QVERIFY2(cached.ruleId == direct.ruleId, where.constData());
    QVERIFY2(cached.helpUrl == direct.helpUrl, where.constData());
}
} // namespace

class TestClassificationCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersEqualTheClassifiers() {
        const QList<ReplyRow> rows = loadReplyTable();
        QVERIFY(rows.size() > 200);
        const ReplyClassifier& classifier = ReplyClassifier::standard();
        ClassificationCache cache(classifier);
        int compared = 0;
        for (const MtaVerdict verdict : {MtaVerdict::Unknown, MtaVerdict::Accepted,
                                         MtaVerdict::Temporary, MtaVerdict::Permanent}) {
            for (int pass = 0; pass < 2; ++pass) { // the second pass is answered from the cache
                for (const ReplyRow& row : rows) {
                    const QString domain = row.recipient.section(u'@', -1);
                    // Two recipients of the row's domain share an entry; another domain
                    // (maybe another ISP) must not.
                    for (const QString& recipient :
                         {row.recipient, QStringLiteral("someone.else@") + domain,
                          QStringLiteral("x@gmail.com"), QString()}) {
                        ReplyInput input;
                        input.text = row.text;
                        input.recipient = recipient;
                        input.relayHost = row.relay;
                        input.verdict = verdict;
                        compareAnswers(cache.classify(input), classifier.classify(input),
                                       QStringLiteral("line %1, %2").arg(row.line).arg(recipient));
                        ++compared;
                    }
                }
            }
        }
        QVERIFY(cache.hits() >= compared / 2);
        QVERIFY(cache.misses() > rows.size());
    }

    void staysBounded() {
        ClassificationCache cache(ReplyClassifier::standard(), 10);
        for (int i = 0; i < 100; ++i) {
            ReplyInput input;
            input.text =
                QStringLiteral("550 5.1.1 <u%1@example.net>: Recipient address rejected").arg(i);
            input.recipient = QStringLiteral("u%1@example.net").arg(i);
            QCOMPARE(cache.classify(input).reason,
                     ReplyClassifier::standard().classify(input).reason);
        }
        QCOMPARE(cache.misses(), qint64(100));
        QVERIFY(cache.size() <= 10);
    }
};

QTEST_GUILESS_MAIN(TestClassificationCache)
#include "tst_ClassificationCache.moc"
