#pragma once

#include "common/ReportContext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>

class QThread;

namespace deliverboard::ui {

class MessagePageWorker;

// The drill-down table: one row per recipient matching a MessageFilter. The GUI thread
// never queries (issue 10): two workers, each on a thread with its own connection, read
// the total and the rows apart, so the first rows show before a million-row count ends.
// rowCount() is the total once known; rows arrive in chunks as the view asks for them
// (data() of a row not loaded yet shows "…" and requests its chunk). Only maxChunks()
// chunks are kept, the least recently shown dropped first. A filter or sort change starts
// a new generation: answers for an older one are dropped.
class MessageTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Recipient,
        OutcomeColumn,
        Isp,
        Attempts,
        Code,
        Stage,
        Reason,
        LastAttempt,
        ColumnCount
    };
    enum Role { DeliveryIdRole = Qt::UserRole + 1, OutcomeIdRole, LoadedRole };

    explicit MessageTableModel(QObject* parent = nullptr);
    ~MessageTableModel() override;

    // The workers open context.storePath themselves; an invalid context empties the table.
    void setSource(const ReportContext& context);
    void setFilter(const MessageFilter& filter);
    const MessageFilter& filter() const { return m_filter; }
    const ReportContext& context() const { return m_context; }
    // The number of matching rows, -1 while it is being counted.
    qint64 totalCount() const { return m_total; }
    // The row if it is loaded, else nullptr (its chunk is not requested: see requestRows).
    const MessageRow* rowAt(int row) const;
    // Requests the chunks of rows [first, last] that are not loaded. One chunk is read at
    // a time, the most recently requested first; of the older requests only the last
    // maxWanted() are kept, so a fast scroll does not queue seeks for rows long gone.
    void requestRows(int first, int last) const;
    // A count or a chunk is on its way.
    bool isLoading() const { return m_counting || m_inFlight >= 0 || !m_wanted.isEmpty(); }
    int cachedChunks() const { return static_cast<int>(m_chunks.size()); }
    QString errorString() const { return m_error; }
    static int chunkSize() { return 256; }
    static int maxChunks() { return 64; }
    static int maxWanted() { return 8; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void filterChanged();
    void totalChanged(qint64 total);
    // Rows [first, last] were loaded; `initial` for the first chunk of a new generation.
    void rowsLoaded(int first, int last, bool initial);
    // Nothing is on its way any more (the count and every requested chunk have arrived).
    void idle();
    void loadFailed(const QString& error);

private:
    struct Chunk {
        QList<MessageRow> rows;
        quint64 lastUse = 0;
    };
    void reload();
    void onCounted(quint64 generation, qint64 total, const QString& error);
    void onFetched(quint64 generation, int chunk, const QList<MessageRow>& rows,
                   const QString& error);
    void setShownRows(int rows);
    void evictChunks(int keep);
    void emitIdleIfDone();
    void dispatchNext() const;

    ReportContext m_context;
    MessageFilter m_filter;
    qint64 m_total = 0;
    int m_shownRows = 0;
    bool m_counting = false;
    bool m_initialLoaded = false;
    QString m_error;
    // Mutable: data() is const, yet touching a chunk or asking for one is what paging is.
    mutable QHash<int, Chunk> m_chunks;
    mutable QList<int> m_wanted; // requested, not sent yet; the newest last
    mutable int m_inFlight = -1; // the chunk the row worker is reading
    mutable quint64 m_useClock = 0;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread* m_countThread = nullptr;
    QThread* m_rowThread = nullptr;
    MessagePageWorker* m_countWorker = nullptr;
    MessagePageWorker* m_rowWorker = nullptr;
};

} // namespace deliverboard::ui
