#pragma once

#include "store/ImportRecords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace deliverboard {

// The source files a campaign's earlier imports read, loaded once per import and kept
// current as files are saved. A file is recognised by the SHA-1 of its first bytes: the
// records are indexed by (fingerprint length, fingerprint), so finding a file hashes its
// head once per distinct fingerprint length (in practice one or a few: 4 KB for every
// file larger than that), not once per known file.
class KnownSourceFiles {
public:
    void load(const QList<SourceFileRecord>& records);
    // The log record with the longest fingerprint that the head matches (the first saved
    // among equals), or a record with id 0.
    SourceFileRecord bestLogMatch(const QByteArray& head) const;
    // The newest "mail" record whose fingerprint the head matches, or a record with id 0.
    SourceFileRecord mailMatch(const QByteArray& head) const;
    // The saved record of a table file (recipients.csv, events.csv: kind "audience" or
    // "events") at `path`, else the campaign's only record of that kind when it was saved
    // with `stamp` (the folder was moved or renamed), or a record with id 0. Tables are
    // read whole, so they are known by path and a stamp of their size, modification time
    // and first bytes.
    SourceFileRecord tableMatch(const QString& path, const QString& kind,
                                const QString& stamp = {}) const;
    static bool isTableKind(const QString& kind);
    // Adds or replaces a saved record.
    void update(const SourceFileRecord& record);
    qsizetype size() const { return m_records.size(); }
    // How many SHA-1s a lookup costs at most.
    qsizetype distinctLengths() const { return m_byLengthAndPrint.size(); }

    static QString fingerprintOf(const QByteArray& head);

private:
    QHash<qint64, SourceFileRecord> m_records;                   // by id
    QMap<int, QHash<QString, QList<qint64>>> m_byLengthAndPrint; // ids in saving order
};

} // namespace deliverboard
