#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace deliverboard {

// Reads attempts' raw lines from their compressed blocks (RawLineBlock), each block read
// and inflated once per cache: one message's attempts usually share a block or two.
class RawBlockCache {
public:
    explicit RawBlockCache(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Line `index` of block `blockId`; empty (with a warning in the log) when the block is
    // missing or damaged, so one bad block costs its lines, not the message detail.
    QString line(qint64 blockId, int index);

private:
    const std::vector<QByteArray>* block(qint64 blockId);

    QSqlDatabase m_db;
    QHash<qint64, std::vector<QByteArray>> m_blocks; // an empty vector: unreadable
};

} // namespace deliverboard
