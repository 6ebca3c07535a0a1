#include "MainWindow.h"

#include "common/PlainText.h"
#include "util/FileNames.h"

#include "app/AppSettings.h"
#include "app/BundledDemo.h"
#include "audience/AudienceView.h"
#include "campaigns/CampaignListView.h"
#include "common/ReturnedMailText.h"
#include "common/StoreTask.h"
#include "common/TaskProgress.h"
#include "dashboard/DashboardView.h"
#include "dialogs/AudienceDialog.h"
#include "dialogs/CampaignLimitsDialog.h"
#include "dialogs/ExportBouncesDialog.h"
#include "dialogs/SettingsDialog.h"
#include "drilldown/DrilldownView.h"
#include "drilldown/MessageTableModel.h"
#include "drilldown/TableViewExport.h"
#include "export/BounceExporter.h"
#include "import/ImportController.h"
#include "import/ProblemsDock.h"
#include "model/Outcome.h"
#include "store/ReportSource.h"
#include "store/Store.h"
#include "welcome/WelcomePanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <utility>

namespace deliverboard::ui {

MainWindow::MainWindow(const QString& storePath, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Deliverboard"));
    setAcceptDrops(true);
    // First start: most of the screen, up to 1600 × 1000 (a saved geometry wins later).
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(qMin(1600, available.width() * 9 / 10), qMin(1000, available.height() * 9 / 10));

    m_import = new ImportController(this);
    m_campaigns = new CampaignListView(this);
    m_dashboard = new DashboardView(this);
    m_drilldown = new DrilldownView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("Response"));
    m_tabs->addTab(m_drilldown, tr("Messages"));
    m_audience = new AudienceView(this);
    m_tabs->addTab(m_audience, tr("Audience"));
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_campaigns);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({300, width() - 300});
    setCentralWidget(m_mainSplitter);

    m_problems = new ProblemsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    m_problems->hide();

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_progressText = new QLabel(this);
    m_progressText->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop the import; what was imported so far is kept."));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progressText);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    for (QWidget* w : {static_cast<QWidget*>(m_progressText), static_cast<QWidget*>(m_progress),
                       static_cast<QWidget*>(m_cancel)})
        w->setVisible(false);

    createMenus();

    connect(m_cancel, &QPushButton::clicked, m_import, &ImportController::cancel);
    connect(m_import, &ImportController::progressed, this,
            [this](int permille, const QString& text) {
                m_progress->setValue(permille);
                m_progressText->setText(text);
            });
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_import, &ImportController::campaignStored, this, &MainWindow::onCampaignStored);
    WelcomePanel* welcome = m_dashboard->welcome();
    welcome->setDemoFolder(bundledDemoFolder());
    connect(welcome, &WelcomePanel::openFolderRequested, this, &MainWindow::chooseCampaignFolder);
    connect(welcome, &WelcomePanel::folderChosen, this, &MainWindow::openCampaignFolder);
    connect(m_campaigns, &CampaignListView::loaded, this, &MainWindow::updateWelcome);
    connect(m_campaigns, &CampaignListView::campaignSelected, this,
            &MainWindow::onCampaignSelected);
    connect(m_campaigns, &CampaignListView::renameRequested, this, &MainWindow::renameCampaign);
    connect(m_campaigns, &CampaignListView::removeRequested, this, &MainWindow::removeCampaign);
    connect(m_campaigns, &CampaignListView::limitsRequested, this, &MainWindow::editCampaignLimits);
    connect(m_dashboard, &DashboardView::reportReady, this, &MainWindow::onReportReady);
    connect(m_dashboard, &DashboardView::filterRequested, this, &MainWindow::showDrilldown);
    connect(m_dashboard, &DashboardView::audienceRequested, this, &MainWindow::showAudience);
    connect(m_dashboard, &DashboardView::unmatchedReturnedMailRequested, this,
            &MainWindow::showUnmatchedReturnedMail);

    QString path = storePath;
    if (path.isEmpty())
        path = AppSettings::storePath();
    if (path.isEmpty())
        path = defaultStorePath();
    openStore(path);
    restoreLayout();
}

MainWindow::~MainWindow() {
    m_import->cancel();
    m_import->waitForFinished();
    qDeleteAll(findChildren<AudienceDialog*>());
    // Store tasks must not outlive the window: one still running at exit would use the
    // program's statics as they are destroyed. Exports and a removal stop at their next
    // check (nothing is left half-written: no file, a rolled-back removal); the rest are
    // short reads and writes.
    const QList<QFutureWatcherBase*> tasks = findChildren<QFutureWatcherBase*>();
    for (QFutureWatcherBase* task : tasks)
        task->cancel();
    QThreadPool::globalInstance()->waitForDone();
}

QString MainWindow::defaultStorePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("deliverboard.sqlite"));
}

bool MainWindow::isImporting() const {
    return m_import->isRunning() || !m_queuedImport.isEmpty();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open =
        file->addAction(tr("&Open Campaign Folder..."), this, &MainWindow::chooseCampaignFolder);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("Open &Store..."), this, [this] { chooseStore(false); });
    file->addAction(tr("&New Store..."), this, [this] { chooseStore(true); });
    file->addSeparator();
    QAction* exportAction =
        file->addAction(tr("&Export Bounces..."), this, &MainWindow::chooseExport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_campaignActions.append(exportAction);
    QAction* exportView =
        file->addAction(tr("Export &Table View..."), this, &MainWindow::chooseTableExport);
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_campaignActions.append(exportView);
    file->addSeparator();
    QAction* settings = file->addAction(tr("Se&ttings..."), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction* find = view->addAction(tr("&Find Messages..."), this, [this] {
        m_tabs->setCurrentWidget(m_drilldown);
        m_drilldown->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    QAction* showDashboard =
        view->addAction(tr("Res&ponse"), this, [this] { m_tabs->setCurrentWidget(m_dashboard); });
    showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* showMessages =
        view->addAction(tr("&Messages"), this, [this] { m_tabs->setCurrentWidget(m_drilldown); });
    showMessages->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* showAudience =
        view->addAction(tr("&Audience"), this, [this] { m_tabs->setCurrentWidget(m_audience); });
    showAudience->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    showAudience->setToolTip(tr("Every address's status across all campaigns."));
    view->addAction(m_problems->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Deliverboard"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    for (QAction* action : std::as_const(m_campaignActions))
        action->setEnabled(false);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentCampaigns();
    m_dashboard->welcome()->setRecentFolders(recent);
    for (int i = 0; i < recent.size(); ++i) {
        const QString folder = recent[i];
        // "&1 name" gives keyboard access; the full path is in the status tip.
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(
                QFileInfo(folder).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))),
            this, [this, folder] { openCampaignFolder(folder); });
        action->setStatusTip(QDir::toNativeSeparators(folder));
        action->setToolTip(plainToolTip(QDir::toNativeSeparators(folder)));
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        AppSettings::clearRecentCampaigns();
        rebuildRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

bool MainWindow::openStore(const QString& path) {
    if (isImporting()) {
        m_status->setText(tr("Wait for the import to finish before switching stores."));
        return false;
    }
    m_drilldown->setSource({});
    qDeleteAll(findChildren<AudienceDialog*>());
    m_dashboard->clear();
    const QString previous = m_storePath;
    m_storePath = path;
    const quint64 generation = ++m_openGeneration;
    m_opening = true;
    taskStarted(tr("Opening the store %1…").arg(QDir::toNativeSeparators(path)));
    // Limits kept per user by earlier versions go into the first store opened (read here,
    // without SQL; written by the worker; forgotten once the store has them).
    const auto legacyLimits = AppSettings::legacyLimits();
    // Opening creates or upgrades the store: SQL, so on a worker like everything else.
    whenFinished(
        this, QtConcurrent::run([path, legacyLimits] {
            QString error;
            const std::unique_ptr<Store> store = Store::open(path, Store::Mode::ReadWrite, error);
            if (!store)
                return error;
            adoptLegacyLimits(*store, legacyLimits);
            return QString();
        }),
        [this, path, previous, generation](QFutureWatcher<QString>& watcher) {
            const QString error = watcher.result();
            if (generation != m_openGeneration) {
                taskEnded(QString());
                return; // another store was chosen meanwhile
            }
            m_opening = false;
            const QStringList queued = std::exchange(m_queuedImport, {});
            if (!error.isEmpty()) {
                taskEnded(tr("The store %1 cannot be opened.").arg(QDir::toNativeSeparators(path)));
                warnPlain(this, tr("Open Store"),
                          tr("The store %1 cannot be opened: %2")
                              .arg(QDir::toNativeSeparators(path), error));
                m_storePath = previous;
                if (!previous.isEmpty())
                    m_campaigns->reload(m_storePath);
                if (!queued.isEmpty())
                    m_status->setText(
                        tr("The import was not started: the store cannot be opened."));
                Q_EMIT storeOpened(false);
                return;
            }
            taskEnded(tr("Store: %1").arg(QDir::toNativeSeparators(path)));
            AppSettings::clearLegacyLimits();
            m_audience->setStorePath(path);
            Q_EMIT storeOpened(true);
            if (!queued.isEmpty())
                importPaths(queued); // it reloads the list as it goes and when it ends
            else
                m_campaigns->reload(m_storePath);
        });
    return true;
}

void MainWindow::taskStarted(const QString& status) {
    ++m_busyTasks;
    if (!status.isEmpty())
        m_status->setText(status);
}

void MainWindow::taskEnded(const QString& status) {
    m_busyTasks = qMax(0, m_busyTasks - 1);
    if (!status.isEmpty())
        m_status->setText(status);
}

void MainWindow::chooseStore(bool create) {
    const QString filter = tr("Deliverboard stores (*.sqlite *.db);;All files (*)");
    const QString start = QFileInfo(m_storePath).absolutePath();
    const QString path = create
                             ? QFileDialog::getSaveFileName(this, tr("New Store"), start, filter)
                             : QFileDialog::getOpenFileName(this, tr("Open Store"), start, filter);
    if (path.isEmpty())
        return;
    if (!openStore(path))
        return;
    // Remembered once it has opened.
    connect(
        this, &MainWindow::storeOpened, this,
        [this, path](bool ok) {
            if (ok && m_storePath == path)
                AppSettings::setStorePath(path == defaultStorePath() ? QString() : path);
        },
        Qt::SingleShotConnection);
}

void MainWindow::chooseCampaignFolder() {
    const QStringList recent = AppSettings::recentCampaigns();
    const QString start =
        recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open Campaign Folder"), start);
    if (!folder.isEmpty())
        openCampaignFolder(folder);
}

void MainWindow::openCampaignFolder(const QString& folder) {
    if (!QFileInfo(folder).isDir()) {
        warnPlain(this, tr("Open Campaign Folder"),
                  tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    AppSettings::addRecentCampaign(folder);
    rebuildRecentMenu();
    importPaths({folder});
}

void MainWindow::importPaths(const QStringList& paths) {
    if (isImporting()) {
        m_status->setText(tr("An import is already running."));
        return;
    }
    if (m_opening) {
        // The store is still being created or upgraded: two connections migrating one new
        // file at once would collide, so the import starts when the open has finished.
        m_queuedImport = paths;
        m_status->setText(tr("Opening the store; the import starts next…"));
        if (!m_dashboard->context().isValid())
            m_dashboard->setImporting(paths.first());
        return;
    }
    m_progress->setValue(0);
    m_progressText->clear();
    for (QWidget* w : {static_cast<QWidget*>(m_progressText), static_cast<QWidget*>(m_progress),
                       static_cast<QWidget*>(m_cancel)})
        w->setVisible(true);
    m_status->setText(paths.size() == 1
                          ? tr("Importing %1...").arg(QDir::toNativeSeparators(paths.first()))
                          : tr("Importing %n files...", nullptr, static_cast<int>(paths.size())));
    if (!m_dashboard->context().isValid())
        m_dashboard->setImporting(paths.first());
    m_liveRefresh.invalidate();
    m_import->start(m_storePath, paths);
}

void MainWindow::onImportFinished(const ImportSummary& summary) {
    for (QWidget* w : {static_cast<QWidget*>(m_progressText), static_cast<QWidget*>(m_progress),
                       static_cast<QWidget*>(m_cancel)})
        w->setVisible(false);
    const QLocale locale;
    if (!summary.fatalError.isEmpty())
        m_status->setText(tr("Import failed: %1").arg(summary.fatalError));
    else if (summary.cancelled)
        m_status->setText(tr("Import cancelled; what was imported so far is kept."));
    else if (summary.filesRead == 0 && summary.filesUnchanged > 0)
        m_status->setText(tr("Up to date: no new log lines."));
    else
        m_status->setText(tr("Imported %1 lines (files read: %2).")
                              .arg(locale.toString(summary.linesRead))
                              .arg(summary.filesRead));
    m_dashboard->setImporting(QString());
    m_problems->showSummary(summary);
    if ((summary.problemCount > 0 || !summary.problems.isEmpty()) && !m_problems->isVisible()) {
        m_problems->show();
        resizeDocks({m_problems}, {140}, Qt::Vertical); // a panel, not half the window
    }
    m_lastImported = summary.campaigns.isEmpty() ? QString() : summary.campaigns.first();
    m_campaigns->reload(m_storePath, m_lastImported);
    m_audience->recompute(); // statuses run over every campaign in the store
    Q_EMIT importFinished();
}

void MainWindow::onCampaignStored(const QString& campaign) {
    // The figures fill in as the import's batches commit: every few seconds, and only when
    // the last read has finished, so a large import is not slowed by its own dashboard.
    constexpr qint64 kLiveRefreshMs = 2500;
    if (m_liveRefresh.isValid() && m_liveRefresh.elapsed() < kLiveRefreshMs)
        return;
    if (m_dashboard->isLoading() || m_campaigns->isLoading())
        return;
    m_liveRefresh.start();
    if (m_dashboard->context().campaign.name == campaign)
        m_dashboard->refresh();
    else if (!m_dashboard->context().isValid())
        m_campaigns->reload(m_storePath, campaign); // selects it: the dashboard follows
}

void MainWindow::updateWelcome() {
    m_dashboard->welcome()->setHasCampaigns(!m_campaigns->campaigns().isEmpty());
}

void MainWindow::onCampaignSelected(const CampaignInfo& campaign) {
    // Right after an import the dock shows that import's summary; otherwise what is stored.
    if (campaign.name != m_lastImported) {
        const qint64 id = campaign.id;
        whenFinished(
            m_problems,
            runOnStore(
                m_storePath, [id](ReportSource& queries) { return queries.importProblems(id); },
                [](const QString&) { return QList<ImportProblemRow>(); }),
            [this, id](QFutureWatcher<QList<ImportProblemRow>>& watcher) {
                if (m_dashboard->context().campaign.id == id || !m_dashboard->context().isValid())
                    m_problems->showStored(watcher.result());
            });
    }
    m_lastImported.clear();
    setWindowTitle(tr("%1 – Deliverboard").arg(campaign.name));
    m_dashboard->showCampaign(m_storePath, campaign);
}

void MainWindow::onReportReady() {
    const ReportContext context = m_dashboard->context();
    // The drill-down follows the dashboard's policy ("as of"), keeping its filter.
    const MessageFilter filter = m_drilldown->model()->filter();
    const bool sameCampaign = m_drilldown->model()->context().campaign.id == context.campaign.id;
    m_drilldown->setSource(context);
    m_drilldown->setFilter(sameCampaign ? filter : MessageFilter());
    for (QAction* action : std::as_const(m_campaignActions))
        action->setEnabled(context.isValid());
    Q_EMIT campaignShown();
}

void MainWindow::showDrilldown(const MessageFilter& filter) {
    m_drilldown->setFilter(filter);
    m_tabs->setCurrentWidget(m_drilldown);
}

void MainWindow::refresh() {
    // Re-reading the campaign folder picks up new log lines (the import is incremental).
    const ReportContext context = m_dashboard->context();
    if (context.isValid() && QFileInfo(context.campaign.folder).isDir() && !m_import->isRunning())
        importPaths({context.campaign.folder});
    else
        m_campaigns->reload(m_storePath);
}

void MainWindow::exportBounces(const MessageFilter& filter, const QString& path) {
    startExport(tr("Export Bounces"), path, true, filter);
}

void MainWindow::exportTableView(const QString& path) {
    startExport(tr("Export Table View"), path, false, m_drilldown->model()->filter());
}

namespace {
struct ExportResult {
    qint64 rows = -1;
    QString error;
    bool stopped = false; // the user cancelled: no file was written
};

// Cancel sets the flag; the task checks it and still delivers its result, so what the
// user is told (written or not, removed or not) is what the task did. The future itself
// is only cancelled when the window closes.
using StopFlag = std::shared_ptr<std::atomic<bool>>;
} // namespace

void MainWindow::startExport(const QString& title, const QString& path, bool bounces,
                             const MessageFilter& filter) {
    const ReportContext context =
        bounces ? m_dashboard->context() : m_drilldown->model()->context();
    if (!context.isValid()) {
        Q_EMIT exportFinished(-1, tr("No campaign is open."));
        return;
    }
    const QString noun = bounces ? tr("addresses") : tr("messages");
    const StopFlag stop = std::make_shared<std::atomic<bool>>(false);
    auto work = [context, filter, path, bounces, stop](QPromise<ExportResult>& promise,
                                                       ReportSource& queries) {
        // The count gives the progress bar its end; the rows follow in the filter's order.
        MessageFilter counted = filter;
        if (bounces && counted.outcomes.isEmpty())
            counted.outcomes = bounceOutcomes();
        const qint64 total = queries.countMessages(context.campaign, context.policy, counted);
        promise.setProgressRange(0, static_cast<int>(qBound<qint64>(0, total, qint64(INT_MAX))));
        bool stopped = false;
        const auto proceed = [&promise, &stop, &stopped](qint64 rows) {
            promise.setProgressValue(static_cast<int>(qMin<qint64>(rows, INT_MAX)));
            stopped = stop->load() || promise.isCanceled();
            return !stopped;
        };
        ExportResult result;
        result.rows =
            bounces ? BounceExporter::exportCsv(queries, context.campaign, context.policy, filter,
                                                path, result.error, proceed)
                    : ui::exportTableView(queries, context, filter, path, result.error, proceed);
        result.stopped = stopped && result.rows < 0;
        promise.addResult(result);
    };
    auto* watcher =
        whenFinished(this,
                     runOnStoreWithProgress<ExportResult>(context.storePath, std::move(work),
                                                          [](const QString& error) {
                                                              return ExportResult{-1, error};
                                                          }),
                     [this, title, path, noun](QFutureWatcher<ExportResult>& w) {
                         ExportResult result;
                         if (w.isCanceled() || w.future().resultCount() == 0)
                             result = ExportResult{-1, tr("cancelled"), true};
                         else
                             result = w.result();
                         if (result.rows >= 0) {
                             taskEnded(tr("Exported %1 %2 to %3")
                                           .arg(QLocale().toString(result.rows), noun,
                                                QDir::toNativeSeparators(path)));
                         } else if (result.stopped) {
                             taskEnded(tr("%1 cancelled; no file was written.").arg(title));
                         } else {
                             taskEnded(QString());
                             warnPlain(this, title, tr("The export failed: %1").arg(result.error));
                         }
                         Q_EMIT exportFinished(result.rows, result.error);
                     });
    taskStarted(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    showTaskProgress(this, watcher, title,
                     tr("Writing %1 to %2…").arg(noun, QDir::toNativeSeparators(path)),
                     [stop] { stop->store(true); });
}

void MainWindow::renameCampaign(const CampaignInfo& campaign, const QString& name) {
    const qint64 id = campaign.id;
    taskStarted(tr("Renaming %1…").arg(campaign.name));
    whenFinished(this,
                 runOnStore(
                     m_storePath,
                     [id, name](ReportSource& queries) {
                         return queries.renameCampaign(id, name) ? QString()
                                                                 : queries.errorString();
                     },
                     [](const QString& error) { return error; }),
                 [this, name](QFutureWatcher<QString>& watcher) {
                     const QString error = watcher.result();
                     taskEnded(error.isEmpty() ? tr("Renamed to %1.").arg(name) : QString());
                     if (!error.isEmpty())
                         warnPlain(this, tr("Rename Campaign"), error);
                     m_campaigns->reload(m_storePath, name);
                     m_audience->recompute(); // explanations name the campaigns
                     Q_EMIT campaignEdited(error.isEmpty());
                 });
}

void MainWindow::removeCampaign(const CampaignInfo& campaign) {
    const qint64 id = campaign.id;
    const QString name = campaign.name;
    // What is shown of it goes at once; nothing reads it while it is being removed.
    if (m_dashboard->context().campaign.id == id) {
        m_dashboard->clear();
        m_drilldown->setSource({});
    }
    struct Removal {
        bool removed = false;
        QString error; // empty when stopped by the user
    };
    const StopFlag stop = std::make_shared<std::atomic<bool>>(false);
    auto work = [id, stop](QPromise<Removal>& promise, ReportSource& queries) {
        Removal result;
        result.removed = queries.removeCampaign(id, [&promise, &stop](qint64 done, qint64 total) {
            promise.setProgressRange(0, static_cast<int>(qMin<qint64>(total, INT_MAX)));
            promise.setProgressValue(static_cast<int>(qMin<qint64>(done, INT_MAX)));
            return !stop->load() && !promise.isCanceled();
        });
        if (!result.removed)
            result.error = queries.errorString();
        promise.addResult(result);
    };
    auto* watcher = whenFinished(
        this,
        runOnStoreWithProgress<Removal>(m_storePath, std::move(work),
                                        [](const QString& error) {
                                            return Removal{false, error};
                                        }),
        [this, name](QFutureWatcher<Removal>& w) {
            const Removal result =
                w.isCanceled() || w.future().resultCount() == 0 ? Removal{} : w.result();
            const bool cancelled = !result.removed && result.error.isEmpty();
            const QString error = result.error;
            if (cancelled)
                taskEnded(tr("Removal of %1 cancelled; nothing was removed.").arg(name));
            else if (!error.isEmpty())
                taskEnded(QString());
            else
                taskEnded(tr("Removed %1.").arg(name));
            if (!cancelled && !error.isEmpty())
                warnPlain(this, tr("Remove Campaign"), error);
            m_campaigns->reload(m_storePath);
            if (!cancelled)
                m_audience->recompute();
            Q_EMIT campaignEdited(!cancelled && error.isEmpty());
        });
    taskStarted(tr("Removing %1…").arg(name));
    showTaskProgress(this, watcher, tr("Remove Campaign"), tr("Removing %1…").arg(name),
                     [stop] { stop->store(true); });
}

void MainWindow::chooseExport() {
    ExportBouncesDialog dialog(m_drilldown->model()->filter(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        QDir(QDir::homePath())
            .filePath(safeFileName(m_dashboard->context().campaign.name + tr("-bounces")) +
                      QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Bounces"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportBounces(dialog.filter(), path);
}

void MainWindow::chooseTableExport() {
    const ReportContext context = m_drilldown->model()->context();
    if (!context.isValid())
        return;
    const QString suggested = QDir(QDir::homePath())
                                  .filePath(safeFileName(context.campaign.name + tr("-messages")) +
                                            QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table View"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportTableView(path);
}

AudienceDialog* MainWindow::showAudience(ReportSource::AudienceGroup group) {
    const ReportContext context = m_dashboard->context();
    if (!context.isValid())
        return nullptr;
    auto* dialog = new AudienceDialog(context.storePath, context.campaign, group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // non-modal: the dashboard stays usable next to it
    return dialog;
}

PlainTextDialog* MainWindow::showUnmatchedReturnedMail() {
    const ReportContext context = m_dashboard->context();
    if (!context.isValid())
        return nullptr;
    auto* dialog = new PlainTextDialog(
        tr("Unmatched Returned Mail"),
        tr("Reading the returned mail of %1…").arg(context.campaign.name), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    const qint64 id = context.campaign.id;
    const QString name = context.campaign.name;
    struct Unmatched {
        QList<ReturnedMailRow> rows;
        QString error;
    };
    // The dialog is the watcher's parent: closed early, the answer is simply dropped.
    whenFinished(dialog,
                 runOnStore(
                     context.storePath,
                     [id](ReportSource& queries) {
                         Unmatched result{queries.unmatchedReturnedMail(id), {}};
                         result.error = queries.errorString();
                         return result;
                     },
                     [](const QString& error) {
                         return Unmatched{{}, error};
                     }),
                 [dialog, name](QFutureWatcher<Unmatched>& watcher) {
                     const Unmatched result = watcher.result();
                     if (!result.error.isEmpty()) {
                         dialog->setContent(
                             tr("The returned mail cannot be read: %1").arg(result.error),
                             QString());
                         return;
                     }
                     dialog->setContent(
                         tr("%1 returned mails of %2 name no recipient of the campaign (up to "
                            "1,000 are listed).")
                             .arg(QLocale().toString(qint64(result.rows.size())), name),
                         ReturnedMailText::format(result.rows, true));
                 });
    return dialog;
}

void MainWindow::adoptLegacyLimits(Store& store, const std::pair<double, int>& legacy) {
    // Earlier versions kept the limits per user (QSettings), so the CLI never saw them:
    // hand them to the first store opened, unless it has limits of its own.
    const auto [hours, attempts] = legacy;
    if (hours <= 0 && attempts <= 0)
        return;
    const std::unique_ptr<SettingsSource> settings = store.settingsSource();
    const auto stored = settings->limits();
    if (stored && stored->isEmpty())
        settings->setLimits({hours, attempts});
}

void MainWindow::showSettings() {
    // Read and written on workers (the GUI thread runs no SQL); the dialog opens once the
    // store's values are read.
    const QString path = m_storePath;
    whenFinished(this, QtConcurrent::run([path] { return loadStoreSettings(path); }),
                 [this, path](QFutureWatcher<StoreSettingsState>& watcher) {
                     const StoreSettingsState state = watcher.result();
                     if (!state.error.isEmpty()) {
                         warnPlain(this, tr("Settings"), state.error);
                         return;
                     }
                     SettingsDialog dialog(state, this);
                     connect(&dialog, &SettingsDialog::editPresetRequested, this, [this] {
                         m_tabs->setCurrentWidget(m_audience);
                         m_audience->editPreset();
                     });
                     Q_EMIT settingsDialogOpened(&dialog);
                     if (dialog.exec() != QDialog::Accepted || path != m_storePath)
                         return;
                     saveSettings(dialog.limits(), dialog.inactivity());
                 });
}

void MainWindow::saveSettings(const LimitOverrides& limits, const InactivityRule& inactivity) {
    const QString path = m_storePath;
    whenFinished(this, QtConcurrent::run([path, limits, inactivity] {
                     return saveStoreSettings(path, limits, inactivity);
                 }),
                 [this, path](QFutureWatcher<QString>& watcher) {
                     afterSettingsChange(path, watcher.result(), QString());
                 });
}

void MainWindow::afterSettingsChange(const QString& path, const QString& error,
                                     const QString& campaign) {
    if (!error.isEmpty())
        warnPlain(this, tr("Settings"), error);
    if (path == m_storePath) {
        m_audience->recompute(); // outcomes, and so statuses, follow the limits
        // The limits may have changed: reloading re-selects the campaign, which recomputes
        // the dashboard, and the drill-down follows the dashboard's policy.
        m_campaigns->reload(m_storePath, campaign);
    }
    Q_EMIT settingsSaved(error);
}

void MainWindow::editCampaignLimits(const CampaignInfo& campaign) {
    const QString path = m_storePath;
    const QString name = campaign.name;
    whenFinished(this, QtConcurrent::run([path, name] { return loadCampaignLimits(path, name); }),
                 [this, path](QFutureWatcher<CampaignLimitsState>& watcher) {
                     const CampaignLimitsState state = watcher.result();
                     if (!state.error.isEmpty()) {
                         warnPlain(this, tr("Report Limits"), state.error);
                         return;
                     }
                     CampaignLimitsDialog dialog(state, this);
                     Q_EMIT campaignLimitsDialogOpened(&dialog);
                     if (dialog.exec() != QDialog::Accepted || path != m_storePath)
                         return;
                     const qint64 id = state.campaign.id;
                     const QString name = state.campaign.name;
                     const LimitOverrides limits = dialog.limits();
                     whenFinished(this, QtConcurrent::run([path, id, limits] {
                                      return saveCampaignLimits(path, id, limits);
                                  }),
                                  [this, path, name](QFutureWatcher<QString>& saved) {
                                      afterSettingsChange(path, saved.result(), name);
                                  });
                 });
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Deliverboard"),
        tr("<h3>Deliverboard %1</h3><p>What happened to every message of your email campaign: "
           "the Response page from your own MTA logs.</p><p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList folders;
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        (QFileInfo(path).isDir() ? folders : files).append(path);
    }
    event->acceptProposedAction();
    for (const QString& folder : std::as_const(folders))
        AppSettings::addRecentCampaign(folder);
    rebuildRecentMenu();
    // Folders are campaigns of their own; loose files go into their folder's campaign.
    importPaths(folders + files);
}

void MainWindow::restoreLayout() {
    restoreGeometry(AppSettings::windowState(QStringLiteral("geometry")));
    restoreState(AppSettings::windowState(QStringLiteral("state")));
    m_mainSplitter->restoreState(AppSettings::windowState(QStringLiteral("mainSplitter")));
    m_campaigns->table()->horizontalHeader()->restoreState(
        AppSettings::windowState(QStringLiteral("campaignColumns")));
    m_drilldown->splitter()->restoreState(
        AppSettings::windowState(QStringLiteral("drilldownSplitter")));
}

void MainWindow::saveLayout() {
    AppSettings::setWindowState(QStringLiteral("geometry"), saveGeometry());
    AppSettings::setWindowState(QStringLiteral("state"), saveState());
    AppSettings::setWindowState(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    AppSettings::setWindowState(QStringLiteral("campaignColumns"),
                                m_campaigns->table()->horizontalHeader()->saveState());
    AppSettings::setWindowState(QStringLiteral("drilldownSplitter"),
                                m_drilldown->splitter()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_import->isRunning()) {
        // The importer commits in batches; stopping at the next one keeps the store sound.
        m_import->cancel();
        m_import->waitForFinished();
    }
    saveLayout();
    event->accept();
}

} // namespace deliverboard::ui
