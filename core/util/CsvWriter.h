#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace deliverboard {

// RFC 4180 writer (UTF-8, CRLF). Cells a spreadsheet would run as a formula (starting
// with = + - @, tab or carriage return) are neutralised with a leading apostrophe, as
// OWASP recommends for CSV injection.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice* device);
    bool writeRecord(const QStringList& fields);
    static QString escapeField(const QString& field);
    static QString neutraliseFormula(const QString& field);

private:
    QIODevice* m_device;
};

} // namespace deliverboard
