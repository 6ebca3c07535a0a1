#include "AudienceView.h"

#include "AddressDetailPanel.h"
#include "AudienceTableModel.h"
#include "PresetEditorDialog.h"
#include "PresetPreviewDialog.h"
#include "common/Labels.h"
#include "common/PlainText.h"
#include "export/SuppressionExporter.h"
#include "store/SettingsSource.h"
#include "util/FileNames.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

namespace deliverboard::ui {

namespace {
QTableView* addressTable(AudienceTableModel* model, QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Fixed row heights and no per-row sizing keep a million rows as fast as ten.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true); // the explanation
    table->setColumnWidth(AudienceTableModel::Address, 230);
    table->setColumnWidth(AudienceTableModel::Status, 70);
    table->setColumnWidth(AudienceTableModel::Since, 95);
    for (int column : {AudienceTableModel::Hard, AudienceTableModel::Soft})
        table->setColumnWidth(column, 50);
    table->horizontalHeader()->setMinimumSectionSize(40);
    return table;
}

QString reasonLabel(const QString& id) {
    const QString name = Labels::reason(id);
    return name.isEmpty() ? id : name;
}
} // namespace

AudienceView::AudienceView(QWidget* parent)
    : QWidget(parent) {
    m_model = new AudienceTableModel(this);
    m_inactiveModel = new AudienceTableModel(this);

    auto* top = new QHBoxLayout();
    m_preset = new QLabel(this);
    m_preset->setTextFormat(Qt::PlainText);
    top->addWidget(m_preset);
    m_presetButton = new QPushButton(tr("&Preset..."), this);
    m_presetButton->setToolTip(tr("Preview another status preset and apply it."));
    m_editPresetButton = new QPushButton(tr("&Edit Preset..."), this);
    m_editPresetButton->setToolTip(
        tr("Make a custom status preset from the one in force or a built-in one."));
    m_undoButton = new QPushButton(tr("&Undo Preset Change"), this);
    m_exportButton = new QPushButton(tr("E&xport"), this);
    auto* exportMenu = new QMenu(m_exportButton);
    const QStringList layouts{tr("Suppression list (generic CSV)..."),
                              tr("Suppression list for Mailchimp..."),
                              tr("Suppression list for listmonk...")};
    for (int format = 0; format < layouts.size(); ++format)
        exportMenu->addAction(layouts.at(format), this,
                              [this, format] { chooseExport(format, false); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Inactive addresses (suggested)..."), this,
                          [this] { chooseExport(0, true); });
    m_exportButton->setMenu(exportMenu);
    top->addStretch();
    top->addWidget(m_presetButton);
    top->addWidget(m_editPresetButton);
    top->addWidget(m_undoButton);
    top->addWidget(m_exportButton);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_cancel = new QPushButton(tr("Cancel"), this);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);

    auto* filters = new QHBoxLayout();
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    m_status->addItem(tr("Active"), static_cast<int>(AddressState::Active));
    m_status->addItem(tr("Error"), static_cast<int>(AddressState::Error));
    m_status->addItem(tr("Opt-out"), static_cast<int>(AddressState::OptOut));
    m_isp = new QComboBox(this);
    m_isp->setObjectName(QStringLiteral("ispFilter"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search addresses"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("ISP:"), this));
    filters->addWidget(m_isp);
    filters->addWidget(new QLabel(tr("Reason:"), this));
    filters->addWidget(m_reason);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto* addresses = new QWidget(this);
    auto* addressLayout = new QVBoxLayout(addresses);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addLayout(filters);
    auto* split = new QSplitter(Qt::Horizontal, addresses);
    split->setObjectName(QStringLiteral("audienceSplitter"));
    m_table = addressTable(m_model, split);
    m_table->setObjectName(QStringLiteral("audienceTable"));
    m_detail = new AddressDetailPanel(split);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    addressLayout->addWidget(split, 1);
    m_tabs->addTab(addresses, tr("Addresses"));

    auto* inactive = new QWidget(this);
    auto* inactiveLayout = new QVBoxLayout(inactive);
    inactiveLayout->setContentsMargins(0, 0, 0, 0);
    m_inactiveNote = new QLabel(inactive);
    m_inactiveNote->setWordWrap(true);
    m_inactiveNote->setTextFormat(Qt::PlainText);
    auto* inactiveRow = new QHBoxLayout();
    inactiveRow->addWidget(m_inactiveNote, 1);
    inactiveRow->addWidget(new QLabel(tr("Suggest after:"), inactive));
    m_inactiveAfter = new QSpinBox(inactive);
    m_inactiveAfter->setRange(1, 1000);
    m_inactiveAfter->setSuffix(tr(" campaigns"));
    m_inactiveAfter->setToolTip(tr("Kept in the store: the command-line tool uses it too."));
    inactiveRow->addWidget(m_inactiveAfter);
    auto* orDays = new QLabel(tr("or &after:"), inactive);
    inactiveRow->addWidget(orDays);
    m_inactiveDays = new QSpinBox(inactive);
    m_inactiveDays->setObjectName(QStringLiteral("inactiveDays"));
    m_inactiveDays->setRange(0, 3650);
    m_inactiveDays->setSuffix(tr(" days"));
    m_inactiveDays->setSpecialValueText(tr("no day limit"));
    m_inactiveDays->setToolTip(
        tr("Days without an open or click, counted back from the newest campaign with events. "
           "Kept in the store: the command-line tool uses it too."));
    orDays->setBuddy(m_inactiveDays);
    inactiveRow->addWidget(m_inactiveDays);
    inactiveLayout->addLayout(inactiveRow);
    // editingFinished, not valueChanged: one store write per choice, not per arrow click.
    connect(m_inactiveAfter, &QSpinBox::editingFinished, this, [this] {
        if (m_evaluation.engine && m_inactiveAfter->value() != m_evaluation.inactiveCampaigns)
            setInactiveCampaigns(m_inactiveAfter->value());
    });
    connect(m_inactiveDays, &QSpinBox::editingFinished, this, [this] {
        if (m_evaluation.engine && m_inactiveDays->value() != m_evaluation.inactiveDays)
            setInactiveDays(m_inactiveDays->value());
    });
    m_inactiveTable = addressTable(m_inactiveModel, inactive);
    m_inactiveTable->setObjectName(QStringLiteral("inactiveTable"));
    inactiveLayout->addWidget(m_inactiveTable, 1);
    m_tabs->addTab(inactive, tr("Inactive (suggested)"));

    auto* sender = new QWidget(this);
    auto* senderLayout = new QVBoxLayout(sender);
    senderLayout->setContentsMargins(0, 0, 0, 0);
    m_senderNote = new QLabel(sender);
    m_senderNote->setWordWrap(true);
    m_senderNote->setTextFormat(Qt::PlainText);
    senderLayout->addWidget(m_senderNote);
    m_senderProblems = new QTableWidget(0, 4, sender);
    m_senderProblems->setObjectName(QStringLiteral("senderProblems"));
    m_senderProblems->setHorizontalHeaderLabels(
        {tr("ISP"), tr("Reason"), tr("Addresses affected"), tr("Failures")});
    m_senderProblems->horizontalHeader()->setStretchLastSection(true);
    m_senderProblems->verticalHeader()->hide();
    m_senderProblems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    senderLayout->addWidget(m_senderProblems, 1);
    m_tabs->addTab(sender, tr("Sender problems"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &AudienceView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_status, m_isp, m_reason})
        connect(box, &QComboBox::currentIndexChanged, this, &AudienceView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AudienceView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model is kept across resets; follow the address shown, if any.
        const int row = m_model->rowOfAddress(m_detail->address());
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        else
            m_detail->clear();
    });
    connect(m_detail, &AddressDetailPanel::reactivateRequested, this,
            [this](const QString& address) { askNote(true, address); });
    connect(m_detail, &AddressDetailPanel::suppressRequested, this,
            [this](const QString& address) { askNote(false, address); });
    connect(m_presetButton, &QPushButton::clicked, this, &AudienceView::choosePreset);
    connect(m_editPresetButton, &QPushButton::clicked, this, &AudienceView::editPreset);
    connect(m_undoButton, &QPushButton::clicked, this, &AudienceView::undoPreset);
    connect(m_cancel, &QPushButton::clicked, this, &AudienceView::cancel);
    connect(&m_watcher, &QFutureWatcher<AudienceEvaluation>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<AudienceEvaluation>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<AudienceEvaluation>::finished, this, [this] {
        m_evaluating = false;
        const bool cancelled = m_watcher.future().isCanceled();
        const bool otherStore = m_runningGeneration != m_generation;
        AudienceEvaluation result;
        if (m_watcher.future().resultCount() > 0)
            result = m_watcher.result();
        // A cancelled or failed evaluation (a change the store refused, say) keeps the
        // statuses shown and says why; a result for the store shown before a switch is
        // dropped.
        const bool keepShown = !result.engine && m_evaluation.engine;
        if (!otherStore && !keepShown)
            m_evaluation = result;
        if (!otherStore && keepShown && !m_pending) {
            m_progress->setVisible(false);
            m_cancel->setVisible(false);
            m_count->setText(cancelled ? tr("Cancelled; the statuses shown are from before.")
                                       : result.error);
            if (!cancelled)
                warnPlain(this, tr("Audience"), result.error);
            return;
        }
        if (m_pending) {
            startEvaluation(); // a newer request replaces this result
            return;
        }
        showEvaluation();
    });
    connect(&m_filterWatcher, &QFutureWatcher<std::vector<qint32>>::finished, this, [this] {
        // Rows of an engine no longer shown are dropped (a new evaluation arrived).
        if (m_filterEngine == m_evaluation.engine)
            m_model->setFilteredRows(m_runningFilter, m_filterWatcher.result());
        m_filterEngine.reset();
        if (m_wantedFilter)
            startFilter();
        else
            showCount();
    });
    connect(&m_historyWatcher, &QFutureWatcher<AddressHistory>::finished, this, [this] {
        m_detail->showHistory(m_historyWatcher.result());
        Q_EMIT historyShown();
    });
    connect(&m_exportWatcher, &QFutureWatcher<std::pair<qint64, QString>>::finished, this, [this] {
        const auto [rows, error] = m_exportWatcher.result();
        Q_EMIT exportFinished(rows, error);
    });
    connect(this, &AudienceView::exportFinished, this, [this](qint64 rows, const QString& error) {
        m_count->setText(rows < 0 ? error
                                  : tr("Exported %1 address(es).").arg(QLocale().toString(rows)));
    });
    showEvaluation();
}

AudienceView::~AudienceView() {
    m_pending.reset();
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_historyWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
    m_filterWatcher.waitForFinished();
}

void AudienceView::setStorePath(const QString& storePath) {
    m_storePath = storePath;
    ++m_generation;
    m_pending.reset(); // a change queued for the old store is not made to the new one
    m_evaluation = {};
    m_detail->clear();
    m_model->setEngine(nullptr, {}); // the old store's rows must not stay on screen
    m_inactiveModel->setEngine(nullptr, {});
    if (storePath.isEmpty()) {
        cancel();
        showEvaluation();
        return;
    }
    recompute();
}

void AudienceView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void AudienceView::recompute(const StoreChange& change) {
    if (m_storePath.isEmpty())
        return;
    if (!change && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_evaluating) { // its finished() may still be on its way
        // Changes queued behind a running evaluation all happen, in order.
        if (m_pending && *m_pending && change) {
            const StoreChange first = *m_pending;
            m_pending = [first, change](Store& store, QString& error) {
                return first(store, error) && change(store, error);
            };
        } else if (!m_pending || change) {
            m_pending = change;
        }
        m_watcher.cancel();
        return;
    }
    m_pending = change;
    startEvaluation();
}

void AudienceView::startEvaluation() {
    const StoreChange change = m_pending.value_or(StoreChange{});
    m_pending.reset();
    m_runningGeneration = m_generation;
    m_evaluating = true;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_count->setText(tr("Evaluating every address..."));
    m_watcher.setFuture(QtConcurrent::run(&evaluateAudience, m_storePath, change));
}

void AudienceView::cancel() {
    m_pending.reset();
    m_watcher.cancel();
}

void AudienceView::showEvaluation() {
    const AudienceEvaluation& e = m_evaluation;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const bool ready = e.engine != nullptr;
    m_presetButton->setEnabled(ready);
    m_editPresetButton->setEnabled(ready);
    m_exportButton->setEnabled(ready);
    m_undoButton->setEnabled(ready && e.canUndo);
    m_preset->setText(ready ? tr("Preset: %1 (%2)").arg(e.engine->preset().name, e.choice.label())
                            : QString());
    // The filter choices follow the store; keep what was chosen where it still exists.
    const QString isp = m_isp->currentData().toString();
    const QString reason = m_reason->currentData().toString();
    for (QComboBox* box : {m_isp, m_reason})
        box->blockSignals(true);
    m_isp->clear();
    m_isp->addItem(tr("Any ISP"), QString());
    for (const QString& id : e.isps)
        m_isp->addItem(Labels::isp(id), id);
    m_reason->clear();
    m_reason->addItem(tr("Any reason"), QString());
    for (const QString& id : e.reasons)
        m_reason->addItem(reasonLabel(id), id);
    m_isp->setCurrentIndex(qMax(0, m_isp->findData(isp)));
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(reason)));
    for (QComboBox* box : {m_isp, m_reason})
        box->blockSignals(false);

    m_model->setFilter({}); // no pass over the old rows; applyFilter() below sets it
    m_model->setEngine(e.engine, e.alphabetical);
    m_inactiveModel->setEngine(e.engine, e.alphabetical);
    AudienceFilter inactive;
    inactive.inactivity = e.inactivity();
    m_inactiveModel->setFilter(inactive);
    m_inactiveAfter->setEnabled(ready);
    m_inactiveAfter->setValue(e.inactiveCampaigns);
    m_inactiveDays->setEnabled(ready);
    m_inactiveDays->setValue(e.inactiveDays);
    const QString rows = QLocale().toString(m_inactiveModel->rowCount());
    const QString suggestion = tr("They are only suggested for a re-engagement or sunset list; "
                                  "their status stays as it is.");
    m_inactiveNote->setText(
        e.inactiveDays > 0
            ? tr("%1 active address(es) had no open or click in the last %2 campaigns sent "
                 "to them, or for %3 days.")
                      .arg(rows)
                      .arg(e.inactiveCampaigns)
                      .arg(e.inactiveDays) +
                  u' ' + suggestion
            : tr("%1 active address(es) were sent %2 campaigns in a row without an open or "
                 "click.")
                      .arg(rows)
                      .arg(e.inactiveCampaigns) +
                  u' ' + suggestion);
    showSenderProblems();
    applyFilter();
    if (!e.error.isEmpty())
        m_count->setText(e.error);
    Q_EMIT evaluated();
    // The editor asked for before the first evaluation opens now, or not at all (the
    // evaluation failed and said why), never later by surprise.
    if (std::exchange(m_editWhenEvaluated, false) && ready)
        QMetaObject::invokeMethod(this, &AudienceView::editPreset, Qt::QueuedConnection);
}

void AudienceView::showSenderProblems() {
    const AudienceEvaluation& e = m_evaluation;
    const bool ignoring = e.engine && e.engine->preset().ignoreSenderBlamed;
    m_senderNote->setText(
        ignoring ? tr("Failures the sender caused (blocklisted IP or domain, authentication, "
                      "rate limits) do not count against these addresses under the preset %1. "
                      "Fix them at the sender's side:")
                       .arg(e.engine->preset().name)
                 : tr("The preset in force counts failures the sender caused against the "
                      "addresses. A preset with ignore_sender_blamed (Deliverboard) lists them "
                      "here instead."));
    const QLocale locale;
    m_senderProblems->setRowCount(ignoring ? static_cast<int>(e.senderProblems.size()) : 0);
    for (int row = 0; ignoring && row < e.senderProblems.size(); ++row) {
        const SenderProblem& p = e.senderProblems.at(row);
        m_senderProblems->setItem(
            row, 0,
            new QTableWidgetItem(Labels::isp(p.isp.isEmpty() ? QStringLiteral("other") : p.isp)));
        m_senderProblems->setItem(row, 1, new QTableWidgetItem(reasonLabel(p.reason)));
        m_senderProblems->setItem(row, 2, new QTableWidgetItem(locale.toString(p.addresses)));
        m_senderProblems->setItem(row, 3, new QTableWidgetItem(locale.toString(p.failures)));
    }
    m_senderProblems->resizeColumnsToContents();
}

void AudienceView::applyFilter() {
    AudienceFilter filter;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = static_cast<AddressState>(status);
    filter.isp = m_isp->currentData().toString();
    filter.reason = m_reason->currentData().toString();
    filter.search = m_search->text().trimmed().toLower();
    // A pass over the rows takes a few milliseconds per hundred thousand addresses: small
    // audiences are filtered at once, large ones on a worker so typing stays smooth.
    constexpr qsizetype kFilterOnWorkerFrom = 200000;
    const auto& engine = m_evaluation.engine;
    if (!engine || engine->addressCount() < kFilterOnWorkerFrom) {
        m_wantedFilter.reset();
        m_model->setFilter(filter);
        showCount();
        return;
    }
    m_wantedFilter = filter;
    if (!m_filterWatcher.isRunning())
        startFilter(); // else the running pass starts the newest one when it ends
}

void AudienceView::startFilter() {
    m_runningFilter = *m_wantedFilter;
    m_wantedFilter.reset();
    m_filterEngine = m_evaluation.engine;
    m_count->setText(tr("Filtering..."));
    m_filterWatcher.setFuture(
        QtConcurrent::run([engine = m_filterEngine, alphabetical = m_evaluation.alphabetical,
                           filter = m_runningFilter] {
            return AudienceTableModel::filteredRows(*engine, *alphabetical, filter);
        }));
}

void AudienceView::showCount() {
    const QLocale locale;
    const qint64 all = m_evaluation.engine ? m_evaluation.engine->addressCount() : 0;
    m_count->setText(
        tr("%1 of %2 addresses").arg(locale.toString(m_model->rowCount()), locale.toString(all)));
}

void AudienceView::showCurrent() {
    const qsizetype i = m_model->engineIndex(m_table->currentIndex().row());
    if (i < 0 || !m_evaluation.engine) {
        m_detail->clear();
        return;
    }
    const AddressStatus status = m_evaluation.engine->statusAt(i);
    m_detail->showStatus(status);
    m_historyWatcher.waitForFinished(); // a few small queries; the newest address wins
    m_historyWatcher.setFuture(QtConcurrent::run(&loadAddressHistory, m_storePath, status.address));
}

void AudienceView::askNote(bool reactivate, const QString& address) {
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, reactivate ? tr("Reactivate Address") : tr("Suppress Address"),
        tr("Why (kept with the address):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reactivate)
        this->reactivate(address, note);
    else
        suppress(address, note);
}

namespace {
StoreChange actionChange(StatusAction::Kind kind, const QString& address, const QString& note) {
    StatusAction action;
    action.kind = kind;
    action.address = address;
    action.note = note;
    action.atMs = QDateTime::currentMSecsSinceEpoch();
    return [action](Store& store, QString& error) {
        const std::unique_ptr<StatusSource> statuses = store.statusSource();
        if (statuses->addAction(action))
            return true;
        error = statuses->errorString();
        return false;
    };
}
} // namespace

void AudienceView::reactivate(const QString& address, const QString& note) {
    recompute(actionChange(StatusAction::Kind::Reactivate, address, note));
}

void AudienceView::suppress(const QString& address, const QString& note) {
    recompute(actionChange(StatusAction::Kind::Suppress, address, note));
}

void AudienceView::applyPreset(const PresetChoice& choice) {
    recompute([choice](Store& store, QString& error) {
        const std::unique_ptr<SettingsSource> settings = store.settingsSource();
        if (settings->applyPreset(choice))
            return true;
        error = settings->errorString();
        return false;
    });
}

void AudienceView::setInactiveCampaigns(int campaigns) {
    recompute([campaigns](Store& store, QString& error) {
        const std::unique_ptr<SettingsSource> settings = store.settingsSource();
        if (settings->setInactiveCampaigns(campaigns))
            return true;
        error = settings->errorString();
        return false;
    });
}

void AudienceView::setInactiveDays(int days) {
    recompute([days](Store& store, QString& error) {
        const std::unique_ptr<SettingsSource> settings = store.settingsSource();
        if (settings->setInactiveDays(days))
            return true;
        error = settings->errorString();
        return false;
    });
}

void AudienceView::undoPreset() {
    recompute([](Store& store, QString& error) {
        const std::unique_ptr<SettingsSource> settings = store.settingsSource();
        if (settings->undoPreset())
            return true;
        error = settings->errorString();
        return false;
    });
}

void AudienceView::choosePreset() {
    if (!m_evaluation.engine)
        return;
    PresetPreviewDialog dialog(m_storePath, m_evaluation.engine, m_evaluation.choice, this);
    if (dialog.exec() == QDialog::Accepted && dialog.preview().error.isEmpty())
        applyPreset(dialog.choice());
}

void AudienceView::editPreset() {
    if (!m_evaluation.engine) {
        // Asked for before the statuses are known (from the settings): open once they are.
        m_editWhenEvaluated = true;
        recompute();
        return;
    }
    m_editWhenEvaluated = false;
    PresetEditorDialog dialog(m_storePath, m_evaluation.engine, m_evaluation.choice, this);
    Q_EMIT presetEditorOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted && !dialog.appliedChoice().json.isEmpty())
        applyPreset(dialog.appliedChoice());
}

void AudienceView::chooseExport(int format, bool inactive) {
    const QString suggested =
        QDir(QDir::homePath())
            .filePath((inactive ? tr("inactive") : tr("suppression")) + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Addresses"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportList(path, format, inactive);
}

void AudienceView::exportList(const QString& path, int format, bool inactive) {
    m_exportWatcher.waitForFinished();
    const InactivityRule rule = inactive ? m_evaluation.inactivity() : InactivityRule{};
    m_exportWatcher.setFuture(QtConcurrent::run([engine = m_evaluation.engine, path, format, rule] {
        QString error;
        const qint64 rows = exportAudience(engine, path, format, rule, error);
        return std::pair<qint64, QString>(rows, error);
    }));
}

} // namespace deliverboard::ui
