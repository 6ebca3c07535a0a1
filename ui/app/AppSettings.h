#pragma once

#include <QByteArray>
#include <QStringList>

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

    // Report limits that override every campaign's campaign.json; 0 keeps the campaign's.
    static double retryWindowHours();
    static void setRetryWindowHours(double hours);
    static int maxAttempts();
    static void setMaxAttempts(int attempts);

    static QString storePath(); // "" for the default store
    static void setStorePath(const QString& path);

    static QByteArray windowState(const QString& key);
    static void setWindowState(const QString& key, const QByteArray& state);
};

// Installs the translation of the configured (or system) language from :/i18n.
void installTranslations();

} // namespace deliverboard::ui
