#include "CsvExportFile.h"

namespace deliverboard {

CsvExportFile::CsvExportFile(const QString& path)
    : m_path(path)
    , m_file(path)
    , m_writer(&m_file) {}

bool CsvExportFile::open(QString& error) {
    if (m_file.open(QIODevice::WriteOnly))
        return true;
    error = QStringLiteral("%1: %2").arg(m_path, m_file.errorString());
    return false;
}

qint64 CsvExportFile::finish(bool ok, qint64 rows, QString& error, const QString& sourceError) {
    if (!ok) {
        error = !sourceError.isEmpty() ? sourceError
                                       : QStringLiteral("%1: %2").arg(m_path, m_file.errorString());
        m_file.cancelWriting();
        return -1;
    }
    if (!m_file.commit()) {
        error = QStringLiteral("%1: %2").arg(m_path, m_file.errorString());
        return -1;
    }
    return rows;
}

} // namespace deliverboard
