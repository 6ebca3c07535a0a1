#include "CampaignLimitsDialog.h"

#include "store/ReportSource.h"
#include "store/SettingsSource.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace deliverboard::ui {

namespace {
QString hours(double value) {
    return CampaignLimitsDialog::tr("%1 h").arg(QLocale().toString(value, 'g', 6));
}
QString orNone(double value, const QString& shown) {
    return value > 0 ? shown : CampaignLimitsDialog::tr("none");
}
} // namespace

CampaignLimitsDialog::CampaignLimitsDialog(const CampaignLimitsState& state, QWidget* parent)
    : QDialog(parent)
    , m_state(state) {
    const CampaignInfo& c = state.campaign;
    setWindowTitle(tr("Report Limits for %1").arg(c.name));
    auto* context = new QFormLayout();
    auto* own = new QLabel(
        tr("%1, %2 attempts").arg(hours(c.ownRetryWindowHours)).arg(c.ownMaxAttempts), this);
    own->setObjectName(QStringLiteral("ownLimits"));
    context->addRow(tr("campaign.json:"), own);
    auto* store = new QLabel(
        tr("retry window %1, maximum attempts %2")
            .arg(orNone(state.storeWide.retryWindowHours, hours(state.storeWide.retryWindowHours)),
                 orNone(state.storeWide.maxAttempts, QString::number(state.storeWide.maxAttempts))),
        this);
    context->addRow(tr("Store-wide overrides:"), store);

    m_retryWindow = new QDoubleSpinBox(this);
    m_retryWindow->setRange(0, 24 * 365); // the CLI's range
    m_retryWindow->setDecimals(1);
    m_retryWindow->setSuffix(tr(" h"));
    m_retryWindow->setSpecialValueText(tr("No override"));
    m_maxAttempts = new QSpinBox(this);
    m_maxAttempts->setRange(0, 1000);
    m_maxAttempts->setSpecialValueText(tr("No override"));
    auto* form = new QFormLayout();
    form->addRow(tr("&Retry window:"), m_retryWindow);
    form->addRow(tr("&Maximum attempts:"), m_maxAttempts);

    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("effect"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ownButton =
        buttons->addButton(tr("Use &Campaign's Own"), QDialogButtonBox::ResetRole);
    ownButton->setAutoDefault(false); // Enter is OK
    ownButton->setToolTip(tr("Count this campaign with the limits in its campaign.json, "
                             "whatever the store-wide overrides say."));
    connect(ownButton, &QPushButton::clicked, this, &CampaignLimitsDialog::useCampaignsOwn);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retryWindow, &QDoubleSpinBox::valueChanged, this, &CampaignLimitsDialog::showEffect);
    connect(m_maxAttempts, &QSpinBox::valueChanged, this, &CampaignLimitsDialog::showEffect);

    auto* note = new QLabel(tr("The limits decide when a deferred message counts as a soft "
                               "bounce. They are kept in the store, so the command-line tool "
                               "reports the same figures."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(context);
    layout->addLayout(form);
    layout->addWidget(m_effect);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setLimits(state.campaignOverride);
    m_retryWindow->setFocus();
}

LimitOverrides CampaignLimitsDialog::limits() const {
    return {m_retryWindow->value(), m_maxAttempts->value()};
}

void CampaignLimitsDialog::setLimits(const LimitOverrides& limits) {
    m_retryWindow->setValue(limits.retryWindowHours);
    m_maxAttempts->setValue(limits.maxAttempts);
    showEffect();
}

void CampaignLimitsDialog::useCampaignsOwn() {
    // Without store-wide overrides, no override at all gives campaign.json's values; with
    // them, this campaign needs its own values as its override.
    const CampaignInfo& c = m_state.campaign;
    const LimitOverrides& s = m_state.storeWide;
    setLimits({s.retryWindowHours > 0 ? c.ownRetryWindowHours : 0,
               s.maxAttempts > 0 ? c.ownMaxAttempts : 0});
}

void CampaignLimitsDialog::showEffect() {
    // The same precedence as ReportSource: this campaign's, else the store's, else its own.
    const CampaignInfo& c = m_state.campaign;
    const LimitOverrides l = limits();
    const double window = l.retryWindowHours > 0 ? l.retryWindowHours
                          : m_state.storeWide.retryWindowHours > 0
                              ? m_state.storeWide.retryWindowHours
                              : c.ownRetryWindowHours;
    const int attempts = l.maxAttempts > 0                   ? l.maxAttempts
                         : m_state.storeWide.maxAttempts > 0 ? m_state.storeWide.maxAttempts
                                                             : c.ownMaxAttempts;
    m_effect->setText(tr("In force for this campaign: a retry window of %1 and at most %2 "
                         "attempt(s).")
                          .arg(hours(window))
                          .arg(attempts));
}

CampaignLimitsState loadCampaignLimits(const QString& storePath, const QString& campaignName) {
    CampaignLimitsState state;
    const std::unique_ptr<Store> store = Store::open(storePath, Store::Mode::ReadOnly, state.error);
    if (!store)
        return state;
    const std::unique_ptr<ReportSource> queries = store->reportSource();
    const auto campaign = queries->campaign(campaignName);
    if (!campaign) {
        state.error =
            queries->errorString().isEmpty()
                ? CampaignLimitsDialog::tr("No campaign named %1 in the store.").arg(campaignName)
                : queries->errorString();
        return state;
    }
    state.campaign = *campaign;
    const std::unique_ptr<SettingsSource> settings = store->settingsSource();
    const auto storeWide = settings->limits();
    const auto own = storeWide ? settings->campaignLimits(campaign->id) : std::nullopt;
    if (!own) {
        state.error = settings->errorString();
        return state;
    }
    state.storeWide = *storeWide;
    state.campaignOverride = *own;
    return state;
}

QString saveCampaignLimits(const QString& storePath, qint64 campaignId,
                           const LimitOverrides& limits) {
    QString error;
    const std::unique_ptr<Store> store = Store::open(storePath, Store::Mode::ReadWrite, error);
    if (!store)
        return error;
    const std::unique_ptr<SettingsSource> settings = store->settingsSource();
    return settings->setCampaignLimits(campaignId, limits) ? QString() : settings->errorString();
}

} // namespace deliverboard::ui
