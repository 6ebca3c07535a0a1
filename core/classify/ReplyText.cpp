#include "ReplyText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deliverboard {

namespace {
// Patterns are compiled once and only read afterwards (thread-safe matching).
QRegularExpression compiled(const QString& pattern) {
    QRegularExpression regex(pattern);
    regex.optimize();
    return regex;
}

// "550 5.1.1", "550-5.1.1": the usual pair. A dotted number with a fourth part
// ("4.16.55.1", Yahoo's internal id) is not an enhanced status code.
const QRegularExpression& pairPattern() {
    static const QRegularExpression regex =
        compiled(uR"((?<![\w.])([245]\d\d)[ -]+([245]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d))"_s);
    return regex;
}

// A bare reply code: a three-digit number that is not part of a word, an address, a
// host name, an IP address or a "key=value".
const QRegularExpression& codePattern() {
    static const QRegularExpression regex =
        compiled(uR"((?<![\w.\-:/=#\[@])([245][0-5]\d)(?=[ -]))"_s);
    return regex;
}

const QRegularExpression& enhancedPattern() {
    static const QRegularExpression regex =
        compiled(uR"((?<![\w.])([245]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d))"_s);
    return regex;
}

// A dotted number right after the word "version" (any class) or after a product name
// (a 2.x.x, which would read as "delivered") is a software version, not a status code
// ("Mailman 2.0.12", "version 4.2.1"): RFC 3463 codes follow a reply code or a field
// name ("Status:"), or stand alone.
bool isVersionNumber(const QString& text, qsizetype at) {
    static const QRegularExpression word =
        compiled(uR"(\b(?:[Vv]ersion|[Vv]er|v|[Rr]elease|[Rr]ev|[Bb]uild)\.?\s?$)"_s);
    static const QRegularExpression product = compiled(
        uR"(\b(?!(?:Status|Code|Error|Reason|Diagnostic)\b)[A-Z][A-Za-z]*[a-z][A-Za-z]*\s?$)"_s);
    const qsizetype from = qMax<qsizetype>(0, at - 32);
    const QString before = text.mid(from, at - from);
    return word.match(before).hasMatch() ||
           (text.at(at) == u'2' && product.match(before).hasMatch());
}

// The first match of `pattern` (group `group`), optionally not a version number, preferring
// a failure (4xx/5xx, 4.x.x/5.x.x) over an acceptance: in a session transcript the
// greeting (220) and earlier 250 replies come before the reply that failed.
QRegularExpressionMatch preferredMatch(const QRegularExpression& pattern, const QString& text,
                                       int group, bool skipVersions = false) {
    QRegularExpressionMatch first;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (skipVersions && isVersionNumber(text, m.capturedStart(group)))
            continue;
        if (m.captured(group).at(0) != u'2')
            return m;
        if (!first.hasMatch())
            first = m;
    }
    return first;
}

} // namespace

QString collapseWhitespace(const QString& text) {
    // What QRegularExpression's \s matches without UseUnicodePropertiesOption: the ASCII
    // white space characters (PCRE2's default tables). A loop instead of a regex replace,
    // which cost ~24k instructions per reply (issue 10's profile); tst_ReplyClassifier
    // compares both over every character up to U+3000.
    const auto isSpace = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    QString out;
    out.reserve(text.size());
    bool inSpace = false;
    for (const QChar c : text) {
        if (isSpace(c.unicode())) {
            if (!inSpace)
                out.append(u' ');
            inSpace = true;
        } else {
            out.append(c);
            inSpace = false;
        }
    }
    return out;
}

ReplyText parseReplyText(const QString& text) {
    ReplyText reply;
    reply.normalized = collapseWhitespace(text).trimmed();

    qsizetype codeEnd = -1;
    const QRegularExpressionMatch pair = preferredMatch(pairPattern(), reply.normalized, 1);
    if (pair.hasMatch()) {
        reply.code = pair.captured(1);
        reply.enhanced = pair.captured(2);
        codeEnd = pair.capturedEnd(0);
    } else {
        const QRegularExpressionMatch code = preferredMatch(codePattern(), reply.normalized, 1);
        if (code.hasMatch()) {
            reply.code = code.captured(1);
            codeEnd = code.capturedEnd(0);
        }
        const QRegularExpressionMatch enhanced =
            preferredMatch(enhancedPattern(), reply.normalized, 1, true);
        if (enhanced.hasMatch())
            reply.enhanced = enhanced.captured(1);
    }

    if (codeEnd > 0 && !reply.code.isEmpty()) {
        // Drop the continuation prefixes of a folded multi-line reply after the first one.
        QString rest = reply.normalized.mid(codeEnd);
        if (!reply.enhanced.isEmpty()) {
            rest.replace(u" "_s + reply.code + u"-"_s + reply.enhanced + u" "_s, u" "_s);
            rest.replace(u" "_s + reply.code + u" "_s + reply.enhanced + u" "_s, u" "_s);
        }
        rest.replace(u" "_s + reply.code + u"-"_s, u" "_s);
        reply.normalized = reply.normalized.left(codeEnd) + rest;
    }
    return reply;
}

} // namespace deliverboard
