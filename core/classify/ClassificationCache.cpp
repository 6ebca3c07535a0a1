#include "ClassificationCache.h"

#include "ReplyClassifier.h"

namespace deliverboard {

ClassificationCache::ClassificationCache(const ReplyClassifier& classifier, qsizetype capacity)
    : m_classifier(classifier)
    , m_capacity(qMax<qsizetype>(1, capacity)) {}

size_t qHash(const ClassificationCache::Key& key, size_t seed) {
    return qHashMulti(seed, key.text, key.code, key.enhanced, key.relayHost, key.domain,
                      static_cast<int>(key.stage), static_cast<int>(key.verdict), key.finalReport);
}

Classification ClassificationCache::classify(const ReplyInput& input) {
    // Copies of the strings are shared, not allocated; only the domain is cut out.
    Key key{input.text,
            input.code,
            input.enhanced,
            input.relayHost,
            input.recipient.mid(input.recipient.lastIndexOf(u'@') + 1),
            input.stage,
            input.verdict,
            input.finalReport};
    if (const auto it = m_answers.constFind(key); it != m_answers.constEnd()) {
        ++m_hits;
        return *it;
    }
    ++m_misses;
    if (m_answers.size() >= m_capacity)
        m_answers.clear();
    const Classification answer = m_classifier.classify(input);
    m_answers.insert(std::move(key), answer);
    return answer;
}

} // namespace deliverboard
