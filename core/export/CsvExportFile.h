#pragma once

#include "util/CsvWriter.h"

#include <QSaveFile>
#include <QString>

namespace deliverboard {

// A CSV export written through QSaveFile: a failed or interrupted export never leaves half a
// file behind, and every error names the file. Shared by every exporter.
class CsvExportFile {
public:
    explicit CsvExportFile(const QString& path);

    bool open(QString& error);
    CsvWriter& writer() { return m_writer; }
    // Commits the file when `ok`, else discards it. Returns `rows`, or -1 with `error` set;
    // `sourceError` (what failed while reading the rows) wins over the file's own error.
    qint64 finish(bool ok, qint64 rows, QString& error, const QString& sourceError = {});

private:
    QString m_path;
    QSaveFile m_file;
    CsvWriter m_writer;
};

} // namespace deliverboard
