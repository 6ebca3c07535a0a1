#pragma once

#include "store/SettingsSource.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace deliverboard::ui {

// What the settings dialog shows of the store, read on a worker.
struct StoreSettingsState {
    QString error;
    LimitOverrides limits;
    InactivityRule inactivity{SettingsSource::kDefaultInactiveCampaigns, 0};
};

// Application preferences (the language, from the next start) and the store's settings
// that change figures: the report limits and the inactivity threshold, which the caller
// reads from and writes to the store (SettingsSource) on a worker, so that the CLI on the
// same store prints the same figures. "Edit Status Preset..." hands over to the preset
// editor (editPresetRequested()).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const StoreSettingsState& state, QWidget* parent = nullptr);
    LimitOverrides limits() const;
    InactivityRule inactivity() const;
    void accept() override;
    QSpinBox* inactiveCampaignsBox() const { return m_inactiveCampaigns; }
    QSpinBox* inactiveDaysBox() const { return m_inactiveDays; }

Q_SIGNALS:
    // The user asked for the preset editor; the dialog has closed without storing anything.
    void editPresetRequested();

private:
    QComboBox* m_language = nullptr;
    QDoubleSpinBox* m_retryWindow = nullptr;
    QSpinBox* m_maxAttempts = nullptr;
    QSpinBox* m_inactiveCampaigns = nullptr;
    QSpinBox* m_inactiveDays = nullptr;
};

// Read and write on the calling thread (a worker). Writing returns an error, empty on
// success.
StoreSettingsState loadStoreSettings(const QString& storePath);
QString saveStoreSettings(const QString& storePath, const LimitOverrides& limits,
                          const InactivityRule& inactivity);

} // namespace deliverboard::ui
