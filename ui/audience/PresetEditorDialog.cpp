#include "PresetEditorDialog.h"

#include "PresetPreviewDialog.h"
#include "classify/IspDirectory.h"
#include "common/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace deliverboard::ui {

namespace {
QSpinBox* thresholdBox(QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, 1000); // the loader's range; 0 means the rule never applies
    box->setSpecialValueText(PresetEditorDialog::tr("never"));
    return box;
}
} // namespace

PresetEditorDialog::PresetEditorDialog(const QString& storePath,
                                       std::shared_ptr<const StatusEngine> current,
                                       const PresetChoice& inForce, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_current(std::move(current))
    , m_inForce(inForce) {
    setWindowTitle(tr("Edit Status Preset"));

    m_startFrom = new QComboBox(this);
    m_startFrom->addItem(tr("The preset in force (%1)").arg(inForce.label()), QString());
    for (const QString& id : StatusPreset::builtinIds())
        m_startFrom->addItem(tr("Built-in: %1").arg(id), id);
    auto* startLabel = new QLabel(tr("Start &from:"), this);
    startLabel->setBuddy(m_startFrom);
    auto* load = new QPushButton(tr("&Open JSON..."), this);
    auto* startRow = new QHBoxLayout();
    startRow->addWidget(startLabel);
    startRow->addWidget(m_startFrom, 1);
    startRow->addWidget(load);

    m_id = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_description = new QLineEdit(this);
    auto* identity = new QFormLayout();
    identity->addRow(tr("&Id:"), m_id);
    identity->addRow(tr("&Name:"), m_name);
    identity->addRow(tr("&Description:"), m_description);

    auto* thresholds = new QGroupBox(tr("An address becomes an error at the"), this);
    m_hardMajor = thresholdBox(thresholds);
    m_hardOther = thresholdBox(thresholds);
    m_soft = thresholdBox(thresholds);
    auto* thresholdForm = new QFormLayout(thresholds);
    thresholdForm->addRow(tr("nth hard or spam bounce at a &major ISP:"), m_hardMajor);
    thresholdForm->addRow(tr("nth hard or spam bounce &elsewhere:"), m_hardOther);
    thresholdForm->addRow(tr("nth sof&t bounce:"), m_soft);

    auto* majors = new QGroupBox(tr("Ma&jor ISPs"), this);
    m_majorIsps = new QListWidget(majors);
    for (const IspInfo& isp : IspDirectory::standard().all()) {
        auto* item = new QListWidgetItem(isp.displayName, m_majorIsps);
        item->setData(Qt::UserRole, isp.id);
        item->setToolTip(isp.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // Wide enough for the longest ISP name, without a horizontal scroll bar.
    m_majorIsps->setMinimumWidth(m_majorIsps->sizeHintForColumn(0) + 40);
    auto* majorLayout = new QVBoxLayout(majors);
    majorLayout->addWidget(m_majorIsps);
    // The group box's mnemonic focuses its first child, the list.
    majors->setFocusProxy(m_majorIsps);

    auto* resets = new QGroupBox(tr("Resets"), this);
    m_deliveredResetsSoft = new QCheckBox(tr("A deli&very resets the soft count"), resets);
    m_deliveredResetsHard = new QCheckBox(tr("A delivery resets the &hard count"), resets);
    m_softResetsHard = new QCheckBox(tr("A soft bounce resets the hard &count"), resets);
    m_hardResetsSoft = new QCheckBox(tr("A hard or spam bounce resets the soft co&unt"), resets);
    auto* resetLayout = new QVBoxLayout(resets);
    for (QCheckBox* box :
         {m_deliveredResetsSoft, m_deliveredResetsHard, m_softResetsHard, m_hardResetsSoft})
        resetLayout->addWidget(box);

    auto* other = new QGroupBox(tr("Opt-out and blame"), this);
    m_complaint = new QCheckBox(tr("A comp&laint opts the address out"), other);
    m_unsubscribe = new QCheckBox(tr("An unsu&bscribe opts the address out"), other);
    m_ignoreSender = new QCheckBox(
        tr("Failures the &sender caused (blocklists, authentication, rate limits) count "
           "against nobody"),
        other);
    auto* otherLayout = new QVBoxLayout(other);
    for (QCheckBox* box : {m_complaint, m_unsubscribe, m_ignoreSender})
        otherLayout->addWidget(box);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("presetError"));
    m_error->setTextFormat(Qt::PlainText); // the id and name are the user's text
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save &As..."), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Preview and Apply..."), QDialogButtonBox::ActionRole);
    m_apply->setDefault(true); // Enter previews; Esc closes without applying

    auto* columns = new QHBoxLayout();
    auto* left = new QVBoxLayout();
    left->addLayout(identity);
    left->addWidget(thresholds);
    left->addWidget(resets);
    left->addWidget(other);
    left->addStretch();
    columns->addLayout(left, 3);
    columns->addWidget(majors, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(startRow);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Tab order follows the reading order: start, identity, thresholds, ISPs, switches.
    QWidget* order[] = {m_startFrom,
                        load,
                        m_id,
                        m_name,
                        m_description,
                        m_hardMajor,
                        m_hardOther,
                        m_soft,
                        m_majorIsps,
                        m_deliveredResetsSoft,
                        m_deliveredResetsHard,
                        m_softResetsHard,
                        m_hardResetsSoft,
                        m_complaint,
                        m_unsubscribe,
                        m_ignoreSender};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, &PresetEditorDialog::chooseLoad);
    connect(m_save, &QPushButton::clicked, this, &PresetEditorDialog::chooseSave);
    connect(m_apply, &QPushButton::clicked, this, &PresetEditorDialog::previewAndApply);
    connect(m_startFrom, &QComboBox::activated, this, &PresetEditorDialog::startFrom);
    for (QLineEdit* edit : {m_id, m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &PresetEditorDialog::validate);
    for (QSpinBox* box : {m_hardMajor, m_hardOther, m_soft})
        connect(box, &QSpinBox::valueChanged, this, &PresetEditorDialog::validate);
    connect(m_majorIsps, &QListWidget::itemChanged, this, &PresetEditorDialog::validate);
    for (QCheckBox* box : {m_deliveredResetsSoft, m_deliveredResetsHard, m_softResetsHard,
                           m_hardResetsSoft, m_complaint, m_unsubscribe, m_ignoreSender})
        connect(box, &QCheckBox::toggled, this, &PresetEditorDialog::validate);

    startFrom(0);
    m_id->setFocus();
}

void PresetEditorDialog::startFrom(int index) {
    const QString id = m_startFrom->itemData(index).toString();
    QString error;
    const auto preset = id.isEmpty() ? m_inForce.resolve(error) : StatusPreset::load(id, error);
    if (!preset) {
        m_error->setText(error);
        return;
    }
    StatusPreset copy = *preset;
    if (!id.isEmpty() || !m_inForce.isCustom()) {
        // A copy of a built-in preset is a new preset: say so in its id and name, so that
        // lists and the undo history do not mistake it for the original.
        copy.id = copy.id + QStringLiteral("-custom");
        copy.name = tr("%1 (custom)").arg(copy.name);
    }
    setPreset(copy);
}

void PresetEditorDialog::setPreset(const StatusPreset& preset) {
    m_filling = true;
    m_id->setText(preset.id);
    m_name->setText(preset.name);
    m_description->setText(preset.description);
    m_description->setCursorPosition(0); // the start of a long sentence, not its end
    m_hardMajor->setValue(preset.hardMajor);
    m_hardOther->setValue(preset.hardOther);
    m_soft->setValue(preset.soft);
    for (int i = 0; i < m_majorIsps->count(); ++i) {
        QListWidgetItem* item = m_majorIsps->item(i);
        item->setCheckState(preset.majorIsps.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_deliveredResetsHard->setChecked(preset.deliveredResetsHard);
    m_deliveredResetsSoft->setChecked(preset.deliveredResetsSoft);
    m_softResetsHard->setChecked(preset.softResetsHard);
    m_hardResetsSoft->setChecked(preset.hardResetsSoft);
    m_complaint->setChecked(preset.complaintOptsOut);
    m_unsubscribe->setChecked(preset.unsubscribeOptsOut);
    m_ignoreSender->setChecked(preset.ignoreSenderBlamed);
    m_filling = false;
    validate();
}

StatusPreset PresetEditorDialog::preset() const {
    StatusPreset p;
    p.id = m_id->text().trimmed();
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    p.hardMajor = m_hardMajor->value();
    p.hardOther = m_hardOther->value();
    p.soft = m_soft->value();
    for (int i = 0; i < m_majorIsps->count(); ++i)
        if (m_majorIsps->item(i)->checkState() == Qt::Checked)
            p.majorIsps.insert(m_majorIsps->item(i)->data(Qt::UserRole).toString());
    p.deliveredResetsHard = m_deliveredResetsHard->isChecked();
    p.deliveredResetsSoft = m_deliveredResetsSoft->isChecked();
    p.softResetsHard = m_softResetsHard->isChecked();
    p.hardResetsSoft = m_hardResetsSoft->isChecked();
    p.complaintOptsOut = m_complaint->isChecked();
    p.unsubscribeOptsOut = m_unsubscribe->isChecked();
    p.ignoreSenderBlamed = m_ignoreSender->isChecked();
    return p;
}

void PresetEditorDialog::validate() {
    if (m_filling)
        return;
    // The file loader's own checks, on exactly the text that Save As and Apply use.
    QString error;
    const bool valid = StatusPreset::fromJson(json(), tr("edited preset"), error).has_value();
    m_errorText = valid ? QString() : error;
    m_error->setText(m_errorText);
    m_error->setVisible(!valid);
    m_save->setEnabled(valid);
    m_apply->setEnabled(valid && m_current != nullptr);
}

bool PresetEditorDialog::saveTo(const QString& path) {
    if (!m_errorText.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json()) < 0 || !file.commit()) {
        m_error->setText(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_error->setVisible(true);
        return false;
    }
    return true;
}

bool PresetEditorDialog::loadFrom(const QString& path) {
    // The same loader as --preset: an invalid file is refused with its file and field.
    QString error;
    const auto loaded = StatusPreset::load(path, error);
    if (!loaded) {
        m_error->setText(error);
        m_error->setVisible(true);
        return false;
    }
    setPreset(*loaded);
    return true;
}

void PresetEditorDialog::chooseLoad() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Status Preset"), QString(),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        loadFrom(path);
}

void PresetEditorDialog::chooseSave() {
    const QString suggested =
        QDir(QDir::homePath()).filePath(preset().id + QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Status Preset"), suggested,
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

void PresetEditorDialog::previewAndApply() {
    if (!m_errorText.isEmpty() || !m_current)
        return;
    PresetPreviewDialog preview(m_storePath, m_current, m_inForce, this);
    preview.setCustomCandidate(PresetChoice{{}, json(), {}});
    Q_EMIT previewOpened(&preview);
    if (preview.exec() == QDialog::Accepted && preview.preview().error.isEmpty()) {
        m_applied = preview.choice();
        accept();
    }
}

} // namespace deliverboard::ui
