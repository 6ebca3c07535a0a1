#pragma once

#include "common/ReportContext.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace deliverboard::ui {

// The drill-down table: one row per recipient matching a MessageFilter, read from the
// store page by page (canFetchMore/fetchMore), so that a million rows open as fast as a
// hundred. The total comes from countMessages; sorting is done by SQL.
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
    enum Role { DeliveryIdRole = Qt::UserRole + 1, OutcomeIdRole };

    explicit MessageTableModel(QObject* parent = nullptr);

    // `db` is a connection owned by the UI thread (the model queries on it while paging).
    void setSource(QSqlDatabase db, const ReportContext& context);
    void setFilter(const MessageFilter& filter);
    const MessageFilter& filter() const { return m_filter; }
    const ReportContext& context() const { return m_context; }
    qint64 totalCount() const { return m_total; }
    const MessageRow* rowAt(int row) const;
    static int pageSize() { return 300; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void filterChanged();
    void totalChanged(qint64 total);

private:
    void reload();

    QSqlDatabase m_db;
    ReportContext m_context;
    MessageFilter m_filter;
    QList<MessageRow> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false;
    bool m_inserting = false;
};

} // namespace deliverboard::ui
