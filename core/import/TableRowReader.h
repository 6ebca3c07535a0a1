#pragma once

#include "TableProblems.h"
#include "util/CsvFile.h"

#include <QString>
#include <QStringList>

namespace deliverboard {

// What the readers of recipients.csv and events.csv share: the file read a record at a
// time (never whole), its name in every message, and what could not be used.
class TableRowReader {
public:
    // Why the file as a whole cannot be used (after open() failed).
    QString error() const { return m_error; }
    // "recipients.csv: line 7: ..." for each row skipped, and a reading error if any.
    const TableProblems& problems() const { return m_problems; }

protected:
    // Opens the file and reads its header; false with error() set.
    bool openFile(const QString& path);
    const QStringList& header() const { return m_csv.header(); }
    // The file cannot be used because of its header: error() says so.
    void headerFails(const QString& what);
    // The next record into `fields`; false at the end (or at a reading error, which is then
    // noted once among the problems). `line` is the record's first line in the file.
    bool nextRecord(QStringList& fields, qint64& line);
    // A row that cannot be used: "name: line N: what".
    void skip(qint64 line, const QString& what);

private:
    CsvFile m_csv;
    QString m_name;
    QString m_error;
    TableProblems m_problems;
    bool m_usable = false;
    bool m_readErrorNoted = false;
};

} // namespace deliverboard
