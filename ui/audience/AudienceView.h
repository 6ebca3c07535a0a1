#pragma once

#include "AudienceFilter.h"
#include "AudienceWorker.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace deliverboard::ui {

class AddressDetailPanel;
class PresetEditorDialog;
class AudienceTableModel;

// Every address in the store with its status across all campaigns (contract section 7):
// filters by status, ISP and reason, the selected address's history, manual reactivate and
// suppress with a note, the status preset (preview, apply, undo), the inactivity
// suggestions, the sender's own problems by ISP, and the suppression export. The
// evaluation runs on a worker thread with its own connection; the UI thread runs no SQL.
class AudienceView : public QWidget {
    Q_OBJECT
public:
    explicit AudienceView(QWidget* parent = nullptr);
    ~AudienceView() override;

    // Shows the store's audience (re-evaluated now). An empty path clears the view.
    void setStorePath(const QString& storePath);
    // Re-evaluates, first storing `change` (a manual action, a preset choice) if given.
    // A running evaluation is cancelled and the new one follows it. While the view is hidden
    // a plain re-evaluation waits until it is shown: a million addresses are not evaluated
    // at every start or import for a view nobody looks at.
    void recompute(const StoreChange& change = {});
    void cancel();
    // Until the result is shown: the worker may have finished before its result arrives.
    bool isEvaluating() const { return m_evaluating || m_pending; }

    void reactivate(const QString& address, const QString& note);
    void suppress(const QString& address, const QString& note);
    void applyPreset(const PresetChoice& choice);
    // Stores how many campaigns without an open or click make an address a suggestion.
    void setInactiveCampaigns(int campaigns);
    // ... or how many days without one (0: off).
    void setInactiveDays(int days);
    void undoPreset();
    // Opens the preset editor (modal); an applied custom preset is stored like any other
    // choice. Asked for before the first evaluation, it opens once that is shown.
    void editPreset();
    // Writes on a worker; exportFinished() reports the result.
    void exportList(const QString& path, int format, bool inactive);

    AudienceTableModel* model() const { return m_model; }
    AudienceTableModel* inactiveModel() const { return m_inactiveModel; }
    QTableView* table() const { return m_table; }
    AddressDetailPanel* detail() const { return m_detail; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* ispFilter() const { return m_isp; }
    QComboBox* reasonFilter() const { return m_reason; }
    QLineEdit* searchField() const { return m_search; }
    QTableWidget* senderProblemsTable() const { return m_senderProblems; }
    QTabWidget* tabs() const { return m_tabs; }
    const AudienceEvaluation& evaluation() const { return m_evaluation; }

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void evaluated(); // a new evaluation is shown (or its error)
    void historyShown();
    void exportFinished(qint64 rows, const QString& error);
    void presetEditorOpened(deliverboard::ui::PresetEditorDialog* dialog); // for tests

private:
    void startEvaluation();
    void showEvaluation();
    void applyFilter();
    void startFilter();
    void showCount();
    void showCurrent();
    void askNote(bool reactivate, const QString& address);
    void choosePreset();
    void chooseExport(int format, bool inactive);
    void showSenderProblems();

    QString m_storePath;
    AudienceEvaluation m_evaluation;
    std::optional<StoreChange> m_pending; // queued behind the running evaluation
    bool m_stale = false;                 // a re-evaluation waits for the view to be shown
    int m_generation = 0;        // bumped when the store changes: older results are dropped
    int m_runningGeneration = 0; // of the evaluation running
    QFutureWatcher<AudienceEvaluation> m_watcher;
    bool m_evaluating = false; // from startEvaluation() until its finished() is handled
    QFutureWatcher<AddressHistory> m_historyWatcher;
    QFutureWatcher<std::pair<qint64, QString>> m_exportWatcher;
    // Large audiences are filtered on a worker; the newest wanted filter runs next.
    QFutureWatcher<std::vector<qint32>> m_filterWatcher;
    std::optional<AudienceFilter> m_wantedFilter;
    AudienceFilter m_runningFilter;
    std::shared_ptr<const StatusEngine> m_filterEngine;

    AudienceTableModel* m_model = nullptr;
    AudienceTableModel* m_inactiveModel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_inactiveTable = nullptr;
    QLabel* m_inactiveNote = nullptr;
    QSpinBox* m_inactiveAfter = nullptr;
    QSpinBox* m_inactiveDays = nullptr;
    AddressDetailPanel* m_detail = nullptr;
    QTableWidget* m_senderProblems = nullptr;
    QLabel* m_senderNote = nullptr;
    QLabel* m_preset = nullptr;
    QPushButton* m_presetButton = nullptr;
    QPushButton* m_editPresetButton = nullptr;
    bool m_editWhenEvaluated = false;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_isp = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace deliverboard::ui
