#pragma once

#include <QByteArray>
#include <QStringList>

#include <utility>

namespace deliverboard::ui {

// Every persisted preference in one place, with typed accessors over QSettings.
class AppSettings {
public:
    static QStringList recentCampaigns();
    static void addRecentCampaign(const QString& folder);
    static void clearRecentCampaigns();
    static int maxRecentCampaigns() { return 10; }

    // "" follows the system, else "en", "de" or "nl".
    static QString language();
    static void setLanguage(const QString& language);

    // The report limits this application once kept per user (0: none). They now live in
    // the store (SettingsSource) so that the CLI sees them too; this hands them over once
    // and forgets them.
    static std::pair<double, int> legacyLimits(); // (0, 0) when none
    static void clearLegacyLimits();

    static QString storePath(); // "" for the default store
    static void setStorePath(const QString& path);

    static QByteArray windowState(const QString& key);
    static void setWindowState(const QString& key, const QByteArray& state);
};

// Installs the translation of the configured (or system) language from :/i18n.
void installTranslations();

} // namespace deliverboard::ui
