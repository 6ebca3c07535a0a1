#pragma once

#include "common/ReportContext.h"
#include "store/ReportQueries.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace deliverboard::ui {

// Audience members that were skipped (Error/Opt-out) or never attempted, read page by
// page from the store like the message table.
class AudienceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Email, Status, ColumnCount };
    using Group = ReportQueries::AudienceGroup;

    explicit AudienceModel(QObject* parent = nullptr);

    // `db` is a connection owned by the UI thread.
    void setSource(QSqlDatabase db, const CampaignInfo& campaign, Group group);
    qint64 totalCount() const { return m_total; }
    Group group() const { return m_group; }
    static int pageSize() { return 300; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QSqlDatabase m_db;
    CampaignInfo m_campaign;
    Group m_group = Group::Skipped;
    QList<AudienceRow> m_rows;
    qint64 m_total = 0;
};

} // namespace deliverboard::ui
