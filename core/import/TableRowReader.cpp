#include "TableRowReader.h"

namespace deliverboard {

bool TableRowReader::openFile(const QString& path) {
    m_usable = m_csv.open(path, m_error);
    m_name = m_csv.name();
    return m_usable;
}

void TableRowReader::headerFails(const QString& what) {
    m_error = QStringLiteral("%1: line 1: %2").arg(m_name, what);
    m_usable = false;
}

bool TableRowReader::nextRecord(QStringList& fields, qint64& line) {
    if (!m_usable)
        return false;
    CsvReader& reader = m_csv.reader();
    if (reader.readRecord(fields)) {
        line = reader.recordLine();
        return true;
    }
    if (reader.hadError() && !m_readErrorNoted) {
        m_problems.add(QStringLiteral("%1: %2").arg(m_name, reader.errorString()));
        m_readErrorNoted = true;
    }
    return false;
}

void TableRowReader::skip(qint64 line, const QString& what) {
    // One pass: a file name or a row with "%1" in it is kept as it is.
    m_problems.add(QStringLiteral("%1: line %2: %3").arg(m_name, QString::number(line), what));
}

} // namespace deliverboard
