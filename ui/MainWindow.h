#pragma once

#include "common/ReportContext.h"
#include "store/Database.h"
#include "store/ReportQueries.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace deliverboard {
struct ImportSummary;
}

namespace deliverboard::ui {

class AudienceDialog;
class AudienceView;
class CampaignListView;
class PlainTextDialog;
class DashboardView;
class DrilldownView;
class ImportController;
class ProblemsDock;

// The application window: campaign list on the left, the Response dashboard and the
// message drill-down on the right, import progress in the status bar and import problems
// in a dock. All figures come from the core (ReportQueries); no SQL lives in ui/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `storePath` empty: the store chosen in the settings, else defaultStorePath().
    explicit MainWindow(const QString& storePath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString defaultStorePath();
    QString storePath() const { return m_storePath; }
    bool openStore(const QString& path);

    void openCampaignFolder(const QString& folder);
    void importPaths(const QStringList& paths);
    void refresh();
    // Writes the bounced recipients matching `filter`; returns rows written or -1.
    qint64 exportBounces(const MessageFilter& filter, const QString& path,
                         QString* error = nullptr);
    void showDrilldown(const MessageFilter& filter);
    // Non-modal lists opened from the dashboard (deleted when closed).
    AudienceDialog* showAudience(ReportQueries::AudienceGroup group);
    PlainTextDialog* showUnmatchedReturnedMail();

    CampaignListView* campaignList() const { return m_campaigns; }
    DashboardView* dashboard() const { return m_dashboard; }
    DrilldownView* drilldown() const { return m_drilldown; }
    AudienceView* audience() const { return m_audience; }
    ProblemsDock* problemsDock() const { return m_problems; }
    QTabWidget* tabs() const { return m_tabs; }
    bool isImporting() const;

Q_SIGNALS:
    void importFinished();
    void campaignShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void chooseCampaignFolder();
    void chooseStore(bool create);
    void chooseExport();
    void chooseTableExport();
    void showSettings();
    void adoptLegacyLimits();
    void showAbout();
    void onImportFinished(const ImportSummary& summary);
    void onCampaignStored(const QString& campaign);
    void updateWelcome();
    void onCampaignSelected(const CampaignInfo& campaign);
    void onReportReady();
    void restoreLayout();
    void saveLayout();

    QString m_storePath;
    Database m_db; // the UI thread's connection (drill-down paging, attempts, edits)
    ImportController* m_import = nullptr;
    CampaignListView* m_campaigns = nullptr;
    DashboardView* m_dashboard = nullptr;
    DrilldownView* m_drilldown = nullptr;
    AudienceView* m_audience = nullptr;
    ProblemsDock* m_problems = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QList<QAction*> m_campaignActions; // enabled only with an open campaign
    QString m_lastImported;
    QElapsedTimer m_liveRefresh; // figures of a running import are re-read every few seconds
};

} // namespace deliverboard::ui
