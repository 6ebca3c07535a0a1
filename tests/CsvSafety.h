#pragma once

#include "util/CsvWriter.h"

#include <QString>

// Whether a cell written by CsvWriter::escapeField() could run as a formula in a
// spreadsheet reading the file with ',', ';' or TAB as the separator, quoted or not:
// every place a cell can start (the field's start, and after each ';', TAB, CR, LF in
// it), past any quotes and spaces, must not hold = + - @ (or their full-width forms)
// unless it is behind an apostrophe. A plain address at the start of the field ("-a@b.c")
// is allowed: it has no function call or DDE in it.
namespace csvsafety {

inline bool formulaChar(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == QChar(0xFF1D) ||
           c == QChar(0xFF0B) || c == QChar(0xFF0D) || c == QChar(0xFF20);
}

inline bool liveAt(const QString& written, qsizetype pos, bool fieldStart) {
    qsizetype i = pos;
    while (i < written.size() && (written.at(i) == u'"' || written.at(i) == u' '))
        ++i;
    if (i >= written.size())
        return false;
    const QChar c = written.at(i);
    return formulaChar(c) || (fieldStart && (c == u'\t' || c == u'\r' || c == u'\n'));
}

inline bool isLive(const QString& written) {
    QString bare = written;
    if (bare.size() >= 2 && bare.startsWith(u'"') && bare.endsWith(u'"'))
        bare = bare.mid(1, bare.size() - 2);
    if (liveAt(written, 0, true) && !deliverboard::CsvWriter::isPlainAddress(bare))
        return true;
    for (qsizetype i = 0; i < written.size(); ++i) {
        const QChar c = written.at(i);
        if ((c == u';' || c == u'\t' || c == u'\r' || c == u'\n') && liveAt(written, i + 1, false))
            return true;
    }
    return false;
}

} // namespace csvsafety
