#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace deliverboard::ui {

// Application preferences; the language applies from the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_language = nullptr;
    QDoubleSpinBox* m_retryWindow = nullptr;
    QSpinBox* m_maxAttempts = nullptr;
};

} // namespace deliverboard::ui
