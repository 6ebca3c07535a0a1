#include "MessageTableModel.h"

#include "common/Labels.h"
#include "store/ReportQueries.h"

#include <QLocale>

namespace deliverboard::ui {

MessageTableModel::MessageTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MessageTableModel::setSource(QSqlDatabase db, const ReportContext& context) {
    m_db = db;
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
    m_rows.clear();
    m_total = 0;
    if (m_context.isValid() && m_db.isOpen()) {
        ReportQueries queries(m_db);
        m_total = queries.countMessages(m_context.campaign, m_context.policy, m_filter);
        m_rows = queries.messages(m_context.campaign, m_context.policy, m_filter, 0, pageSize());
    }
    // Views may ask for more rows from their modelReset handlers, before every other
    // listener has seen the reset; those requests are ignored and repeated by the view.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    Q_EMIT totalChanged(m_total);
}

const MessageRow* MessageTableModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int MessageTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MessageTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const {
    const MessageRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
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

bool MessageTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_resetting && !m_inserting && m_rows.size() < m_total;
}

void MessageTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    ReportQueries queries(m_db);
    const QList<MessageRow> page =
        queries.messages(m_context.campaign, m_context.policy, m_filter, m_rows.size(), pageSize());
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the store changed under us: stop asking
        return;
    }
    // Listeners of rowsInserted (views, the model tester) may ask for more at once; one page
    // at a time keeps the insert notifications consistent.
    m_inserting = true;
    beginInsertRows({}, static_cast<int>(m_rows.size()),
                    static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_inserting = false;
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
