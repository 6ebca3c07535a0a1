#include "TextBlock.h"

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

// Inflates `blob` into exactly `out.size()` bytes. One inflate state per thread, reset for
// each block: uncompress() sets up and frees its 40 KB state on every call, which cost more
// than the inflating itself when a message list reads a block per message.
bool inflateWhole(const QByteArray& blob, QByteArray& out) {
    struct Inflater {
        z_stream stream{};
        bool ready = false;
        Inflater() { ready = inflateInit(&stream) == Z_OK; }
        ~Inflater() {
            if (ready)
                inflateEnd(&stream);
        }
    };
    thread_local Inflater inflater;
    if (!inflater.ready || inflateReset(&inflater.stream) != Z_OK)
        return false;
    z_stream& z = inflater.stream;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(blob.constData()));
    z.avail_in = uInt(blob.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    // Z_STREAM_END with every byte of the output used: the stored size was right.
    return inflate(&z, Z_FINISH) == Z_STREAM_END && z.avail_out == 0;
}

} // namespace

int TextBlock::add(const QByteArray& text) {
    m_texts.push_back(text);
    m_bytes += text.size();
    return textCount() - 1;
}

void TextBlock::clear() {
    m_texts.clear();
    m_bytes = 0;
}

qsizetype TextBlock::packedSize() const {
    qsizetype size = 0;
    for (const QByteArray& text : m_texts)
        size += varintSize(quint64(text.size())) + text.size();
    return size;
}

QByteArray TextBlock::compress() const {
    QByteArray packed;
    packed.reserve(packedSize());
    for (const QByteArray& text : m_texts) {
        appendVarint(packed, quint64(text.size()));
        packed.append(text);
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

std::optional<UnpackedTexts> TextBlock::decompress(const QByteArray& blob, qsizetype packedSize) {
    if (packedSize < 0 || packedSize > kMaxUnpackedBytes || blob.isEmpty())
        return std::nullopt;
    UnpackedTexts texts;
    texts.m_bytes = QByteArray(packedSize, Qt::Uninitialized);
    if (!inflateWhole(blob, texts.m_bytes))
        return std::nullopt;
    const char* const begin = texts.m_bytes.constData();
    const char* pos = begin;
    const char* const end = pos + texts.m_bytes.size();
    while (pos != end) {
        quint64 length = 0;
        if (!readVarint(pos, end, length) || length > quint64(end - pos))
            return std::nullopt;
        texts.m_spans.emplace_back(pos - begin, qsizetype(length));
        pos += length;
    }
    return texts;
}

} // namespace deliverboard
