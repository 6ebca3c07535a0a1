#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace deliverboard {
struct ImportSummary;
}

namespace deliverboard::ui {

// The application window. For now it imports a campaign folder in a worker thread and
// shows its report; the Response dashboard replaces the text view in a later step.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openCampaignFolder(const QString& folder);
    static QString defaultStorePath();

Q_SIGNALS:
    void importFinished();

private:
    void chooseCampaignFolder();
    void onImportFinished();
    void showReport(const QString& campaign);

    QPlainTextEdit* m_report = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QFutureWatcher<ImportSummary>* m_watcher = nullptr;
    std::atomic_bool m_cancelRequested{false};
    QString m_storePath;
};

} // namespace deliverboard::ui
