#include "CsvWriter.h"

namespace deliverboard {

namespace {

bool isFormulaChar(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == QChar(0xFF1D) ||
           c == QChar(0xFF0B) || c == QChar(0xFF0D) || c == QChar(0xFF20);
}

bool isHostChar(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Characters that start a new cell in some reading of the file: ';' and TAB are the
// separators of other locales, CR and LF end a row where the quoting is not seen.
bool isSeparator(QChar c) {
    return c == u';' || c == u'\t' || c == u'\r' || c == u'\n';
}

// Whether the cell that would start at `pos` runs as a formula: after any apostrophes,
// quotes and spaces, a formula character; at the start of the field also TAB, CR or LF.
// Leading apostrophes are skipped so that adding one keeps the answer, which is what lets
// restoreField() take exactly the added one away again.
bool dangerAt(const QString& text, qsizetype pos, bool fieldStart) {
    qsizetype i = pos;
    while (i < text.size() && (text.at(i) == u'\'' || text.at(i) == u'"' || text.at(i) == u' '))
        ++i;
    if (i >= text.size())
        return false;
    const QChar c = text.at(i);
    return isFormulaChar(c) || (fieldStart && (c == u'\t' || c == u'\r' || c == u'\n'));
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device) {}

bool CsvWriter::isPlainAddress(const QString& field) {
    const qsizetype at = field.indexOf(u'@');
    if (at <= 0 || at != field.lastIndexOf(u'@') || field.size() > 254 || at == field.size() - 1)
        return false;
    for (qsizetype i = 0; i < at; ++i) {
        const QChar c = field.at(i);
        if (!isHostChar(c) && c != u'.' && c != u'_' && c != u'+' && c != u'-')
            return false;
    }
    // Host: labels of letters, digits and inner hyphens, at least two of them.
    int labels = 0;
    qsizetype labelStart = at + 1;
    for (qsizetype i = at + 1; i <= field.size(); ++i) {
        if (i == field.size() || field.at(i) == u'.') {
            const qsizetype length = i - labelStart;
            if (length == 0 || field.at(labelStart) == u'-' || field.at(i - 1) == u'-')
                return false;
            ++labels;
            labelStart = i + 1;
        } else if (!isHostChar(field.at(i)) && field.at(i) != u'-') {
            return false;
        }
    }
    return labels >= 2;
}

bool CsvWriter::startsLikeFormula(const QString& cell) {
    return dangerAt(cell, 0, true) && !isPlainAddress(cell);
}

QString CsvWriter::neutraliseFormula(const QString& field) {
    QString safe;
    safe.reserve(field.size() + 1);
    if (startsLikeFormula(field))
        safe += QLatin1Char('\'');
    for (qsizetype i = 0; i < field.size(); ++i) {
        safe += field.at(i);
        if (isSeparator(field.at(i)) && dangerAt(field, i + 1, false))
            safe += QLatin1Char('\'');
    }
    return safe;
}

QString CsvWriter::restoreField(const QString& cell) {
    QString original;
    original.reserve(cell.size());
    qsizetype i = 0;
    if (cell.startsWith(u'\'') && dangerAt(cell, 0, true))
        i = 1;
    for (; i < cell.size(); ++i) {
        original += cell.at(i);
        if (isSeparator(cell.at(i)) && i + 1 < cell.size() && cell.at(i + 1) == u'\'' &&
            dangerAt(cell, i + 1, false))
            ++i;
    }
    return original;
}

QString CsvWriter::escapeField(const QString& field) {
    const QString safe = neutraliseFormula(field);
    // A leading U+FEFF would be taken for the file's byte-order mark and dropped.
    bool quote = safe.trimmed() != safe || safe.startsWith(u'+') || safe.startsWith(u'-') ||
                 safe.startsWith(QChar(0xFEFF));
    for (qsizetype i = 0; i < safe.size() && !quote; ++i) {
        const QChar c = safe.at(i);
        quote = c == u',' || c == u';' || c == u'"' || c == u'\t' || c == u'\r' || c == u'\n';
    }
    if (!quote)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList& fields) {
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escapeField(fields[i]);
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}

} // namespace deliverboard
