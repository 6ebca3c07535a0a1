#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

namespace deliverboard {

// The raw log lines of consecutive attempts, stored together as one zlib-compressed block
// instead of one text per attempt row (issue 10: raw lines were most of the store). Log
// lines of one campaign repeat their host, program, sender and reply wording from line to
// line, which deflate finds across a block but not within one short line: 64 demo lines
// pack to about a quarter of their size at level 1, about 110 MB/s on this machine.
//
// Format before compression: for each line, its length as an unsigned LEB128 varint, then
// its bytes. Lines are kept byte for byte (a line that is not valid UTF-8 is decoded when
// it is shown, as the inline text column was).
class RawLineBlock {
public:
    static constexpr int kMaxLines = 64;
    static constexpr qsizetype kMaxBytes = 64 * 1024; // a block closes at either limit
    // A stored block claiming more than this is damaged, not big (kMaxBytes of lines plus
    // their lengths, and one over-long line that opened a block by itself).
    static constexpr qsizetype kMaxUnpackedBytes = 64 * 1024 * 1024;

    bool isEmpty() const { return m_lines.empty(); }
    int lineCount() const { return static_cast<int>(m_lines.size()); }
    bool isFull() const { return lineCount() >= kMaxLines || m_bytes >= kMaxBytes; }
    // Adds a line; returns its index in the block.
    int add(const QByteArray& line);
    void clear();

    // The packed, uncompressed size (stored beside the blob, to size the inflate buffer).
    qsizetype packedSize() const;
    // The compressed block; empty on a zlib failure (out of memory).
    QByteArray compress() const;

    // The lines of a stored block, or nullopt when it is damaged: a wrong size, a zlib
    // error, or lengths that run past the end. Never reads outside `blob`.
    static std::optional<std::vector<QByteArray>> decompress(const QByteArray& blob,
                                                             qsizetype packedSize);

private:
    std::vector<QByteArray> m_lines;
    qsizetype m_bytes = 0;
};

} // namespace deliverboard
