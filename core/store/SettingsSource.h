#pragma once

#include "policy/InactivityRule.h"
#include "policy/PresetChoice.h"

#include <QList>
#include <QString>

#include <optional>

namespace deliverboard {

// Report limits that override what campaign.json says; 0 keeps the campaign's own.
struct LimitOverrides {
    double retryWindowHours = 0;
    int maxAttempts = 0;
    bool isEmpty() const { return retryWindowHours <= 0 && maxAttempts <= 0; }
};

// The settings that change figures, kept in the store so that the GUI and every CLI
// command on one store show the same numbers: the report applies the limit overrides to
// every campaign it reads (ReportSource::campaigns); the status evaluation reads the preset
// from here. SQLite: store/sqlite/StoreSettings.
class SettingsSource {
public:
    virtual ~SettingsSource() = default;

    virtual QString errorString() const = 0;

    // Store-wide limits (all campaigns). nullopt on a read error.
    virtual std::optional<LimitOverrides> limits() = 0;
    virtual bool setLimits(const LimitOverrides& limits) = 0;
    // One campaign's limits, which win over the store-wide ones.
    virtual std::optional<LimitOverrides> campaignLimits(qint64 campaignId) = 0;
    virtual bool setCampaignLimits(qint64 campaignId, const LimitOverrides& limits) = 0;

    // How many campaigns in a row without an open or click make an address a suggestion for
    // the inactive list (contract section 7 adds nothing here: it is only a suggestion).
    static constexpr int kDefaultInactiveCampaigns = 5;
    virtual std::optional<int> inactiveCampaigns() = 0;
    virtual bool setInactiveCampaigns(int campaigns) = 0;
    // ... or this many days without one (InactivityRule); 0, the default, switches it off.
    virtual std::optional<int> inactiveDays() = 0;
    virtual bool setInactiveDays(int days) = 0;
    // Both, as status --inactive, export-suppression --inactive and the GUI apply them.
    virtual std::optional<InactivityRule> inactivity() = 0;

    // The preset in force: the newest history row, else the default built-in preset.
    virtual std::optional<PresetChoice> currentPreset() = 0;
    // Every choice, oldest first (the default is not a row).
    virtual std::optional<QList<PresetChoice>> presetHistory() = 0;
    virtual bool applyPreset(const PresetChoice& choice) = 0;
    // Goes back to the choice before the newest one; false (with errorString()) when there
    // is nothing to undo.
    virtual bool undoPreset() = 0;
};

} // namespace deliverboard
