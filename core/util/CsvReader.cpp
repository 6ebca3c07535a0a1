#include "CsvReader.h"

#include <QStringDecoder>

#include <QBuffer>

namespace deliverboard {

namespace {
constexpr qsizetype kMaxFieldLength = 1 << 20; // one field never holds more than 1 MiB
}

CsvReader::CsvReader(QIODevice* device)
    : m_device(device) {}

QStringList CsvReader::splitLine(const QByteArray& line) {
    QByteArray copy = line;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.m_started = true; // a BOM only matters at the start of a file
    QStringList fields;
    reader.readRecord(fields);
    return fields;
}

bool CsvReader::nextChar(char& c) {
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_device->read(64 * 1024);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return false;
        if (!m_started) {
            m_started = true;
            if (m_buffer.startsWith("\xEF\xBB\xBF"))
                m_pos = 3;
            if (m_pos >= m_buffer.size())
                return nextChar(c);
        }
    }
    c = m_buffer[m_pos++];
    return true;
}

bool CsvReader::readRecord(QStringList& fields) {
    fields.clear();
    QByteArray field;
    bool inQuotes = false, wasQuoted = false, any = false;
    m_recordLine = m_line;
    char c = 0;
    auto finishField = [&] {
        // Not QString::fromUtf8(): it drops a leading U+FEFF of every field, not only the
        // file's byte-order mark (found by fuzz_csv_writer).
        QString value =
            QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)(field);
        fields.append(wasQuoted ? value : value.trimmed());
        field.clear();
        wasQuoted = false;
    };
    while (nextChar(c)) {
        any = true;
        if (inQuotes) {
            if (c == '"') {
                char next = 0;
                if (nextChar(next)) {
                    if (next == '"') {
                        field.append('"');
                        continue;
                    }
                    --m_pos; // not an escaped quote: look at it again outside quotes
                }
                inQuotes = false;
                continue;
            }
            if (c == '\n')
                ++m_line;
            if (field.size() < kMaxFieldLength)
                field.append(c);
            continue;
        }
        if (c == '"' && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            wasQuoted = true;
        } else if (c == ',') {
            finishField();
        } else if (c == '\n') {
            ++m_line;
            if (field.endsWith('\r'))
                field.chop(1);
            finishField();
            if (fields.size() == 1 && fields.first().isEmpty()) { // blank line
                fields.clear();
                m_recordLine = m_line;
                continue;
            }
            return true;
        } else if (field.size() < kMaxFieldLength) {
            field.append(c);
        }
    }
    if (!any && fields.isEmpty())
        return false;
    if (inQuotes)
        m_error = QStringLiteral("line %1: a quoted field is not closed").arg(m_recordLine);
    if (field.endsWith('\r'))
        field.chop(1);
    finishField();
    if (fields.size() == 1 && fields.first().isEmpty())
        return false;
    return true;
}

} // namespace deliverboard
