#pragma once

#include "Classification.h"

#include <QHash>
#include <QString>

namespace deliverboard {

class ReplyClassifier;

// Remembers the classifier's answers during an import. A campaign's replies repeat
// heavily (the same "250 2.0.0 OK" or "450 4.2.0 greylisted" from the same MX for
// thousands of recipients), and each classification runs dozens of rules. The key holds
// every input the classifier reads: the full text, code, enhanced code, stage, verdict,
// final-report flag, answering host and the recipient's domain (the classifier reads only
// what follows the last '@'), so a cached answer is exactly the one classify() would give.
// Bounded: the cache is emptied when it holds `capacity` entries.
class ClassificationCache {
public:
    explicit ClassificationCache(const ReplyClassifier& classifier, qsizetype capacity = 50000);

    Classification classify(const ReplyInput& input);
    const ReplyClassifier& classifier() const { return m_classifier; }
    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }
    qsizetype size() const { return m_answers.size(); }

    struct Key {
        QString text, code, enhanced, relayHost, domain;
        SmtpStage stage;
        MtaVerdict verdict;
        bool finalReport;
        bool operator==(const Key&) const = default;
    };

private:
    const ReplyClassifier& m_classifier;
    qsizetype m_capacity;
    QHash<Key, Classification> m_answers;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

size_t qHash(const ClassificationCache::Key& key, size_t seed = 0);

} // namespace deliverboard
