#include "MainWindow.h"

#include "import/CampaignImporter.h"
#include "report/ReportJson.h"
#include "store/Database.h"
#include "store/ReportQueries.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent>

namespace deliverboard::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_storePath(defaultStorePath())
{
    setWindowTitle(tr("Deliverboard"));
    resize(1000, 700);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Campaign Folder..."), this, &MainWindow::chooseCampaignFolder);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true); // plain text: log and reply texts are never rendered as HTML
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setPlainText(tr("Open a campaign folder (File > Open Campaign Folder) to see its report."));
    setCentralWidget(m_report);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    m_watcher = new QFutureWatcher<ImportSummary>(this);
    connect(m_watcher, &QFutureWatcher<ImportSummary>::finished, this, &MainWindow::onImportFinished);
}

MainWindow::~MainWindow()
{
    m_cancelRequested = true;
    m_watcher->waitForFinished();
}

QString MainWindow::defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("deliverboard.sqlite"));
}

void MainWindow::chooseCampaignFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Campaign Folder"));
    if (!folder.isEmpty())
        openCampaignFolder(folder);
}

void MainWindow::openCampaignFolder(const QString& folder)
{
    if (m_watcher->isRunning())
        return;
    m_cancelRequested = false;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(tr("Importing %1...").arg(QDir::toNativeSeparators(folder)));
    const QString storePath = m_storePath;
    // The import runs on a worker thread with its own database connection.
    m_watcher->setFuture(QtConcurrent::run([this, folder, storePath] {
        Database db;
        if (!db.open(storePath)) {
            ImportSummary failed;
            failed.fatalError = db.errorString();
            return failed;
        }
        ImportOptions options;
        options.cancel = &m_cancelRequested;
        options.progress = [this](const ImportProgress& p) {
            const int permille = p.bytesTotal > 0 ? static_cast<int>(1000 * p.bytesDone / p.bytesTotal) : 0;
            QMetaObject::invokeMethod(m_progress, [bar = m_progress, permille] { bar->setValue(permille); },
                                      Qt::QueuedConnection);
        };
        CampaignImporter importer(db);
        return importer.importFolder(folder, options);
    }));
}

void MainWindow::onImportFinished()
{
    const ImportSummary summary = m_watcher->result();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (!summary.fatalError.isEmpty())
        m_status->setText(tr("Import failed: %1").arg(summary.fatalError));
    else if (summary.cancelled)
        m_status->setText(tr("Import cancelled; what was imported so far is kept."));
    else
        m_status->setText(tr("Imported %n lines", nullptr, static_cast<int>(summary.linesRead)) +
                          (summary.problemCount > 0 ? tr(" (%n problems)", nullptr, static_cast<int>(summary.problemCount))
                                                    : QString()));
    if (!summary.campaigns.isEmpty())
        showReport(summary.campaigns.first());
    Q_EMIT importFinished();
}

void MainWindow::showReport(const QString& campaign)
{
    Database db;
    if (!db.open(m_storePath))
        return;
    ReportQueries queries(db.connection());
    const auto info = queries.campaign(campaign);
    if (!info)
        return;
    CampaignReport report;
    if (!queries.report(*info, queries.defaultPolicy(*info), report))
        return;
    m_report->setPlainText(QString::fromUtf8(QJsonDocument(reportjson::report(report)).toJson()));
    setWindowTitle(tr("%1 - Deliverboard").arg(campaign));
}

} // namespace deliverboard::ui
