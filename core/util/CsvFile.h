#pragma once

#include "CsvReader.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace deliverboard {

// A CSV file with a header row, opened for reading record by record.
class CsvFile {
public:
    // Opens `path` and reads the header; on failure `error` reads "name: what went wrong".
    bool open(const QString& path, QString& error);
    const QStringList& header() const { return m_header; }
    QString name() const { return m_name; }
    bool isOpen() const { return m_reader != nullptr; } // reader() exists (the header was read)
    CsvReader& reader() { return *m_reader; }
    const CsvReader& reader() const { return *m_reader; }

private:
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    QString m_name;
};

} // namespace deliverboard
