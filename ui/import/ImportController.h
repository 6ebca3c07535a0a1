#pragma once

#include "import/ImportTypes.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace deliverboard::ui {

// Runs CampaignImporter on a worker thread with its own database connection, and reports
// progress (bytes, lines, rate, ETA) back on the UI thread. Cancel stops at the next batch;
// the importer keeps the store consistent.
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QObject* parent = nullptr);
    ~ImportController() override;

    bool isRunning() const;
    void start(const QString& storePath, const QStringList& paths);
    void cancel();
    void waitForFinished();

    // "12.3 MB of 40.0 MB · 150,000 lines · 8.1 MB/s · 4 s left"
    static QString describe(const ImportProgress& progress, qint64 elapsedMs);

Q_SIGNALS:
    void progressed(int permille, const QString& text);
    // A batch of `campaign` is committed: its figures so far can be read (same throttle).
    void campaignStored(const QString& campaign);
    void finished(const deliverboard::ImportSummary& summary);

private:
    void onProgress(const ImportProgress& progress);

    QFutureWatcher<ImportSummary> m_watcher;
    std::atomic_bool m_cancel{false};
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
};

} // namespace deliverboard::ui
