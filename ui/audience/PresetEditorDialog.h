#pragma once

#include "policy/PresetChoice.h"
#include "policy/StatusEngine.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace deliverboard::ui {

class PresetPreviewDialog;

// Edits a custom status preset (issue 12: "a JSON file of the same shape ..., editable in
// the settings"): start from a built-in preset or the one in force, change its fields,
// see the loader's own validation error inline, save it as or load it from a JSON file,
// and "Preview and Apply" through PresetPreviewDialog. The caller stores the applied
// choice (AudienceView::applyPreset), which Undo takes back as for any preset change.
// The dialog runs no SQL itself; the preview runs on the preview dialog's worker.
class PresetEditorDialog : public QDialog {
    Q_OBJECT
public:
    PresetEditorDialog(const QString& storePath, std::shared_ptr<const StatusEngine> current,
                       const PresetChoice& inForce, QWidget* parent = nullptr);

    // The form's preset, and the same as JSON (what Save As writes and Apply keeps).
    StatusPreset preset() const;
    QByteArray json() const { return preset().toJson(); }
    void setPreset(const StatusPreset& preset);
    // The loader's error for the form's preset ("the edited preset (field): ..."); empty
    // when it validates.
    QString validationError() const { return m_errorText; }

    // Without a file dialog (tests, and the buttons after their dialog): false with the
    // error shown inline.
    bool saveTo(const QString& path);
    bool loadFrom(const QString& path);
    // Opens the preview of the form's preset; once it is applied the dialog is accepted and
    // appliedChoice() is what the caller stores.
    void previewAndApply();
    PresetChoice appliedChoice() const { return m_applied; }

    QLineEdit* idField() const { return m_id; }
    QLineEdit* nameField() const { return m_name; }
    QSpinBox* hardMajorBox() const { return m_hardMajor; }
    QSpinBox* hardOtherBox() const { return m_hardOther; }
    QSpinBox* softBox() const { return m_soft; }
    QListWidget* majorIspList() const { return m_majorIsps; }
    QLabel* errorLabel() const { return m_error; }
    QComboBox* startFromBox() const { return m_startFrom; }

Q_SIGNALS:
    // The preview dialog is open (for tests: it is modal).
    void previewOpened(deliverboard::ui::PresetPreviewDialog* dialog);

private:
    void validate();
    void startFrom(int index);
    void chooseLoad();
    void chooseSave();

    QString m_storePath;
    std::shared_ptr<const StatusEngine> m_current;
    PresetChoice m_inForce;
    PresetChoice m_applied;
    QString m_errorText;
    bool m_filling = false;

    QComboBox* m_startFrom = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QSpinBox* m_hardMajor = nullptr;
    QSpinBox* m_hardOther = nullptr;
    QSpinBox* m_soft = nullptr;
    QListWidget* m_majorIsps = nullptr;
    QCheckBox* m_deliveredResetsHard = nullptr;
    QCheckBox* m_deliveredResetsSoft = nullptr;
    QCheckBox* m_softResetsHard = nullptr;
    QCheckBox* m_hardResetsSoft = nullptr;
    QCheckBox* m_complaint = nullptr;
    QCheckBox* m_unsubscribe = nullptr;
    QCheckBox* m_ignoreSender = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace deliverboard::ui
