#pragma once

#include "store/SettingsSource.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace deliverboard {

// The settings that change figures, kept in the store (schema step storeSettingsStep) so
// that the GUI and every CLI command on one store show the same numbers. ReportQueries
// applies the limit overrides to every campaign it reads; StatusSupport and the GUI's
// audience worker read the preset from here.
class StoreSettings : public SettingsSource {
public:
    explicit StoreSettings(QSqlDatabase db);

    QString errorString() const override { return m_error; }

    // Store-wide limits (all campaigns). nullopt on a read error.
    std::optional<LimitOverrides> limits() override;
    bool setLimits(const LimitOverrides& limits) override;
    // One campaign's limits, which win over the store-wide ones.
    std::optional<LimitOverrides> campaignLimits(qint64 campaignId) override;
    bool setCampaignLimits(qint64 campaignId, const LimitOverrides& limits) override;

    // How many campaigns in a row without an open or click make an address a suggestion for
    // the inactive list (SettingsSource::kDefaultInactiveCampaigns when never set).
    std::optional<int> inactiveCampaigns() override;
    bool setInactiveCampaigns(int campaigns) override;
    // ... or this many days without one (InactivityRule); 0, the default, switches it off.
    std::optional<int> inactiveDays() override;
    bool setInactiveDays(int days) override;
    // Both, as status --inactive, export-suppression --inactive and the GUI apply them.
    std::optional<InactivityRule> inactivity() override;

    // The preset in force: the newest history row, else the default built-in preset.
    std::optional<PresetChoice> currentPreset() override;
    // Every choice, oldest first (the default is not a row).
    std::optional<QList<PresetChoice>> presetHistory() override;
    bool applyPreset(const PresetChoice& choice) override;
    // Goes back to the choice before the newest one; false (with errorString()) when there
    // is nothing to undo.
    bool undoPreset() override;

private:
    std::optional<QString> value(const QString& key);
    bool setValue(const QString& key, const QString& value); // empty value: remove
    bool fail(const QString& error);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace deliverboard
