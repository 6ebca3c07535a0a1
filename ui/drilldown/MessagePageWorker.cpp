#include "MessagePageWorker.h"

#include "store/Store.h"

namespace deliverboard::ui {

MessagePageWorker::MessagePageWorker(std::shared_ptr<const std::atomic<quint64>> currentGeneration)
    : m_currentGeneration(std::move(currentGeneration)) {}

MessagePageWorker::~MessagePageWorker() {
    closeStore();
}

bool MessagePageWorker::isStale(quint64 generation) const {
    return generation != m_currentGeneration->load(std::memory_order_acquire);
}

ReportSource* MessagePageWorker::queriesFor(const QString& storePath, QString& error) {
    if (m_store && m_storePath == storePath && m_store->isOpen())
        return m_queries.get();
    closeStore();
    m_store = Store::open(storePath, Store::Mode::ReadWrite, error);
    if (!m_store)
        return nullptr;
    m_storePath = storePath;
    m_queries = m_store->reportSource();
    return m_queries.get();
}

void MessagePageWorker::closeStore() {
    m_queries.reset(); // holds a handle of the connection: released before it closes
    m_store.reset();
}

void MessagePageWorker::count(quint64 generation, const ReportContext& context,
                              const MessageFilter& filter) {
    if (isStale(generation))
        return;
    QString error;
    ReportSource* queries = queriesFor(context.storePath, error);
    qint64 total = -1;
    if (queries) {
        total = queries->countMessages(context.campaign, context.policy, filter);
        if (total < 0)
            error = queries->errorString();
    }
    Q_EMIT counted(generation, total, error);
}

void MessagePageWorker::fetch(quint64 generation, const ReportContext& context,
                              const MessageFilter& filter, int chunk, qint64 offset, int limit,
                              const MessageCursor& after) {
    if (isStale(generation))
        return;
    QString error;
    ReportSource* queries = queriesFor(context.storePath, error);
    QList<MessageRow> rows;
    if (queries) {
        bool ok = true;
        rows = queries->messagesPage(context.campaign, context.policy, filter, offset, limit, after,
                                     &ok);
        if (!ok)
            error = queries->errorString();
    }
    Q_EMIT fetched(generation, chunk, rows, error);
}

} // namespace deliverboard::ui
