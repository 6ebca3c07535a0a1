#include "SmtpReply.h"

#include <QRegularExpression>
#include <QStringTokenizer>
#include <QVarLengthArray>

namespace deliverboard {

namespace {
const QRegularExpression& replyStart() {
    static const QRegularExpression re(
        QStringLiteral(R"(^([245]\d\d)(?:[ -]|$)(?:([245]\.\d{1,3}\.\d{1,3})(?:\s|$))?)"));
    return re;
}
} // namespace

void parseSmtpReply(QStringView reply, ReplyDetails& out) {
    const QString text = reply.trimmed().toString();
    const auto m = replyStart().match(text);
    if (!m.hasMatch()) {
        out.reply = text;
        return;
    }
    out.code = m.captured(1);
    out.enhanced = m.captured(2);
    // Continuation lines were joined with spaces and keep their own prefix
    // ("550-5.1.1 ", "550 5.1.1 ", "451-"): drop those words. Done by hand because this
    // runs for every recipient line (a regex built per reply dominated import time).
    // Views into the text, and one output string: no list of copied words per reply.
    const QString dashed = out.code + QLatin1Char('-');
    QVarLengthArray<QStringView, 64> tokens;
    for (const QStringView token :
         QStringView(text).mid(m.capturedEnd()).tokenize(QLatin1Char(' '), Qt::SkipEmptyParts))
        tokens.append(token);
    QString words;
    words.reserve(text.size() - m.capturedEnd());
    const auto append = [&words](QStringView word) {
        if (!words.isEmpty())
            words.append(QLatin1Char(' '));
        words.append(word);
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringView word = tokens[i];
        if (word == out.code || word == dashed) {
            if (!out.enhanced.isEmpty() && i + 1 < tokens.size() && tokens[i + 1] == out.enhanced)
                ++i;
            continue;
        }
        if (word.startsWith(dashed)) { // "550-5.1.1", or "451-and" when there is no ESC
            const QStringView rest = word.mid(dashed.size());
            if (rest != out.enhanced)
                append(rest);
            continue;
        }
        append(word);
    }
    // As QStringList::join gave: a null string when no word is left.
    out.reply = words.isEmpty() ? QString() : words;
}

void splitHostAddress(QStringView text, QString& host, QString& ip, int* port) {
    const qsizetype open = text.indexOf(QLatin1Char('['));
    const qsizetype close = text.lastIndexOf(QLatin1Char(']'));
    if (open < 0 || close < open) {
        host = text.toString();
        ip.clear();
        if (port)
            *port = 0;
        return;
    }
    host = text.left(open).toString();
    ip = text.mid(open + 1, close - open - 1).toString();
    if (port) {
        *port = 0;
        if (close + 1 < text.size() && text[close + 1] == QLatin1Char(':'))
            *port = text.mid(close + 2).toInt();
    }
}

} // namespace deliverboard
