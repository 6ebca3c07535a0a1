// Classification speed on one core, over the real replies of the test table. Reports
// replies per second; never asserts on time.
#include "ReplyTable.h"

#include "classify/ReplyClassifier.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace deliverboard;

class TestClassifierBench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        for (const ReplyRow& row : loadReplyTable()) {
            ReplyInput input;
            input.text = row.text;
            input.recipient = row.recipient;
            input.relayHost = row.relay;
            m_inputs.append(input);
        }
        QVERIFY(!m_inputs.isEmpty());
        ReplyClassifier::standard(); // load the rules outside the measurement
    }

    void classifyTable() {
        const ReplyClassifier& classifier = ReplyClassifier::standard();
        QBENCHMARK {
            for (const ReplyInput& input : std::as_const(m_inputs))
                m_sink += int(classifier.classify(input).cls);
        }
    }

    void repliesPerSecond() {
        const ReplyClassifier& classifier = ReplyClassifier::standard();
        QElapsedTimer timer;
        timer.start();
        qint64 count = 0;
        while (timer.elapsed() < 1000) {
            for (const ReplyInput& input : std::as_const(m_inputs))
                m_sink += int(classifier.classify(input).cls);
            count += m_inputs.size();
        }
        qInfo("%.0f replies/s on one core (%lld replies in %lld ms)",
              count * 1000.0 / timer.elapsed(), count, timer.elapsed());
    }

private:
    QList<ReplyInput> m_inputs;
    int m_sink = 0;
};

QTEST_GUILESS_MAIN(TestClassifierBench)
#include "tst_ClassifierBench.moc"
