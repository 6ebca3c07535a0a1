#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace deliverboard {

// Reads a log file line by line, plain or gzip (zlib, detected by magic bytes, not by
// name). Offsets count bytes of the *decompressed* stream, so an import can resume a
// grown file where it stopped. Lines longer than `maxLineLength` are cut and flagged
// rather than held in memory: a 100 MB line costs no more than a short one.
class LogFileReader {
public:
    struct Line {
        QByteArray text;       // without the line break; cut at maxLineLength
        qint64 number = 0;     // 1-based line number in the decompressed stream
        qint64 endOffset = 0;  // decompressed offset just after this line
        bool overlong = false; // the line was longer than maxLineLength
        bool binary = false;   // the line holds NUL bytes
    };

    explicit LogFileReader(QString path, int maxLineLength = 64 * 1024);
    ~LogFileReader();
    LogFileReader(const LogFileReader&) = delete;
    LogFileReader& operator=(const LogFileReader&) = delete;

    // Opens the file and skips to `startOffset` (whose line number is `startLine`).
    // Returns false with errorString() set when the file cannot be read.
    bool open(qint64 startOffset = 0, qint64 startLine = 0);
    // Reads the next line; false at the end of the file or on a read error.
    bool readLine(Line& line);

    bool isCompressed() const;
    QString errorString() const; // empty unless open() or readLine() failed
    qint64 offset() const;       // decompressed bytes consumed so far
    qint64 lineNumber() const { return m_lineNumber; } // lines consumed so far
    qint64 compressedPosition() const; // bytes of the file itself consumed (for progress)
    qint64 fileSize() const;

    // The first `length` decompressed bytes (fewer if the file is shorter), for
    // recognising a file again after rotation or compression.
    static QByteArray head(const QString& path, int length, QString* error = nullptr);

private:
    struct Source;
    bool fill();

    QString m_path;
    int m_maxLineLength;
    std::unique_ptr<Source> m_source;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    qint64 m_offset = 0;
    qint64 m_lineNumber = 0;
    bool m_eof = false;
    QString m_error;
};

} // namespace deliverboard
