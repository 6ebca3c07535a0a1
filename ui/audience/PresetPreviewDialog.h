#pragma once

#include "AudienceWorker.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace deliverboard::ui {

// Preview before apply: pick a preset, see how many addresses would change status, from
// what to what, by ISP and by reason, and which ones; then apply it (the caller stores the
// choice, which `settings --undo` or the view's Undo takes back).
class PresetPreviewDialog : public QDialog {
    Q_OBJECT
public:
    PresetPreviewDialog(const QString& storePath, std::shared_ptr<const StatusEngine> current,
                        const PresetChoice& inForce, QWidget* parent = nullptr);
    ~PresetPreviewDialog() override;

    // The previewed candidate (valid once the preview has finished).
    PresetChoice choice() const { return m_preview.candidate; }
    const PresetPreview& preview() const { return m_preview; }
    QComboBox* presetBox() const { return m_preset; }
    QTableWidget* transitionTable() const { return m_transitions; }
    QLabel* summaryLabel() const { return m_summary; }
    void startPreview();
    // Offers `choice` (a custom preset from the editor) as the candidate, selects it and
    // starts its preview.
    void setCustomCandidate(const PresetChoice& choice);
    bool isPreviewing() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void previewFinished();

private:
    void showPreview();

    QString m_storePath;
    std::shared_ptr<const StatusEngine> m_current;
    PresetChoice m_inForce;
    PresetChoice m_customChoice;
    PresetChoice m_editedChoice; // from setCustomCandidate()
    QComboBox* m_preset = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_transitions = nullptr;
    QTableWidget* m_byIsp = nullptr;
    QTableWidget* m_byReason = nullptr;
    QTableWidget* m_changes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QFutureWatcher<PresetPreview> m_watcher;
    PresetPreview m_preview;
};

} // namespace deliverboard::ui
