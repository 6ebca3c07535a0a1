#include "FallbackTokenizer.h"

#include <QRegularExpression>

namespace deliverboard {

QStringList fallbackTokens(const QString& text, const QString& recipient) {
    static const QRegularExpression address(
        QStringLiteral("[^\\s<>()\\[\\]\"',;:]+@[^\\s<>()\\[\\]\"',;:]+"));
    // Two or more dot-separated labels with a letter in the last one: a host or domain name
    // (mx1.example.com, gmail.com). Status codes such as 5.1.1 have no letters and stay.
    static const QRegularExpression host(QStringLiteral(
        "\\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?\\b"));
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    static const QRegularExpression word(QStringLiteral("[a-z]+(?:'[a-z]+)?|0(?:\\.0)*"));

    QString s = text.toLower();
    s.replace(address, QStringLiteral(" "));
    s.replace(host, QStringLiteral(" "));
    const QString local = recipient.section(QLatin1Char('@'), 0, 0).toLower();
    if (local.size() >= 2)
        s.replace(
            QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(local))),
            QStringLiteral(" "));
    s.replace(digits, QStringLiteral("0"));

    QStringList words;
    for (auto it = word.globalMatch(s); it.hasNext();)
        words.append(it.next().captured());
    QStringList tokens = words;
    for (qsizetype i = 1; i < words.size(); ++i)
        tokens.append(words[i - 1] + QLatin1Char(' ') + words[i]);
    return tokens;
}

} // namespace deliverboard
