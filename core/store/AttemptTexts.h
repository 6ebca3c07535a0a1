#pragma once

namespace deliverboard {

struct AttemptRecord;
struct AttemptRow;
class TextBlock;
class UnpackedTexts;

// The texts of an attempt that only its message detail shows (raw line, relay, reply and
// verdict), kept in its campaign's text blocks (TextBlock) instead of its row: the row keeps
// what queries read (time, status, network) and where its texts start. One order, here, for
// the writer and the reader.
namespace attempttexts {

constexpr int kCount = 13;

// Adds the attempt's texts to `block`; returns the index of the first.
int add(TextBlock& block, const AttemptRecord& attempt);
// Fills `row`'s texts from `texts`, starting at `first`; false (row unchanged) when the
// block holds fewer.
bool read(const UnpackedTexts& texts, int first, AttemptRow& row);

} // namespace attempttexts
} // namespace deliverboard
