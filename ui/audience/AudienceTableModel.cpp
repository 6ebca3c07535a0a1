#include "AudienceTableModel.h"

#include "common/Labels.h"
#include "common/PlainText.h"

#include <QDateTime>
#include <QLocale>

namespace deliverboard::ui {

AudienceTableModel::AudienceTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AudienceTableModel::setEngine(std::shared_ptr<const StatusEngine> engine,
                                   std::shared_ptr<const std::vector<qint32>> alphabetical) {
    beginResetModel();
    m_engine = std::move(engine);
    m_alphabetical = std::move(alphabetical);
    if (m_engine && !m_alphabetical)
        m_alphabetical = std::make_shared<const std::vector<qint32>>(m_engine->alphabeticalOrder());
    rebuild();
    endResetModel();
}

void AudienceTableModel::setFilter(const AudienceFilter& filter) {
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void AudienceTableModel::setFilteredRows(const AudienceFilter& filter, std::vector<qint32> rows) {
    beginResetModel();
    m_filter = filter;
    m_all = filter == AudienceFilter{};
    m_rows = m_all ? std::vector<qint32>{} : std::move(rows);
    endResetModel();
}

void AudienceTableModel::rebuild() {
    m_all = m_filter == AudienceFilter{};
    m_rows = m_engine && !m_all ? filteredRows(*m_engine, *m_alphabetical, m_filter)
                                : std::vector<qint32>{};
}

std::vector<qint32> AudienceTableModel::filteredRows(const StatusEngine& engine,
                                                     const std::vector<qint32>& alphabetical,
                                                     const AudienceFilter& filter) {
    std::vector<qint32> rows;
    // The cheap tests first, on the engine's own fields (no copies).
    const QByteArray search = filter.search.toLower().toUtf8();
    const bool otherIsp = filter.isp == QLatin1String("other");
    for (qint32 i : alphabetical) {
        if (filter.status && engine.stateAt(i) != *filter.status)
            continue;
        if (filter.inactivity.isSet() && !engine.isInactive(i, filter.inactivity))
            continue;
        if (!filter.isp.isEmpty()) {
            const QString& isp = engine.ispAt(i);
            if (isp.isEmpty() ? !otherIsp : isp != filter.isp)
                continue;
        }
        if (!search.isEmpty() && !engine.addressUtf8At(i).contains(search))
            continue;
        if (!filter.reason.isEmpty()) {
            const AddressBrief b = engine.briefAt(i);
            if ((b.reason.isEmpty() ? b.rule : b.reason) != filter.reason)
                continue;
        }
        rows.push_back(i);
    }
    return rows;
}

qsizetype AudienceTableModel::engineIndex(int row) const {
    const std::vector<qint32>* rows = m_all && m_alphabetical ? m_alphabetical.get() : &m_rows;
    return row >= 0 && static_cast<size_t>(row) < rows->size() ? (*rows)[static_cast<size_t>(row)]
                                                               : -1;
}

int AudienceTableModel::rowOfAddress(const QString& address) const {
    if (!m_engine)
        return -1;
    const qsizetype index = m_engine->indexOf(address);
    for (int row = 0; index >= 0 && row < rowCount(); ++row)
        if (engineIndex(row) == index)
            return row;
    return -1;
}

int AudienceTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_engine)
        return 0;
    return static_cast<int>(m_all && m_alphabetical ? m_alphabetical->size() : m_rows.size());
}

int AudienceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AudienceTableModel::statusLabel(AddressState status) {
    switch (status) {
    case AddressState::Active:
        return tr("Active");
    case AddressState::Error:
        return tr("Error");
    case AddressState::OptOut:
        return tr("Opt-out");
    }
    return {};
}

QVariant AudienceTableModel::data(const QModelIndex& index, int role) const {
    const qsizetype i = engineIndex(index.row());
    if (i < 0 || !m_engine)
        return {};
    if (role == EngineIndexRole)
        return QVariant::fromValue(static_cast<qint64>(i));
    if (role == Qt::ToolTipRole && index.column() == Explanation)
        return plainToolTip(m_engine->statusAt(i).explanation); // campaign names, notes
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == Address)
        return m_engine->addressAt(i); // a QTableView item delegate draws plain text
    if (index.column() == Explanation)
        return m_engine->statusAt(i).explanation;
    const AddressBrief b = m_engine->briefAt(i);
    switch (index.column()) {
    case Status:
        return statusLabel(b.status);
    case Since:
        return b.sinceMs > 0
                   ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.sinceMs, Qt::UTC).date(),
                                        QLocale::ShortFormat)
                   : QString();
    case LastCampaign:
        return m_engine->campaignName(b.lastCampaign);
    case Isp:
        return Labels::isp(b.isp.isEmpty() ? QStringLiteral("other") : b.isp);
    case Hard:
        return b.hard;
    case Soft:
        return b.soft;
    case Unengaged:
        return b.unengaged;
    default:
        return {};
    }
}

QVariant AudienceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Address:
        return tr("Address");
    case Status:
        return tr("Status");
    case Since:
        return tr("Since");
    case Explanation:
        return tr("Why");
    case LastCampaign:
        return tr("Last campaign");
    case Isp:
        return tr("ISP");
    case Hard:
        return tr("Hard");
    case Soft:
        return tr("Soft");
    case Unengaged:
        return tr("Without opens");
    default:
        return {};
    }
}

} // namespace deliverboard::ui
