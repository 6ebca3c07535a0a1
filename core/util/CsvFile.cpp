#include "CsvFile.h"

#include "SafeFile.h"

#include <QFileInfo>

namespace deliverboard {

bool CsvFile::open(const QString& path, QString& error) {
    m_name = QFileInfo(path).fileName();
    QString why;
    if (!openRegularFile(m_file, path, &why)) {
        error = QStringLiteral("%1: %2").arg(m_name, why);
        return false;
    }
    m_reader = std::make_unique<CsvReader>(&m_file);
    if (!m_reader->readRecord(m_header)) {
        error = QStringLiteral("%1: line 1: the file is empty").arg(m_name);
        return false;
    }
    for (QString& column : m_header)
        column = column.trimmed().toLower();
    return true;
}

} // namespace deliverboard
