#include "AudienceModel.h"

namespace deliverboard::ui {

AudienceModel::AudienceModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AudienceModel::setSource(QSqlDatabase db, const CampaignInfo& campaign, Group group) {
    beginResetModel();
    m_db = db;
    m_campaign = campaign;
    m_group = group;
    m_rows.clear();
    m_total = 0;
    if (m_campaign.id != 0 && m_db.isOpen()) {
        ReportQueries queries(m_db);
        m_total = qMax<qint64>(0, queries.countAudience(m_campaign, m_group));
        m_rows = queries.audience(m_campaign, m_group, 0, pageSize());
    }
    endResetModel();
}

int AudienceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AudienceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AudienceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const AudienceRow& row = m_rows[index.row()];
    return index.column() == Email ? row.email : row.status;
}

QVariant AudienceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Email ? tr("Email") : tr("Status");
}

bool AudienceModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void AudienceModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    ReportQueries queries(m_db);
    const QList<AudienceRow> page =
        queries.audience(m_campaign, m_group, m_rows.size(), pageSize());
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the store changed under us; stop asking
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

} // namespace deliverboard::ui
