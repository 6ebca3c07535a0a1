#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace deliverboard {

// RFC 4180 writer (UTF-8, CRLF). Spreadsheet formulas are neutralised so that no cell can
// run in Excel or LibreOffice, whether the file is opened with ',', ';' or TAB as the
// separator (docs/contract-notes.md, "CSV export"):
// - a cell that (after leading spaces and apostrophes) starts with = + - @ (or their
//   full-width forms), TAB, CR or LF gets one leading apostrophe (OWASP);
//   except a plain address ("-info@example.org", "+1@example.org": letters, digits and
//   . _ + - before the @, a host name after it), which stays as it is so that a
//   suppression list re-imported elsewhere still matches it;
// - a cell holding , ; " TAB CR LF, or leading/trailing blanks, or starting with + or -,
//   is quoted, so that no separator inside it can start a new (live) cell.
// restoreField() undoes the apostrophe: what is written reads back as the same cells.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice* device);
    bool writeRecord(const QStringList& fields);
    static QString escapeField(const QString& field);
    static QString neutraliseFormula(const QString& field);
    // The original text of a cell read back from our own file.
    static QString restoreField(const QString& cell);
    // Whether a spreadsheet could take the cell (as written, unquoted) for a formula.
    static bool startsLikeFormula(const QString& cell);
    static bool isPlainAddress(const QString& field);

private:
    QIODevice* m_device;
};

} // namespace deliverboard
