#include "PresetPreviewDialog.h"

#include "common/Labels.h"
#include "common/PlainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace deliverboard::ui {

namespace {
constexpr int kShownChanges = 5000; // the full list is in `status --preview`
// The candidate box's data for the editor's preset (never a built-in id: those have no colon).
const QString kEdited = QStringLiteral(":edited");

QString stateLabel(const QString& id) {
    if (id == QLatin1String("error"))
        return PresetPreviewDialog::tr("Error");
    if (id == QLatin1String("opt_out"))
        return PresetPreviewDialog::tr("Opt-out");
    return PresetPreviewDialog::tr("Active");
}

QTableWidget* countTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

void fill(QTableWidget* table, const QList<QStringList>& rows) {
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    table->resizeColumnsToContents();
}

QString reasonLabel(const QString& id) {
    const QString name = Labels::reason(id);
    return name.isEmpty() ? id : name;
}
} // namespace

PresetPreviewDialog::PresetPreviewDialog(const QString& storePath,
                                         std::shared_ptr<const StatusEngine> current,
                                         const PresetChoice& inForce, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_current(std::move(current))
    , m_inForce(inForce) {
    setWindowTitle(tr("Status Preset"));
    resize(820, 620);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout();
    auto* inForceLabel = new QLabel(tr("In force: %1").arg(inForce.label()), this);
    inForceLabel->setTextFormat(Qt::PlainText); // a custom preset's id is the file's text
    row->addWidget(inForceLabel);
    row->addStretch();
    auto* candidateLabel = new QLabel(tr("&Candidate:"), this);
    row->addWidget(candidateLabel);
    m_preset = new QComboBox(this);
    candidateLabel->setBuddy(m_preset);
    for (const QString& id : StatusPreset::builtinIds())
        m_preset->addItem(id, id);
    m_preset->addItem(tr("Custom JSON file..."), QString());
    row->addWidget(m_preset);
    auto* previewButton = new QPushButton(tr("&Preview"), this);
    row->addWidget(previewButton);
    layout->addLayout(row);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_summary = new QLabel(tr("Choose a preset and preview what it would change."), this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* counts = new QHBoxLayout();
    m_transitions = countTable({tr("From"), tr("To"), tr("Addresses")}, this);
    m_transitions->setObjectName(QStringLiteral("transitions"));
    m_byIsp = countTable({tr("ISP"), tr("Addresses")}, this);
    m_byReason = countTable({tr("Reason"), tr("Addresses")}, this);
    counts->addWidget(m_transitions);
    counts->addWidget(m_byIsp);
    counts->addWidget(m_byReason);
    layout->addLayout(counts, 1);
    m_changes =
        countTable({tr("Address"), tr("From"), tr("To"), tr("ISP"), tr("Why (new preset)")}, this);
    layout->addWidget(m_changes, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* apply = m_buttons->addButton(tr("&Apply Preset"), QDialogButtonBox::AcceptRole);
    apply->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &PresetPreviewDialog::startPreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this, apply] {
        apply->setEnabled(false); // a new candidate needs its own preview first
        if (!m_preset->currentData().toString().isEmpty())
            return; // a built-in id, or the edited preset
        const QString path = QFileDialog::getOpenFileName(this, tr("Custom Preset"), QString(),
                                                          tr("JSON files (*.json)"));
        QString error;
        const auto choice = path.isEmpty() ? std::nullopt : PresetChoice::fromArgument(path, error);
        if (!choice) {
            if (!error.isEmpty())
                warnPlain(this, tr("Custom Preset"), error);
            m_preset->setCurrentIndex(0);
            return;
        }
        m_customChoice = *choice;
    });
    connect(&m_watcher, &QFutureWatcher<PresetPreview>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<PresetPreview>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<PresetPreview>::finished, this, [this, apply] {
        m_progress->setVisible(false);
        if (m_watcher.future().resultCount() > 0)
            m_preview = m_watcher.result();
        showPreview();
        apply->setEnabled(m_preview.error.isEmpty());
        Q_EMIT previewFinished();
    });
}

PresetPreviewDialog::~PresetPreviewDialog() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void PresetPreviewDialog::startPreview() {
    if (m_watcher.isRunning())
        return;
    const QString id = m_preset->currentData().toString();
    const PresetChoice candidate = id == kEdited  ? m_editedChoice
                                   : id.isEmpty() ? m_customChoice
                                                  : PresetChoice{id, {}, {}};
    if (candidate.isCustom() && candidate.json.isEmpty())
        return;
    m_summary->setText(tr("Evaluating every address under %1...").arg(candidate.label()));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_watcher.setFuture(QtConcurrent::run(&previewPreset, m_storePath, m_current, candidate));
}

void PresetPreviewDialog::setCustomCandidate(const PresetChoice& choice) {
    m_editedChoice = choice;
    int index = m_preset->findData(kEdited);
    if (index < 0) {
        m_preset->addItem(tr("Edited preset"), kEdited);
        index = m_preset->count() - 1;
    }
    m_preset->setItemText(index, tr("Edited: %1").arg(choice.label()));
    m_preset->setCurrentIndex(index);
    startPreview();
}

void PresetPreviewDialog::showPreview() {
    const PresetPreview& p = m_preview;
    if (!p.error.isEmpty()) {
        m_summary->setText(p.error);
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("%1 instead of %2: %3 of %4 addresses would change status.")
                           .arg(p.candidate.label(), m_inForce.label(),
                                locale.toString(p.diff.changed()),
                                locale.toString(p.diff.addresses)));
    QList<QStringList> rows;
    for (auto it = p.diff.byTransition.begin(); it != p.diff.byTransition.end(); ++it)
        rows.append({stateLabel(it.key().section(u'>', 0, 0)),
                     stateLabel(it.key().section(u'>', 1, 1)), locale.toString(it.value())});
    fill(m_transitions, rows);
    rows.clear();
    for (auto it = p.diff.byIsp.begin(); it != p.diff.byIsp.end(); ++it)
        rows.append({Labels::isp(it.key()), locale.toString(it.value())});
    fill(m_byIsp, rows);
    rows.clear();
    for (auto it = p.diff.byReason.begin(); it != p.diff.byReason.end(); ++it)
        rows.append({reasonLabel(it.key()), locale.toString(it.value())});
    fill(m_byReason, rows);
    rows.clear();
    for (const StatusChange& c : p.diff.changes) {
        if (rows.size() >= kShownChanges)
            break;
        rows.append({c.address, stateLabel(c.from), stateLabel(c.to),
                     Labels::isp(c.isp.isEmpty() ? QStringLiteral("other") : c.isp),
                     c.explanation});
    }
    fill(m_changes, rows);
}

} // namespace deliverboard::ui
