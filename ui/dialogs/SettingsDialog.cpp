#include "SettingsDialog.h"

#include "app/AppSettings.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace deliverboard::ui {

SettingsDialog::SettingsDialog(const StoreSettingsState& state, QWidget* parent)
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
    m_retryWindow->setValue(state.limits.retryWindowHours);
    form->addRow(tr("&Retry window:"), m_retryWindow);
    m_maxAttempts = new QSpinBox(this);
    m_maxAttempts->setRange(0, 100);
    m_maxAttempts->setSpecialValueText(tr("Campaign's own"));
    m_maxAttempts->setValue(state.limits.maxAttempts);
    form->addRow(tr("&Maximum attempts:"), m_maxAttempts);
    m_inactiveCampaigns = new QSpinBox(this);
    m_inactiveCampaigns->setRange(1, 1000); // the CLI's --inactive-after range
    m_inactiveCampaigns->setSuffix(tr(" campaigns"));
    m_inactiveCampaigns->setValue(state.inactivity.campaigns);
    form->addRow(tr("&Inactive after:"), m_inactiveCampaigns);
    m_inactiveDays = new QSpinBox(this);
    m_inactiveDays->setRange(0, 3650);
    m_inactiveDays->setSuffix(tr(" days"));
    m_inactiveDays->setSpecialValueText(tr("No day limit"));
    m_inactiveDays->setValue(state.inactivity.days);
    form->addRow(tr("or after &days:"), m_inactiveDays);
    auto* editPreset = new QPushButton(tr("Edit Status &Preset..."), this);
    editPreset->setAutoDefault(false); // Enter is OK
    form->addRow(tr("Status preset:"), editPreset);
    connect(editPreset, &QPushButton::clicked, this, [this] {
        reject();
        Q_EMIT editPresetRequested();
    });
    auto* note = new QLabel(
        tr("A new language applies when Deliverboard is started again. The "
           "limits decide when a deferred message counts as a soft bounce. An active address "
           "without an open or click in that many campaigns delivered to it, or for that many "
           "days before the newest campaign with events, is suggested as inactive. Both are "
           "kept in the store, so the command-line tool uses them too."),
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

InactivityRule SettingsDialog::inactivity() const {
    return {m_inactiveCampaigns->value(), m_inactiveDays->value()};
}

StoreSettingsState loadStoreSettings(const QString& storePath) {
    StoreSettingsState state;
    const std::unique_ptr<Store> store = Store::open(storePath, Store::Mode::ReadOnly, state.error);
    if (!store)
        return state;
    const std::unique_ptr<SettingsSource> settings = store->settingsSource();
    const auto limits = settings->limits();
    const auto inactivity = limits ? settings->inactivity() : std::nullopt;
    if (!inactivity) {
        state.error = settings->errorString();
        return state;
    }
    state.limits = *limits;
    state.inactivity = *inactivity;
    return state;
}

QString saveStoreSettings(const QString& storePath, const LimitOverrides& limits,
                          const InactivityRule& inactivity) {
    QString error;
    const std::unique_ptr<Store> store = Store::open(storePath, Store::Mode::ReadWrite, error);
    if (!store)
        return error;
    const std::unique_ptr<SettingsSource> settings = store->settingsSource();
    const bool ok = settings->setLimits(limits) &&
                    settings->setInactiveCampaigns(inactivity.campaigns) &&
                    settings->setInactiveDays(inactivity.days);
    return ok ? QString() : settings->errorString();
}

} // namespace deliverboard::ui
