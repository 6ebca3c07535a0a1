#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <vector>

namespace deliverboard {

// Finds an address's entry among a million without a node per address: an open-addressing
// table of (hash, entry) slots. The keys stay in the caller's entries (`addressOf(entry)`),
// and a slot's stored hash is compared first, so a look-up touches one slot and, only when
// the hash matches, the one address it names; QHash<QByteArray, int> touched a node, the key's
// heap block and often a colliding one (a third of the status evaluation's time).
class AddressIndex {
public:
    static quint32 hashOf(QByteArrayView address) {
        return static_cast<quint32>(
            qHashBits(address.data(), static_cast<size_t>(address.size()), 0));
    }

    // The entry whose address equals `address` (with `hash` = hashOf(address)), else -1.
    template <typename AddressOf>
    qint32 find(QByteArrayView address, quint32 hash, const AddressOf& addressOf) const {
        if (m_slots.empty())
            return -1;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.entry < 0)
                return -1;
            if (slot.hash == hash && QByteArrayView(addressOf(slot.entry)) == address)
                return slot.entry;
        }
    }

    // Adds an entry that find() does not know yet.
    void insert(quint32 hash, qint32 entry) {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        place(hash, entry);
        ++m_size;
    }

private:
    struct Slot {
        quint32 hash = 0;
        qint32 entry = -1; // -1: empty
    };

    void place(quint32 hash, qint32 entry) {
        size_t i = hash & m_mask;
        while (m_slots[i].entry >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = {hash, entry};
    }
    void grow() {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        m_mask = m_slots.size() - 1;
        for (const Slot& slot : old)
            if (slot.entry >= 0)
                place(slot.hash, slot.entry);
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace deliverboard
