#pragma once

#include "report/MessageRows.h"
#include "store/SettingsSource.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace deliverboard::ui {

// What the per-campaign limits dialog shows, read on a worker (CampaignLimitsTask).
struct CampaignLimitsState {
    QString error;
    CampaignInfo campaign;           // with its own (campaign.json) limits and those in force
    LimitOverrides storeWide;        // 0: none
    LimitOverrides campaignOverride; // 0: none
};

// One campaign's report limits (issue 12): the retry window and maximum attempts that win
// over the store-wide overrides and the campaign's own campaign.json, shown with both as
// context. "No override" (0) leaves the store-wide setting, else the campaign's own, in
// force; "Use Campaign's Own" makes campaign.json's values count whatever the store says.
// The caller reads and writes the store on a worker.
class CampaignLimitsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CampaignLimitsDialog(const CampaignLimitsState& state, QWidget* parent = nullptr);

    LimitOverrides limits() const;
    void setLimits(const LimitOverrides& limits);
    void useCampaignsOwn();
    QDoubleSpinBox* retryWindowBox() const { return m_retryWindow; }
    QSpinBox* maxAttemptsBox() const { return m_maxAttempts; }

private:
    void showEffect();

    CampaignLimitsState m_state;
    QDoubleSpinBox* m_retryWindow = nullptr;
    QSpinBox* m_maxAttempts = nullptr;
    QLabel* m_effect = nullptr;
};

// Reads (on the calling thread, a worker) what the dialog shows for `campaignName`.
CampaignLimitsState loadCampaignLimits(const QString& storePath, const QString& campaignName);
// Stores one campaign's overrides; returns an error message, empty on success.
QString saveCampaignLimits(const QString& storePath, qint64 campaignId,
                           const LimitOverrides& limits);

} // namespace deliverboard::ui
