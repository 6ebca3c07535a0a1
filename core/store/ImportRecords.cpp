#include "ImportRecords.h"

namespace deliverboard {

DeliveryRecord* DeliveryList::find(const QString& recipient) {
    if (!m_index.isEmpty()) {
        const auto it = m_index.constFind(recipient);
        return it == m_index.constEnd() ? nullptr : &m_items[*it];
    }
    for (DeliveryRecord& record : m_items)
        if (record.recipient == recipient)
            return &record;
    return nullptr;
}

DeliveryRecord& DeliveryList::append(DeliveryRecord record) {
    m_items.push_back(std::move(record));
    if (m_items.size() == kIndexFrom) {
        m_index.reserve(static_cast<qsizetype>(kIndexFrom) * 2);
        for (size_t i = 0; i < m_items.size(); ++i)
            m_index.insert(m_items[i].recipient, i);
    } else if (m_items.size() > kIndexFrom) {
        m_index.insert(m_items.back().recipient, m_items.size() - 1);
    }
    return m_items.back();
}

} // namespace deliverboard
