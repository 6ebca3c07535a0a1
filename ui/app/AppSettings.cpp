#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace deliverboard::ui {

namespace {
const QString kRecent = QStringLiteral("campaigns/recent");
const QString kLanguage = QStringLiteral("ui/language");
const QString kStore = QStringLiteral("store/path");
} // namespace

QStringList AppSettings::recentCampaigns() {
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentCampaign(const QString& folder) {
    QStringList recent = recentCampaigns();
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > maxRecentCampaigns())
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
}

void AppSettings::clearRecentCampaigns() {
    QSettings().remove(kRecent);
}

QString AppSettings::language() {
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& language) {
    QSettings().setValue(kLanguage, language);
}

std::pair<double, int> AppSettings::legacyLimits() {
    QSettings settings;
    return {settings.value(QStringLiteral("report/retryWindowHours"), 0.0).toDouble(),
            settings.value(QStringLiteral("report/maxAttempts"), 0).toInt()};
}

void AppSettings::clearLegacyLimits() {
    QSettings settings;
    settings.remove(QStringLiteral("report/retryWindowHours"));
    settings.remove(QStringLiteral("report/maxAttempts"));
}

QString AppSettings::storePath() {
    return QSettings().value(kStore).toString();
}

void AppSettings::setStorePath(const QString& path) {
    QSettings().setValue(kStore, path);
}

QByteArray AppSettings::windowState(const QString& key) {
    return QSettings().value(QStringLiteral("window/") + key).toByteArray();
}

void AppSettings::setWindowState(const QString& key, const QByteArray& state) {
    QSettings().setValue(QStringLiteral("window/") + key, state);
}

void installTranslations() {
    const QString chosen = AppSettings::language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto* app = QCoreApplication::instance();
    auto* ours = new QTranslator(app);
    // qt_add_translations embeds deliverboard_<lang>.qm under :/i18n.
    if (ours->load(locale, QStringLiteral("deliverboard"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    // Qt's own strings (dialog buttons) when the system has them.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace deliverboard::ui
