#include "RawLineBlock.h"

#include <zlib.h>

namespace deliverboard {

namespace {

void appendVarint(QByteArray& out, quint64 value) {
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

int varintSize(quint64 value) {
    int size = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++size;
    }
    return size;
}

// Reads a varint at `pos`; false when it runs past `end` or over 63 bits.
bool readVarint(const char*& pos, const char* end, quint64& value) {
    value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
        if (pos == end)
            return false;
        const auto byte = static_cast<unsigned char>(*pos++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

int RawLineBlock::add(const QByteArray& line) {
    m_lines.push_back(line);
    m_bytes += line.size();
    return lineCount() - 1;
}

void RawLineBlock::clear() {
    m_lines.clear();
    m_bytes = 0;
}

qsizetype RawLineBlock::packedSize() const {
    qsizetype size = 0;
    for (const QByteArray& line : m_lines)
        size += varintSize(quint64(line.size())) + line.size();
    return size;
}

QByteArray RawLineBlock::compress() const {
    QByteArray packed;
    packed.reserve(packedSize());
    for (const QByteArray& line : m_lines) {
        appendVarint(packed, quint64(line.size()));
        packed.append(line);
    }
    uLongf compressedSize = compressBound(uLong(packed.size()));
    QByteArray out(qsizetype(compressedSize), Qt::Uninitialized);
    // Level 1: the ratio of level 6 is only a few points better at half the speed, and the
    // import pays for every byte.
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &compressedSize,
                  reinterpret_cast<const Bytef*>(packed.constData()), uLong(packed.size()),
                  1) != Z_OK)
        return {};
    out.truncate(qsizetype(compressedSize));
    return out;
}

std::optional<std::vector<QByteArray>> RawLineBlock::decompress(const QByteArray& blob,
                                                                qsizetype packedSize) {
    if (packedSize < 0 || packedSize > kMaxUnpackedBytes || blob.isEmpty())
        return std::nullopt;
    QByteArray packed(packedSize, Qt::Uninitialized);
    uLongf size = uLongf(packedSize);
    if (uncompress(reinterpret_cast<Bytef*>(packed.data()), &size,
                   reinterpret_cast<const Bytef*>(blob.constData()), uLong(blob.size())) != Z_OK ||
        qsizetype(size) != packedSize)
        return std::nullopt;
    std::vector<QByteArray> lines;
    const char* pos = packed.constData();
    const char* const end = pos + packed.size();
    while (pos != end) {
        quint64 length = 0;
        if (!readVarint(pos, end, length) || length > quint64(end - pos))
            return std::nullopt;
        lines.emplace_back(pos, qsizetype(length));
        pos += length;
    }
    return lines;
}

} // namespace deliverboard
