#include "ExportBouncesDialog.h"

#include "common/Labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace deliverboard::ui {

ExportBouncesDialog::ExportBouncesDialog(const MessageFilter& current, QWidget* parent)
    : QDialog(parent)
    , m_current(current) {
    setWindowTitle(tr("Export Bounced Addresses"));
    auto* layout = new QVBoxLayout(this);
    auto* box = new QGroupBox(tr("Bounces to export"), this);
    auto* boxLayout = new QVBoxLayout(box);
    QList<Outcome> preset;
    for (Outcome outcome : current.outcomes) {
        if (bounceOutcomes().contains(outcome))
            preset.append(outcome);
    }
    if (preset.isEmpty())
        preset = bounceOutcomes();
    for (Outcome outcome : bounceOutcomes()) {
        auto* check = new QCheckBox(Labels::outcome(outcome), box);
        check->setChecked(preset.contains(outcome));
        boxLayout->addWidget(check);
        m_outcomes.insert(outcome, check);
    }
    layout->addWidget(box);
    const bool hasOtherFilters = !current.isp.isEmpty() || !current.code.isEmpty() ||
                                 !current.stage.isEmpty() || !current.reason.isEmpty() ||
                                 !current.search.isEmpty();
    m_applyCurrent = new QCheckBox(tr("Only messages matching the table's other filters "
                                      "(ISP, code, stage, reason, search)"),
                                   this);
    m_applyCurrent->setChecked(hasOtherFilters);
    m_applyCurrent->setEnabled(hasOtherFilters);
    layout->addWidget(m_applyCurrent);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto updateOk = [this, buttons] {
        bool any = false;
        for (QCheckBox* check : std::as_const(m_outcomes))
            any = any || check->isChecked();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    };
    for (QCheckBox* check : std::as_const(m_outcomes))
        connect(check, &QCheckBox::toggled, this, updateOk);
}

MessageFilter ExportBouncesDialog::filter() const {
    MessageFilter filter;
    if (m_applyCurrent->isChecked())
        filter = m_current;
    filter.outcomes.clear();
    for (Outcome outcome : bounceOutcomes()) {
        if (m_outcomes.value(outcome)->isChecked())
            filter.outcomes.append(outcome);
    }
    return filter;
}

} // namespace deliverboard::ui
