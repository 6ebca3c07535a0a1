#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

#include "store/TextBlock.h"

namespace deliverboard {

struct AttemptRow;

// Reads attempts' texts from their campaign's compressed text blocks (AttemptTexts), each
// block read and inflated once while it stays among the last kCapacity read. A block never
// changes once written and its id is never given to another block (AUTOINCREMENT), so a
// cached block stays right for as long as the store lives.
class AttemptTextCache {
public:
    explicit AttemptTextCache(QSqlDatabase db)
        : m_db(std::move(db)) {}
    static constexpr int kCapacity = 64; // at most 64 x 32 KB of inflated texts

    // Fills `row`'s texts from block `blockId`, starting at `first`. False (texts left
    // empty, a warning in the log) when the block is missing or damaged, so one bad block
    // costs the texts it holds, not the message detail.
    bool fill(qint64 blockId, int first, AttemptRow& row);

private:
    const UnpackedTexts& block(qint64 blockId);

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_select;     // prepared at the first block read
    QHash<qint64, UnpackedTexts> m_blocks; // no texts: unreadable
};

} // namespace deliverboard
