#include "SettingsDialog.h"

#include "app/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace deliverboard::ui {

SettingsDialog::SettingsDialog(const LimitOverrides& limits, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    auto* form = new QFormLayout();
    form->addRow(tr("&Language:"), m_language);
    // 0 ("campaign's own") keeps the limits from each campaign's campaign.json.
    m_retryWindow = new QDoubleSpinBox(this);
    m_retryWindow->setRange(0, 24 * 30);
    m_retryWindow->setDecimals(1);
    m_retryWindow->setSuffix(tr(" h"));
    m_retryWindow->setSpecialValueText(tr("Campaign's own"));
    m_retryWindow->setValue(limits.retryWindowHours);
    form->addRow(tr("&Retry window:"), m_retryWindow);
    m_maxAttempts = new QSpinBox(this);
    m_maxAttempts->setRange(0, 100);
    m_maxAttempts->setSpecialValueText(tr("Campaign's own"));
    m_maxAttempts->setValue(limits.maxAttempts);
    form->addRow(tr("&Maximum attempts:"), m_maxAttempts);
    auto* note = new QLabel(
        tr("A new language applies when Deliverboard is started again. The "
           "limits decide when a deferred message counts as a soft bounce; they are kept in the "
           "store, so the command-line tool uses them too."),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept() {
    AppSettings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

LimitOverrides SettingsDialog::limits() const {
    return {m_retryWindow->value(), m_maxAttempts->value()};
}

} // namespace deliverboard::ui
