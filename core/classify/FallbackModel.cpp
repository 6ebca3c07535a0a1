#include "FallbackModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace deliverboard {

FallbackModel FallbackModel::train(const QList<TrainingRow>& rows, const QStringList& classes,
                                   int minRows) {
    FallbackModel m;
    m.m_classes = classes;
    m.m_minRows = qMax(1, minRows);
    m.m_documents = QList<qint64>(classes.size(), 0);
    QMap<QString, QList<qint64>> counts;
    QMap<QString, int> rowsWith;
    for (const TrainingRow& row : rows) {
        const qsizetype c = classes.indexOf(row.cls);
        if (c < 0)
            continue;
        ++m.m_documents[c];
        QSet<QString> seen;
        for (const QString& t : row.tokens) {
            QList<qint64>& v = counts[t];
            if (v.isEmpty())
                v = QList<qint64>(classes.size(), 0);
            ++v[c];
            if (!seen.contains(t)) {
                seen.insert(t);
                ++rowsWith[t];
            }
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (rowsWith.value(it.key()) >= m.m_minRows)
            m.m_tokens.insert(it.key(), it.value());
    m.computeTotals();
    return m;
}

void FallbackModel::computeTotals() {
    m_totals = QList<qint64>(m_classes.size(), 0);
    for (const QList<qint64>& v : std::as_const(m_tokens))
        for (qsizetype c = 0; c < v.size(); ++c)
            m_totals[c] += v[c];
}

QByteArray FallbackModel::toJson() const {
    const auto array = [](const QList<qint64>& v) {
        QJsonArray a;
        for (qint64 n : v)
            a.append(n);
        return a;
    };
    QJsonObject tokens;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        tokens.insert(it.key(), array(it.value()));
    QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(formatId)},
                     {QStringLiteral("classes"), QJsonArray::fromStringList(m_classes)},
                     {QStringLiteral("documents"), array(m_documents)},
                     {QStringLiteral("min_rows"), m_minRows},
                     {QStringLiteral("tokens"), tokens}};
    // QJsonObject keeps keys sorted, so the bytes depend only on the counts.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {
bool countArray(const QJsonValue& value, qsizetype size, QList<qint64>& out) {
    if (!value.isArray() || value.toArray().size() != size)
        return false;
    out.clear();
    for (const QJsonValue& n : value.toArray()) {
        const double d = n.toDouble(-1);
        if (!n.isDouble() || d < 0 || d != std::floor(d))
            return false;
        out.append(qint64(d));
    }
    return true;
}
} // namespace

bool FallbackModel::parse(const QByteArray& json, const QString& fileName, FallbackModel& out,
                          QString* error) {
    const auto fail = [&](const QString& field, const QString& why) {
        if (error)
            *error = QStringLiteral("%1: field \"%2\": %3").arg(fileName, field, why);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("(file)"),
                    QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatId))
        return fail(QStringLiteral("format"),
                    QStringLiteral("must be \"%1\"").arg(QLatin1String(formatId)));
    FallbackModel m;
    const QJsonValue classes = root.value(QStringLiteral("classes"));
    static const QStringList known{QStringLiteral("hard"), QStringLiteral("soft"),
                                   QStringLiteral("spam")};
    if (!classes.isArray() || classes.toArray().isEmpty())
        return fail(QStringLiteral("classes"), QStringLiteral("must be a non-empty array"));
    for (const QJsonValue& c : classes.toArray()) {
        if (!known.contains(c.toString()) || m.m_classes.contains(c.toString()))
            return fail(QStringLiteral("classes"),
                        QStringLiteral("each must be one of hard, soft, spam, once"));
        m.m_classes.append(c.toString());
    }
    if (!countArray(root.value(QStringLiteral("documents")), m.m_classes.size(), m.m_documents))
        return fail(QStringLiteral("documents"),
                    QStringLiteral("must be one non-negative integer per class"));
    const QJsonValue minRows = root.value(QStringLiteral("min_rows"));
    if (!minRows.isDouble() || minRows.toInt(0) < 1)
        return fail(QStringLiteral("min_rows"), QStringLiteral("must be a positive integer"));
    m.m_minRows = minRows.toInt();
    const QJsonValue tokens = root.value(QStringLiteral("tokens"));
    if (!tokens.isObject())
        return fail(QStringLiteral("tokens"), QStringLiteral("must be an object"));
    const QJsonObject tokenObject = tokens.toObject();
    for (auto it = tokenObject.constBegin(); it != tokenObject.constEnd(); ++it) {
        QList<qint64> counts;
        if (it.key().trimmed().isEmpty() || !countArray(it.value(), m.m_classes.size(), counts))
            return fail(QStringLiteral("tokens.%1").arg(it.key()),
                        QStringLiteral("must be one non-negative integer per class"));
        m.m_tokens.insert(it.key(), counts);
    }
    m.computeTotals();
    out = m;
    return true;
}

FallbackModel::Prediction FallbackModel::predict(const QStringList& tokens) const {
    Prediction p;
    qint64 allDocuments = 0;
    for (qint64 d : m_documents)
        allDocuments += d;
    bool anyKnown = false;
    for (const QString& t : tokens)
        anyKnown = anyKnown || m_tokens.contains(t);
    if (!anyKnown || allDocuments == 0)
        return p;
    // Laplace smoothing (add one) over the model's vocabulary; unknown tokens carry nothing.
    const double vocabulary = double(m_tokens.size());
    QList<double> score(m_classes.size(), 0.0);
    for (qsizetype c = 0; c < m_classes.size(); ++c) {
        score[c] = std::log((m_documents[c] + 1.0) / (allDocuments + m_classes.size()));
        for (const QString& t : tokens) {
            const auto it = m_tokens.constFind(t);
            if (it != m_tokens.cend())
                score[c] += std::log((it.value()[c] + 1.0) / (m_totals[c] + vocabulary));
        }
    }
    qsizetype best = 0;
    for (qsizetype c = 1; c < score.size(); ++c)
        if (score[c] > score[best])
            best = c;
    double sum = 0;
    for (double s : score)
        sum += std::exp(s - score[best]);
    p.cls = m_classes[best];
    p.confidence = 1.0 / sum;
    return p;
}

} // namespace deliverboard
