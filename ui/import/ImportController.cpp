#include "ImportController.h"

#include "import/CampaignImporter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent>

namespace deliverboard::ui {

ImportController::ImportController(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

ImportController::~ImportController() {
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool ImportController::isRunning() const {
    return m_watcher.isRunning();
}

void ImportController::cancel() {
    m_cancel = true;
}

void ImportController::waitForFinished() {
    m_watcher.waitForFinished();
}

void ImportController::start(const QString& storePath, const QStringList& paths) {
    if (isRunning())
        return;
    m_cancel = false;
    m_clock.start();
    m_lastReportMs = -1;
    QPointer<ImportController> self(this);
    m_watcher.setFuture(QtConcurrent::run([this, self, storePath, paths] {
        ImportSummary failed;
        // Thread-affine: this worker's own connection.
        const std::unique_ptr<Store> store =
            Store::open(storePath, Store::Mode::ReadWrite, failed.fatalError);
        if (!store)
            return failed;
        ImportOptions options;
        options.cancel = &m_cancel;
        options.progress = [self](const ImportProgress& p) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, p] {
                    if (self)
                        self->onProgress(p);
                },
                Qt::QueuedConnection);
        };
        CampaignImporter importer(*store);
        return importer.importPaths(paths, options);
    }));
}

void ImportController::onProgress(const ImportProgress& progress) {
    const qint64 now = m_clock.elapsed();
    // The importer reports often; the status bar does not need more than ~10 updates/s.
    if (m_lastReportMs >= 0 && now - m_lastReportMs < 100 &&
        progress.bytesDone < progress.bytesTotal)
        return;
    m_lastReportMs = now;
    const int permille = progress.bytesTotal > 0
                             ? static_cast<int>(1000 * progress.bytesDone / progress.bytesTotal)
                             : 0;
    Q_EMIT progressed(permille, describe(progress, now));
    if (!progress.campaign.isEmpty())
        Q_EMIT campaignStored(progress.campaign);
}

QString ImportController::describe(const ImportProgress& progress, qint64 elapsedMs) {
    const QLocale locale;
    QString text = QCoreApplication::translate("ImportController", "%1 of %2 · %3 lines")
                       .arg(locale.formattedDataSize(progress.bytesDone),
                            locale.formattedDataSize(progress.bytesTotal),
                            locale.toString(progress.linesDone));
    if (elapsedMs > 500 && progress.bytesDone > 0) {
        const double bytesPerSecond = 1000.0 * static_cast<double>(progress.bytesDone) / elapsedMs;
        text += QCoreApplication::translate("ImportController", " · %1/s")
                    .arg(locale.formattedDataSize(static_cast<qint64>(bytesPerSecond)));
        const qint64 left = progress.bytesTotal - progress.bytesDone;
        if (left > 0 && bytesPerSecond > 0) {
            const int seconds = static_cast<int>(left / bytesPerSecond) + 1;
            text +=
                QCoreApplication::translate("ImportController", " · %n s left", nullptr, seconds);
        }
    }
    if (!progress.currentFile.isEmpty())
        text += QStringLiteral(" · ") + QFileInfo(progress.currentFile).fileName();
    return text;
}

} // namespace deliverboard::ui
