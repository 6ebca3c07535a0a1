#pragma once

#include "common/ReportContext.h"
#include "store/ReportSource.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace deliverboard::ui {

// A page of audience members, read by a worker.
struct AudiencePage {
    quint64 generation = 0;
    qint64 total = -1; // only with the first page
    QList<AudienceRow> rows;
    QString error;
};

// Audience members that were skipped (Error/Opt-out) or never attempted, read page by
// page from the store on a worker (its own connection), so the GUI thread never queries:
// the count with the first page, further pages as the view scrolls (fetchMore).
class AudienceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Email, Status, ColumnCount };
    using Group = ReportSource::AudienceGroup;

    explicit AudienceModel(QObject* parent = nullptr);
    ~AudienceModel() override;

    void setSource(const QString& storePath, const CampaignInfo& campaign, Group group);
    // -1 until the first page has arrived.
    qint64 totalCount() const { return m_total; }
    Group group() const { return m_group; }
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    static int pageSize() { return 300; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A page (the first one with the total) arrived, or reading failed (errorString()).
    void pageLoaded();

private:
    void requestPage(qint64 offset, bool withCount);
    void onPage();

    QString m_storePath;
    CampaignInfo m_campaign;
    Group m_group = Group::Skipped;
    QList<AudienceRow> m_rows;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    QString m_error;
    bool m_loading = false; // until the page has been handled, not only read
    QFutureWatcher<AudiencePage> m_watcher;
};

} // namespace deliverboard::ui
