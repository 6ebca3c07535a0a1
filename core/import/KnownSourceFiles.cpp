#include "KnownSourceFiles.h"

#include <QCryptographicHash>

#include <algorithm>

namespace deliverboard {

QString KnownSourceFiles::fingerprintOf(const QByteArray& head) {
    return QString::fromLatin1(QCryptographicHash::hash(head, QCryptographicHash::Sha1).toHex());
}

void KnownSourceFiles::load(const QList<SourceFileRecord>& records) {
    m_records.clear();
    m_byLengthAndPrint.clear();
    for (const SourceFileRecord& r : records)
        update(r);
}

void KnownSourceFiles::update(const SourceFileRecord& record) {
    if (record.id == 0)
        return;
    if (const auto old = m_records.constFind(record.id); old != m_records.cend()) {
        auto byLength = m_byLengthAndPrint.find(old->fingerprintLength);
        if (byLength != m_byLengthAndPrint.end()) {
            auto ids = byLength->find(old->fingerprint);
            if (ids != byLength->end()) {
                ids->removeAll(record.id);
                if (ids->isEmpty())
                    byLength->erase(ids);
            }
            if (byLength->isEmpty())
                m_byLengthAndPrint.erase(byLength);
        }
    }
    m_records.insert(record.id, record);
    if (isTableKind(record.kind))
        return; // never matched by content
    QList<qint64>& ids = m_byLengthAndPrint[record.fingerprintLength][record.fingerprint];
    ids.insert(std::lower_bound(ids.begin(), ids.end(), record.id), record.id);
}

SourceFileRecord KnownSourceFiles::bestLogMatch(const QByteArray& head) const {
    for (auto it = m_byLengthAndPrint.cend(); it != m_byLengthAndPrint.cbegin();) {
        --it;
        if (it.key() > head.size())
            continue;
        const auto ids = it.value().constFind(fingerprintOf(head.left(it.key())));
        if (ids != it.value().cend() && !ids->isEmpty())
            return m_records.value(ids->first());
    }
    return {};
}

bool KnownSourceFiles::isTableKind(const QString& kind) {
    return kind == QLatin1String("audience") || kind == QLatin1String("events");
}

SourceFileRecord KnownSourceFiles::tableMatch(const QString& path, const QString& kind,
                                              const QString& stamp) const {
    const SourceFileRecord* only = nullptr;
    int ofKind = 0;
    for (const SourceFileRecord& record : m_records) {
        if (record.kind != kind)
            continue;
        if (record.path == path)
            return record;
        only = &record;
        ++ofKind;
    }
    // A table replaces the campaign's rows whole, so with one record of its kind the rows
    // in the store are that record's; with several, an equal stamp may name a file whose
    // rows another one has since replaced, and the file is read again.
    if (ofKind == 1 && !stamp.isEmpty() && only->fingerprint == stamp)
        return *only;
    return {};
}

SourceFileRecord KnownSourceFiles::mailMatch(const QByteArray& head) const {
    qint64 best = 0;
    for (auto it = m_byLengthAndPrint.cbegin();
         it != m_byLengthAndPrint.cend() && it.key() <= head.size(); ++it) {
        const auto ids = it.value().constFind(fingerprintOf(head.left(it.key())));
        if (ids == it.value().cend())
            continue;
        for (const qint64 id : *ids)
            if (id > best && m_records.value(id).kind == QLatin1String("mail"))
                best = id;
    }
    return best != 0 ? m_records.value(best) : SourceFileRecord{};
}

} // namespace deliverboard
