#include "LogFileReader.h"

#include "util/SafeFile.h"

#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <QCoreApplication>

#include <zlib.h>

namespace deliverboard {

namespace {
constexpr int kChunkSize = 256 * 1024;

bool hasGzipMagic(const QString& path) {
    QFile file;
    if (!openRegularFile(file, path))
        return false;
    const QByteArray magic = file.read(2);
    return magic.size() == 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
           static_cast<unsigned char>(magic[1]) == 0x8b;
}
} // namespace

// Either a plain QFile or a zlib gzFile; both deliver decompressed chunks.
struct LogFileReader::Source {
    QFile plain;
    gzFile gz = nullptr;
    qint64 size = 0;

    ~Source() {
        if (gz)
            gzclose(gz);
    }

    // Returns bytes read, 0 at end, -1 on error (message in `error`).
    qint64 read(char* data, qint64 max, QString& error) {
        if (!gz) {
            const qint64 n = plain.read(data, max);
            if (n < 0)
                error = plain.errorString();
            return n;
        }
        const int n = gzread(gz, data, static_cast<unsigned>(max));
        if (n < 0) {
            int code = 0;
            error = QString::fromLocal8Bit(gzerror(gz, &code));
            return -1;
        }
        if (n == 0 && !gzeof(gz)) {
            int code = 0;
            const char* message = gzerror(gz, &code);
            if (code != Z_OK) {
                error = QString::fromLocal8Bit(message);
                return -1;
            }
        }
        // zlib reports a cut-off archive only as an early end; say so plainly.
        if (n == 0 && gzeof(gz)) {
            int code = 0;
            gzerror(gz, &code);
            if (code == Z_BUF_ERROR) {
                error = QStringLiteral("the compressed file is truncated");
                return -1;
            }
        }
        return n;
    }

    qint64 position() const {
        if (!gz)
            return plain.pos();
        return static_cast<qint64>(gzoffset(gz));
    }
};

LogFileReader::LogFileReader(QString path, int maxLineLength)
    : m_path(std::move(path))
    , m_maxLineLength(maxLineLength) {}

LogFileReader::~LogFileReader() = default;

bool LogFileReader::open(qint64 startOffset, qint64 startLine) {
    m_source = std::make_unique<Source>();
    m_buffer.clear();
    m_bufferPos = 0;
    m_offset = 0;
    m_lineNumber = startLine;
    m_eof = false;
    m_error.clear();

    const QFileInfo info(m_path);
    if (!info.exists()) {
        m_error = QStringLiteral("file not found");
        return false;
    }
    if (!info.isReadable()) {
        m_error = QStringLiteral("permission denied");
        return false;
    }
    if (const QString kind = nonRegularKind(m_path); !kind.isEmpty()) {
        m_error = QCoreApplication::translate("LogFileReader", "%1, not a regular file; not read")
                      .arg(kind);
        return false;
    }
    m_source->size = info.size();
    if (hasGzipMagic(m_path)) {
        const int fd = openRegularFileDescriptor(m_path, &m_error);
        if (fd < 0)
            return false;
        m_source->gz = gzdopen(fd, "rb");
        if (!m_source->gz) {
            ::close(fd);
            m_error = QStringLiteral("cannot open the compressed file");
            return false;
        }
        gzbuffer(m_source->gz, kChunkSize);
        if (startOffset > 0) {
            // Seeking a gzip stream means decompressing up to the offset.
            if (gzseek(m_source->gz, static_cast<z_off_t>(startOffset), SEEK_SET) != startOffset) {
                m_error = QStringLiteral("cannot skip to byte %1 of the decompressed file")
                              .arg(startOffset);
                return false;
            }
        }
    } else {
        if (!openRegularFile(m_source->plain, m_path, &m_error))
            return false;
        if (startOffset > 0 && !m_source->plain.seek(startOffset)) {
            m_error = QStringLiteral("cannot seek to byte %1").arg(startOffset);
            return false;
        }
    }
    m_offset = startOffset;
    return true;
}

bool LogFileReader::fill() {
    if (m_eof || !m_error.isEmpty())
        return false;
    if (m_bufferPos > 0) {
        m_buffer.remove(0, m_bufferPos);
        m_bufferPos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunkSize);
    const qint64 n = m_source->read(m_buffer.data() + old, kChunkSize, m_error);
    if (n <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + n);
    return true;
}

bool LogFileReader::readLine(Line& line) {
    if (!m_source)
        return false;
    line.text.clear();
    line.overlong = false;
    line.binary = false;
    qint64 consumed = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_bufferPos);
        const qsizetype end = newline >= 0 ? newline : m_buffer.size();
        const qsizetype take = end - m_bufferPos;
        const qsizetype room = m_maxLineLength - line.text.size();
        if (take > room)
            line.overlong = true;
        if (room > 0)
            line.text.append(m_buffer.constData() + m_bufferPos, qMin(take, room));
        consumed += take;
        if (newline >= 0) {
            m_bufferPos = newline + 1;
            consumed += 1;
            break;
        }
        m_bufferPos = m_buffer.size();
        if (!fill()) {
            if (consumed == 0)
                return false; // clean end of file (or read error, see errorString())
            break;            // last line without a line break
        }
    }
    if (line.text.endsWith('\r'))
        line.text.chop(1);
    line.binary = line.text.contains('\0');
    m_offset += consumed;
    line.endOffset = m_offset;
    line.number = ++m_lineNumber;
    return true;
}

bool LogFileReader::isCompressed() const {
    return m_source && m_source->gz;
}
QString LogFileReader::errorString() const {
    return m_error;
}
qint64 LogFileReader::offset() const {
    return m_offset;
}
qint64 LogFileReader::compressedPosition() const {
    return m_source ? m_source->position() : 0;
}
qint64 LogFileReader::fileSize() const {
    return m_source ? m_source->size : 0;
}

QByteArray LogFileReader::head(const QString& path, int length, QString* error) {
    LogFileReader reader(path);
    if (!reader.open()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    QByteArray result;
    while (result.size() < length && reader.fill()) {
        result.append(
            reader.m_buffer.constData() + reader.m_bufferPos,
            qMin<qsizetype>(reader.m_buffer.size() - reader.m_bufferPos, length - result.size()));
        reader.m_bufferPos = reader.m_buffer.size();
    }
    if (error)
        *error = reader.errorString();
    return result;
}

} // namespace deliverboard
