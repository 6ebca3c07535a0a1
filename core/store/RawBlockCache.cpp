#include "RawBlockCache.h"

#include "RawLineBlock.h"

#include <QSqlQuery>
#include <QVariant>
#include <QtDebug>

namespace deliverboard {

QString RawBlockCache::line(qint64 blockId, int index) {
    const std::vector<QByteArray>* lines = block(blockId);
    if (index < 0 || size_t(index) >= lines->size()) {
        if (!lines->empty())
            qWarning("raw line %d of store block %lld is missing", index, blockId);
        return {};
    }
    return QString::fromUtf8((*lines)[size_t(index)]);
}

const std::vector<QByteArray>* RawBlockCache::block(qint64 blockId) {
    auto it = m_blocks.find(blockId);
    if (it != m_blocks.end())
        return &it.value();
    std::vector<QByteArray> lines;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT size, lines FROM raw_blocks WHERE id = ?"));
    q.addBindValue(blockId);
    if (q.exec() && q.next()) {
        auto unpacked = RawLineBlock::decompress(q.value(1).toByteArray(), q.value(0).toLongLong());
        if (unpacked)
            lines = std::move(*unpacked);
    }
    if (lines.empty())
        qWarning("store block %lld of raw log lines is missing or damaged", blockId);
    return &m_blocks.insert(blockId, std::move(lines)).value();
}

} // namespace deliverboard
