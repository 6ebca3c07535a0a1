#include "AudienceModel.h"

#include "common/StoreTask.h"

namespace deliverboard::ui {

AudienceModel::AudienceModel(QObject* parent)
    : QAbstractTableModel(parent) {
    connect(&m_watcher, &QFutureWatcher<AudiencePage>::finished, this, &AudienceModel::onPage);
}

AudienceModel::~AudienceModel() {
    // A page still being read only holds copies; its result is dropped with the watcher.
}

void AudienceModel::setSource(const QString& storePath, const CampaignInfo& campaign, Group group) {
    beginResetModel();
    ++m_generation;
    m_storePath = storePath;
    m_campaign = campaign;
    m_group = group;
    m_rows.clear();
    m_total = -1;
    m_error.clear();
    endResetModel();
    if (m_campaign.id != 0 && !m_storePath.isEmpty())
        requestPage(0, true);
}

void AudienceModel::requestPage(qint64 offset, bool withCount) {
    const CampaignInfo campaign = m_campaign;
    const Group group = m_group;
    const quint64 generation = m_generation;
    m_loading = true;
    m_watcher.setFuture(runOnStore(
        m_storePath,
        [campaign, group, generation, offset, withCount](ReportSource& queries) {
            AudiencePage page;
            page.generation = generation;
            if (withCount)
                page.total = queries.countAudience(campaign, group);
            page.rows = queries.audience(campaign, group, offset, pageSize());
            page.error = queries.errorString();
            return page;
        },
        [generation](const QString& error) {
            AudiencePage page;
            page.generation = generation;
            page.error = error;
            return page;
        }));
}

void AudienceModel::onPage() {
    const AudiencePage page = m_watcher.result();
    if (page.generation != m_generation)
        return; // the source changed while this page was read
    m_loading = false;
    if (!page.error.isEmpty())
        m_error = page.error;
    if (m_total < 0)
        m_total = qMax<qint64>(0, page.total);
    if (page.rows.isEmpty()) {
        m_total = m_rows.size(); // the store changed under us (or failed): stop asking
    } else {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
    Q_EMIT pageLoaded();
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
    return !parent.isValid() && !m_loading && m_total >= 0 && m_rows.size() < m_total;
}

void AudienceModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        requestPage(m_rows.size(), false); // the rows are inserted when the page arrives
}

} // namespace deliverboard::ui
