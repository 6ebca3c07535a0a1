#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace deliverboard {

// RFC 4180 reader: quoted fields with "" escapes and embedded line breaks, CRLF or LF,
// a UTF-8 byte-order mark skipped. Fields are trimmed of surrounding blanks when unquoted
// (PowerMTA writers put spaces after commas).
class CsvReader {
public:
    explicit CsvReader(QIODevice* device);

    // Reads one record; false at the end. `line` is the line the record started on.
    bool readRecord(QStringList& fields);
    // The fields of one single-line record.
    static QStringList splitLine(const QByteArray& line);
    qint64 recordLine() const { return m_recordLine; }
    bool hadError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool nextChar(char& c);

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace deliverboard
