#include "AttemptTextCache.h"

#include "store/AttemptTexts.h"
#include "store/TextBlock.h"

#include <QVariant>
#include <QtDebug>

namespace deliverboard {

bool AttemptTextCache::fill(qint64 blockId, int first, AttemptRow& row) {
    const UnpackedTexts& texts = block(blockId);
    if (attempttexts::read(texts, first, row))
        return true;
    if (!texts.isEmpty())
        qWarning("the texts at %d of store block %lld are missing", first, blockId);
    return false;
}

const UnpackedTexts& AttemptTextCache::block(qint64 blockId) {
    auto it = m_blocks.find(blockId);
    if (it != m_blocks.end())
        return it.value();
    UnpackedTexts texts;
    if (!m_select) {
        m_select.emplace(m_db);
        m_select->prepare(QStringLiteral("SELECT size, texts FROM text_blocks WHERE id = ?"));
    }
    QSqlQuery& q = *m_select;
    q.addBindValue(blockId);
    if (q.exec() && q.next()) {
        auto unpacked = TextBlock::decompress(q.value(1).toByteArray(), q.value(0).toLongLong());
        if (unpacked)
            texts = std::move(*unpacked);
    }
    q.finish();
    if (m_blocks.size() >= kCapacity)
        m_blocks.clear(); // bounded; a list's next messages refill what they need
    if (texts.isEmpty())
        qWarning("store block %lld of attempt texts is missing or damaged", blockId);
    return m_blocks.insert(blockId, std::move(texts)).value();
}

} // namespace deliverboard
