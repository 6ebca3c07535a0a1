#include "BundledDemo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace deliverboard::ui {

namespace {
const QString kDemoName = QStringLiteral("spring-newsletter-2026");

bool isCampaignFolder(const QString& folder) {
    return QFileInfo(QDir(folder).filePath(QStringLiteral("maillog"))).isFile();
}
} // namespace

QString bundledDemoFolder() {
    QStringList candidates;
    // Installed: next to the binary's prefix first (a relocated install), then XDG data dirs.
    candidates << QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("../share/deliverboard/demo/") + kDemoName);
    const QStringList dataDirs =
        QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString& dir : dataDirs)
        candidates << QDir(dir).filePath(QStringLiteral("deliverboard/demo/") + kDemoName);
#ifdef DELIVERBOARD_SOURCE_DEMO_DIR
    // Running from the build folder of a source checkout.
    candidates << QStringLiteral(DELIVERBOARD_SOURCE_DEMO_DIR "/") + kDemoName;
#endif
    for (const QString& candidate : std::as_const(candidates)) {
        if (isCampaignFolder(candidate))
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return QString();
}

} // namespace deliverboard::ui
