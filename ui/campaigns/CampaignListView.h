#pragma once

#include "CampaignSummary.h"

#include <QFutureWatcher>
#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace deliverboard::ui {

// The sidebar: every campaign in the store with its headline figures, sortable; rename
// and remove from the context menu, and its report limits. Figures are loaded on a worker thread.
class CampaignListView : public QWidget {
    Q_OBJECT
public:
    explicit CampaignListView(QWidget* parent = nullptr);
    ~CampaignListView() override;

    void reload(const QString& storePath, const QString& selectName = {});
    void waitForLoaded();
    // From reload() until its rows are shown (the worker may be done before that).
    bool isLoading() const { return m_loading; }
    QList<CampaignSummary> campaigns() const { return m_campaigns; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void campaignSelected(const deliverboard::CampaignInfo& campaign);
    void renameRequested(const deliverboard::CampaignInfo& campaign, const QString& newName);
    void removeRequested(const deliverboard::CampaignInfo& campaign);
    void limitsRequested(const deliverboard::CampaignInfo& campaign);
    void loaded();

private:
    void fill(const QList<CampaignSummary>& campaigns);
    void showContextMenu(const QPoint& pos);
    void showHeaderMenu(const QPoint& pos);
    const CampaignSummary* summaryAt(const QModelIndex& index) const;

    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QFutureWatcher<QList<CampaignSummary>> m_watcher;
    QList<CampaignSummary> m_campaigns;
    QString m_pendingSelection;
    bool m_loading = false;
};

} // namespace deliverboard::ui
