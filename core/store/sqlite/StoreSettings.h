#pragma once

#include "policy/InactivityRule.h"
#include "policy/PresetChoice.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace deliverboard {

// Report limits that override what campaign.json says; 0 keeps the campaign's own.
struct LimitOverrides {
    double retryWindowHours = 0;
    int maxAttempts = 0;
    bool isEmpty() const { return retryWindowHours <= 0 && maxAttempts <= 0; }
};

// The settings that change figures, kept in the store (schema step storeSettingsStep) so
// that the GUI and every CLI command on one store show the same numbers. ReportQueries
// applies the limit overrides to every campaign it reads; StatusSupport and the GUI's
// audience worker read the preset from here.
class StoreSettings {
public:
    explicit StoreSettings(QSqlDatabase db);

    QString errorString() const { return m_error; }

    // Store-wide limits (all campaigns). nullopt on a read error.
    std::optional<LimitOverrides> limits();
    bool setLimits(const LimitOverrides& limits);
    // One campaign's limits, which win over the store-wide ones.
    std::optional<LimitOverrides> campaignLimits(qint64 campaignId);
    bool setCampaignLimits(qint64 campaignId, const LimitOverrides& limits);

    // How many campaigns in a row without an open or click make an address a suggestion for
    // the inactive list (contract section 7 adds nothing here: it is only a suggestion).
    static constexpr int kDefaultInactiveCampaigns = 5;
    std::optional<int> inactiveCampaigns();
    bool setInactiveCampaigns(int campaigns);
    // ... or this many days without one (InactivityRule); 0, the default, switches it off.
    std::optional<int> inactiveDays();
    bool setInactiveDays(int days);
    // Both, as status --inactive, export-suppression --inactive and the GUI apply them.
    std::optional<InactivityRule> inactivity();

    // The preset in force: the newest history row, else the default built-in preset.
    std::optional<PresetChoice> currentPreset();
    // Every choice, oldest first (the default is not a row).
    std::optional<QList<PresetChoice>> presetHistory();
    bool applyPreset(const PresetChoice& choice);
    // Goes back to the choice before the newest one; false (with errorString()) when there
    // is nothing to undo.
    bool undoPreset();

private:
    std::optional<QString> value(const QString& key);
    bool setValue(const QString& key, const QString& value); // empty value: remove
    bool fail(const QString& error);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace deliverboard
