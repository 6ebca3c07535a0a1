#include "MessageTableModel.h"

#include "MessagePageWorker.h"
#include "common/Labels.h"
#include "store/ReportSource.h"

#include <QLocale>
#include <QThread>

#include <algorithm>

namespace deliverboard::ui {

namespace {
QThread* startWorkerThread(MessagePageWorker* worker, const char* name, QObject* parent) {
    auto* thread = new QThread(parent);
    thread->setObjectName(QString::fromLatin1(name));
    worker->moveToThread(thread);
    // The worker closes its connection on its own thread, where it was opened.
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    return thread;
}
} // namespace

MessageTableModel::MessageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0)) {
    m_countWorker = new MessagePageWorker(m_generation);
    m_rowWorker = new MessagePageWorker(m_generation);
    connect(m_countWorker, &MessagePageWorker::counted, this, &MessageTableModel::onCounted);
    connect(m_rowWorker, &MessagePageWorker::fetched, this, &MessageTableModel::onFetched);
    m_countThread = startWorkerThread(m_countWorker, "drilldown-count", this);
    m_rowThread = startWorkerThread(m_rowWorker, "drilldown-rows", this);
}

MessageTableModel::~MessageTableModel() {
    // Whatever is still queued is stale now; a query already running finishes first.
    m_generation->fetch_add(1, std::memory_order_acq_rel);
    for (QThread* thread : {m_countThread, m_rowThread}) {
        thread->quit();
        thread->wait();
    }
}

void MessageTableModel::setSource(const ReportContext& context) {
    m_context = context;
    reload();
}

void MessageTableModel::setFilter(const MessageFilter& filter) {
    m_filter = filter;
    reload();
    Q_EMIT filterChanged();
}

void MessageTableModel::reload() {
    beginResetModel();
    const quint64 generation = m_generation->fetch_add(1, std::memory_order_acq_rel) + 1;
    m_chunks.clear();
    m_wanted.clear();
    m_inFlight = -1; // its answer, if any, carries the old generation
    m_shownRows = 0;
    m_initialLoaded = false;
    m_error.clear();
    const bool valid = m_context.isValid() && !m_context.storePath.isEmpty();
    m_total = valid ? -1 : 0;
    m_counting = valid;
    endResetModel();
    Q_EMIT totalChanged(m_total);
    if (!valid) {
        Q_EMIT idle();
        return;
    }
    // The count and the first chunk start together, on threads of their own.
    const ReportContext context = m_context;
    const MessageFilter filter = m_filter;
    MessagePageWorker* counter = m_countWorker;
    QMetaObject::invokeMethod(
        m_countWorker,
        [counter, generation, context, filter] { counter->count(generation, context, filter); },
        Qt::QueuedConnection);
    requestRows(0, 0);
}

void MessageTableModel::requestRows(int first, int last) const {
    if (!m_context.isValid() || first < 0 || last < first)
        return;
    const int size = chunkSize();
    for (int chunk = first / size; chunk <= last / size; ++chunk) {
        if (m_chunks.contains(chunk) || chunk == m_inFlight)
            continue;
        m_wanted.removeOne(chunk);
        m_wanted.append(chunk);
    }
    while (m_wanted.size() > maxWanted())
        m_wanted.removeFirst();
    dispatchNext();
}

void MessageTableModel::dispatchNext() const {
    if (m_inFlight >= 0 || m_wanted.isEmpty())
        return;
    const quint64 generation = m_generation->load(std::memory_order_acquire);
    const int size = chunkSize();
    const int chunk = m_wanted.takeLast();
    // Right after the previous chunk the keyset continues from its last row; any other
    // chunk (a jump down the scroll bar) is found by the worker's narrow seek.
    MessageCursor after;
    const auto previous = m_chunks.constFind(chunk - 1);
    if (previous != m_chunks.constEnd() && !previous->rows.isEmpty())
        after = ReportSource::cursorOf(previous->rows.last(), m_filter.sortColumn);
    m_inFlight = chunk;
    const ReportContext context = m_context;
    const MessageFilter filter = m_filter;
    MessagePageWorker* worker = m_rowWorker;
    QMetaObject::invokeMethod(
        m_rowWorker,
        [worker, generation, context, filter, chunk, size, after] {
            worker->fetch(generation, context, filter, chunk, qint64(chunk) * size, size, after);
        },
        Qt::QueuedConnection);
}

void MessageTableModel::onCounted(quint64 generation, qint64 total, const QString& error) {
    if (generation != m_generation->load(std::memory_order_acquire))
        return; // counted for a filter that is no longer shown
    m_counting = false;
    if (total < 0) {
        m_error = error;
        Q_EMIT loadFailed(error);
        total = m_shownRows; // what arrived is all that is shown
    }
    m_total = total;
    setShownRows(static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max())));
    Q_EMIT totalChanged(m_total);
    emitIdleIfDone();
}

void MessageTableModel::onFetched(quint64 generation, int chunk, const QList<MessageRow>& rows,
                                  const QString& error) {
    if (generation != m_generation->load(std::memory_order_acquire))
        return; // a page of an older filter or sort order
    if (chunk == m_inFlight)
        m_inFlight = -1;
    if (!error.isEmpty()) {
        m_error = error;
        Q_EMIT loadFailed(error);
    }
    // A failed or empty chunk is kept (empty) so that painting does not ask again and
    // again; the next filter change starts afresh.
    m_chunks.insert(chunk, Chunk{rows, ++m_useClock});
    evictChunks(chunk);
    const int first = chunk * chunkSize();
    if (m_total < 0 && chunk == 0)
        setShownRows(static_cast<int>(rows.size())); // the first rows before the count
    const bool initial = !m_initialLoaded && chunk == 0;
    m_initialLoaded = m_initialLoaded || chunk == 0;
    const int last = qMin(first + static_cast<int>(rows.size()), m_shownRows) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        Q_EMIT rowsLoaded(first, last, initial);
    }
    dispatchNext();
    emitIdleIfDone();
}

void MessageTableModel::setShownRows(int rows) {
    if (rows > m_shownRows) {
        beginInsertRows({}, m_shownRows, rows - 1);
        m_shownRows = rows;
        endInsertRows();
    } else if (rows < m_shownRows) {
        beginRemoveRows({}, rows, m_shownRows - 1);
        m_shownRows = rows;
        endRemoveRows();
    }
}

void MessageTableModel::evictChunks(int keep) {
    // Least recently shown first; what is on screen is touched by every paint.
    while (m_chunks.size() > maxChunks()) {
        auto oldest = m_chunks.end();
        for (auto it = m_chunks.begin(); it != m_chunks.end(); ++it) {
            if (it.key() != keep && (oldest == m_chunks.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        if (oldest == m_chunks.end())
            return;
        m_chunks.erase(oldest);
    }
}

void MessageTableModel::emitIdleIfDone() {
    if (!isLoading())
        Q_EMIT idle();
}

const MessageRow* MessageTableModel::rowAt(int row) const {
    if (row < 0 || row >= m_shownRows)
        return nullptr;
    const auto it = m_chunks.find(row / chunkSize());
    if (it == m_chunks.end())
        return nullptr;
    const int inChunk = row % chunkSize();
    if (inChunk >= it->rows.size())
        return nullptr;
    it->lastUse = ++m_useClock;
    return &it->rows[inChunk];
}

int MessageTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_shownRows;
}

int MessageTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_shownRows)
        return {};
    const MessageRow* row = rowAt(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row) {
        // Not loaded yet (or dropped from the cache): ask for it and show a placeholder.
        requestRows(index.row(), index.row());
        if (role == Qt::DisplayRole && index.column() == Recipient)
            return tr("…");
        return {};
    }
    if (role == DeliveryIdRole)
        return row->deliveryId;
    if (role == OutcomeIdRole)
        return outcomeId(row->outcome);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn)
        return Labels::outcomeColor(row->outcome);
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        // QToolTip guesses rich text; escaping inside an explicit <p> keeps replies literal.
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
            .arg(row->lastReply.toHtmlEscaped());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Recipient:
        return row->recipient;
    case OutcomeColumn:
        return Labels::outcome(row->outcome);
    case Isp:
        return Labels::isp(row->isp);
    case Attempts:
        return row->attempts;
    case Code:
        return row->enhanced.isEmpty() ? row->code : row->code + QLatin1Char(' ') + row->enhanced;
    case Stage:
        return Labels::stage(row->stage);
    case Reason:
        return Labels::reason(row->reason);
    case LastAttempt:
        return row->lastAttempt.isValid()
                   ? QLocale().toString(row->lastAttempt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Recipient:
        return tr("Recipient");
    case OutcomeColumn:
        return tr("Outcome");
    case Isp:
        return tr("ISP");
    case Attempts:
        return tr("Attempts");
    case Code:
        return tr("Code");
    case Stage:
        return tr("Stage");
    case Reason:
        return tr("Reason");
    case LastAttempt:
        return tr("Last attempt");
    }
    return {};
}

void MessageTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    // Columns are declared in the order of MessageFilter::SortColumn.
    const auto sortColumn = static_cast<MessageFilter::SortColumn>(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sortColumn == m_filter.sortColumn && descending == m_filter.descending)
        return;
    m_filter.sortColumn = sortColumn;
    m_filter.descending = descending;
    reload();
}

} // namespace deliverboard::ui
