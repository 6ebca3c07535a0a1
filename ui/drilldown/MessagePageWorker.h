#pragma once

#include "common/ReportContext.h"
#include "store/ReportSource.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace deliverboard {
class Store;
}

namespace deliverboard::ui {

// Reads the drill-down's count or its row chunks on a thread of its own (the model moves
// it there), with a connection opened on that thread. Requests are queued calls; one whose
// generation is no longer the model's current one (the filter or sort changed since) is
// dropped unread, so a fast typist does not queue a backlog of stale scans.
class MessagePageWorker : public QObject {
    Q_OBJECT
public:
    explicit MessagePageWorker(std::shared_ptr<const std::atomic<quint64>> currentGeneration);
    ~MessagePageWorker() override;

    // Both run on the worker's thread (call them through QMetaObject::invokeMethod).
    void count(quint64 generation, const ReportContext& context, const MessageFilter& filter);
    // Rows [offset, offset + limit): after `after` (the previous chunk's last row) where the
    // sort allows keyset paging, else by seeking to `offset`.
    void fetch(quint64 generation, const ReportContext& context, const MessageFilter& filter,
               int chunk, qint64 offset, int limit, const MessageCursor& after);
    void closeStore();

Q_SIGNALS:
    void counted(quint64 generation, qint64 total, const QString& error);
    void fetched(quint64 generation, int chunk, const QList<deliverboard::MessageRow>& rows,
                 const QString& error);

private:
    bool isStale(quint64 generation) const;
    ReportSource* queriesFor(const QString& storePath, QString& error);

    std::shared_ptr<const std::atomic<quint64>> m_currentGeneration;
    std::unique_ptr<Store> m_store;
    QString m_storePath; // what m_store was opened from
    std::unique_ptr<ReportSource> m_queries;
};

} // namespace deliverboard::ui
