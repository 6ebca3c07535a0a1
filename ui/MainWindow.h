#pragma once

#include "common/ReportContext.h"
#include "store/ReportSource.h"
#include "store/SettingsSource.h"

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
class Store;
} // namespace deliverboard

namespace deliverboard::ui {

class AudienceDialog;
class AudienceView;
class CampaignLimitsDialog;
class SettingsDialog;
class CampaignListView;
class PlainTextDialog;
class DashboardView;
class DrilldownView;
class ImportController;
class ProblemsDock;

// The application window: campaign list on the left, the Response dashboard and the
// message drill-down on the right, import progress in the status bar and import problems
// in a dock. All figures come from the core (ReportSource); no SQL lives in ui/, and none
// runs on the GUI thread: every read and edit is a worker task with a connection of its
// own (issue 10), shown as busy (status text, greyed panel or a progress dialog).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `storePath` empty: the store chosen in the settings, else defaultStorePath().
    explicit MainWindow(const QString& storePath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString defaultStorePath();
    QString storePath() const { return m_storePath; }
    // Checks (creates or upgrades) the store on a worker; storePath() is `path` at once,
    // and back to the previous store if it cannot be opened (the user is told why).
    bool openStore(const QString& path);

    void openCampaignFolder(const QString& folder);
    void importPaths(const QStringList& paths);
    void refresh();
    // Writes the bounced recipients matching `filter` on a worker, with progress and
    // cancel; exportFinished() tells the outcome.
    void exportBounces(const MessageFilter& filter, const QString& path);
    // Writes every row of the drill-down's filter as the table shows it, the same way.
    void exportTableView(const QString& path);
    void renameCampaign(const CampaignInfo& campaign, const QString& name);
    // Removes the campaign on a worker in one transaction, with progress and cancel.
    void removeCampaign(const CampaignInfo& campaign);
    // The settings dialog (store-wide limits, inactivity) and one campaign's report limits
    // (the campaign list's context menu): read, shown modal, stored on workers; the
    // dashboard and the audience follow, and settingsSaved() reports the write.
    void showSettings();
    void editCampaignLimits(const CampaignInfo& campaign);
    void showDrilldown(const MessageFilter& filter);
    // Non-modal lists opened from the dashboard (deleted when closed).
    AudienceDialog* showAudience(ReportSource::AudienceGroup group);
    PlainTextDialog* showUnmatchedReturnedMail();

    CampaignListView* campaignList() const { return m_campaigns; }
    DashboardView* dashboard() const { return m_dashboard; }
    DrilldownView* drilldown() const { return m_drilldown; }
    AudienceView* audience() const { return m_audience; }
    ProblemsDock* problemsDock() const { return m_problems; }
    QTabWidget* tabs() const { return m_tabs; }
    bool isImporting() const;
    bool isOpeningStore() const { return m_opening; } // the open runs on a worker
    // A store task (open, export, rename, removal) is running.
    bool isBusy() const { return m_busyTasks > 0; }

Q_SIGNALS:
    void importFinished();
    void campaignShown();
    // rows written, or -1 with `error` ("cancelled" when the user stopped it).
    void exportFinished(qint64 rows, const QString& error);
    // A rename or removal has finished (`ok` false: failed or cancelled, the user was told).
    void campaignEdited(bool ok);
    void storeOpened(bool ok);
    // For tests: the modal dialogs of the store's settings, and a change stored (or not).
    void settingsDialogOpened(deliverboard::ui::SettingsDialog* dialog);
    void campaignLimitsDialogOpened(deliverboard::ui::CampaignLimitsDialog* dialog);
    void settingsSaved(const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void chooseCampaignFolder();
    void chooseStore(bool create);
    void startExport(const QString& title, const QString& path, bool bounces,
                     const MessageFilter& filter);
    void taskStarted(const QString& status);
    void taskEnded(const QString& status);
    void chooseExport();
    void chooseTableExport();
    void saveSettings(const LimitOverrides& limits, const InactivityRule& inactivity);
    void afterSettingsChange(const QString& path, const QString& error, const QString& campaign);
    static void adoptLegacyLimits(Store& store, const std::pair<double, int>& legacy);
    void showAbout();
    void onImportFinished(const ImportSummary& summary);
    void onCampaignStored(const QString& campaign);
    void updateWelcome();
    void onCampaignSelected(const CampaignInfo& campaign);
    void onReportReady();
    void restoreLayout();
    void saveLayout();

    QString m_storePath;
    quint64 m_openGeneration = 0; // a newer openStore() wins over an older one
    int m_busyTasks = 0;
    bool m_opening = false;     // openStore()'s worker has not answered yet
    QStringList m_queuedImport; // an import asked for while the store was being opened
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
