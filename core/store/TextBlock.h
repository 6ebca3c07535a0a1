#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <utility>
#include <vector>

namespace deliverboard {

// Short texts stored together as one zlib-compressed block instead of one value per row
// (issue 10: the texts of attempts were most of the store). The texts of one campaign's
// attempts repeat their host, program, sender, relay and reply wording from attempt to
// attempt, which deflate finds across a block but not within one short text: 64 demo log
// lines pack to about a quarter of their size at level 1, about 110 MB/s on this machine.
//
// Format before compression: for each text, its length as an unsigned LEB128 varint, then
// its bytes. Texts are kept byte for byte (a log line that is not valid UTF-8 is decoded
// when it is shown, as the inline text column was).
// The texts of a stored block, inflated into one buffer: reading a block costs one
// allocation for the buffer and one for the spans, not one per text.
class UnpackedTexts {
public:
    int count() const { return static_cast<int>(m_spans.size()); }
    bool isEmpty() const { return m_spans.empty(); }
    QByteArrayView text(int index) const {
        const auto& [start, length] = m_spans[size_t(index)];
        return QByteArrayView(m_bytes.constData() + start, length);
    }

private:
    friend class TextBlock;
    QByteArray m_bytes;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans; // start and length of each text
};

class TextBlock {
public:
    // A block closes at either limit: 32 attempts of 13 texts, or 32 KB. Measured at 100k
    // recipients: 16 attempts per block give a 145 MB store, 32 give 131 MB, 64 give 130 MB;
    // a message list with every history (`messages --json --attempts`) inflates about one
    // block per message and took 28, 36 and 42 s for them (21 s with the texts in columns).
    static constexpr int kMaxTexts = 416;
    static constexpr qsizetype kMaxBytes = 32 * 1024;
    // A stored block claiming more than this is damaged, not big (kMaxBytes of texts plus
    // their lengths, and the over-long texts of the one attempt that closed the block).
    static constexpr qsizetype kMaxUnpackedBytes = 64 * 1024 * 1024;

    bool isEmpty() const { return m_texts.empty(); }
    int textCount() const { return static_cast<int>(m_texts.size()); }
    bool isFull() const { return textCount() >= kMaxTexts || m_bytes >= kMaxBytes; }
    // Adds a text; returns its index in the block.
    int add(const QByteArray& text);
    void clear();

    // The packed, uncompressed size (stored beside the blob, to size the inflate buffer).
    qsizetype packedSize() const;
    // The compressed block; empty on a zlib failure (out of memory).
    QByteArray compress() const;

    // The texts of a stored block, or nullopt when it is damaged: a wrong size, a zlib
    // error, or lengths that run past the end. Never reads outside `blob`.
    static std::optional<UnpackedTexts> decompress(const QByteArray& blob, qsizetype packedSize);

private:
    std::vector<QByteArray> m_texts;
    qsizetype m_bytes = 0;
};

} // namespace deliverboard
