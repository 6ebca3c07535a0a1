#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace deliverboard {

// A multinomial naive Bayes model over the words of a diagnostic (FallbackTokenizer), the
// statistical fallback of issue 13. It holds only counts, so training is exact integer
// arithmetic and the same rows always give a byte-identical file (toJson()).
class FallbackModel {
public:
    static constexpr const char* formatId = "deliverboard-fallback-nb/1";

    struct TrainingRow {
        QString cls;        // the corpus's coarse class: hard, soft or spam
        QStringList tokens; // fallbackTokens() of the diagnostic
    };
    struct Prediction {
        QString cls;             // empty when the model has no evidence at all
        double confidence = 0.0; // posterior probability of cls, 0..1
    };

    // Counts the rows; tokens seen in fewer than minRows rows are dropped (a word of one
    // mail is that mail's, not its family's).
    static FallbackModel train(const QList<TrainingRow>& rows, const QStringList& classes,
                               int minRows);
    // Reads and validates a model file; an error names the file and the field.
    static bool parse(const QByteArray& json, const QString& fileName, FallbackModel& out,
                      QString* error);
    QByteArray toJson() const;

    Prediction predict(const QStringList& tokens) const;
    const QStringList& classes() const { return m_classes; }
    int tokenCount() const { return int(m_tokens.size()); }

private:
    QStringList m_classes;
    QList<qint64> m_documents;             // training rows per class
    QMap<QString, QList<qint64>> m_tokens; // token -> occurrences per class
    QList<qint64> m_totals;                // sum of m_tokens per class
    int m_minRows = 1;
    void computeTotals();
};

} // namespace deliverboard
