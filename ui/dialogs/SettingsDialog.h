#pragma once

#include "store/StoreSettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace deliverboard::ui {

// Application preferences (the language, from the next start) and the store's report
// limits, which the caller reads from and writes to the store (StoreSettings) so that the
// CLI on the same store prints the same figures.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const LimitOverrides& limits, QWidget* parent = nullptr);
    LimitOverrides limits() const;
    void accept() override;

private:
    QComboBox* m_language = nullptr;
    QDoubleSpinBox* m_retryWindow = nullptr;
    QSpinBox* m_maxAttempts = nullptr;
};

} // namespace deliverboard::ui
