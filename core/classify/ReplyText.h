#pragma once

#include <QString>

namespace deliverboard {

// A reply as the rules see it: one line, with the reply code and the RFC 3463 enhanced
// status code found in it. Multi-line replies repeat their code on every line
// ("550-5.1.1 ... 550-5.1.1 ... 550 5.1.1"); those repetitions are dropped so that
// wording patterns match across the original line breaks.
struct ReplyText {
    QString normalized;
    QString code;     // "550", or empty
    QString enhanced; // "5.1.1", or empty
};

ReplyText parseReplyText(const QString& text);
// Every run of ASCII white space (what the regex \s matches) as one space.
QString collapseWhitespace(const QString& text);

} // namespace deliverboard
