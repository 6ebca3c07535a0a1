#include "AudienceDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace deliverboard::ui {

AudienceDialog::AudienceDialog(const QString& storePath, const CampaignInfo& campaign,
                               AudienceModel::Group group, QWidget* parent)
    : QDialog(parent)
    , m_campaignName(campaign.name) {
    setObjectName(QStringLiteral("audienceDialog"));
    const bool skipped = group == AudienceModel::Group::Skipped;
    setWindowTitle(skipped ? tr("Skipped audience members") : tr("Audience members not attempted"));
    m_model = new AudienceModel(this);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("audienceIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    connect(m_model, &AudienceModel::pageLoaded, this, &AudienceDialog::showIntro);
    m_model->setSource(storePath, campaign, group);
    showIntro();
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("audienceTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(AudienceModel::Email, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

void AudienceDialog::showIntro() {
    if (!m_model->errorString().isEmpty()) {
        m_intro->setText(tr("The members cannot be read: %1").arg(m_model->errorString()));
        return;
    }
    if (m_model->totalCount() < 0) {
        m_intro->setText(tr("Reading the members of %1…").arg(m_campaignName));
        return;
    }
    const bool skipped = m_model->group() == AudienceModel::Group::Skipped;
    m_intro->setText(
        (skipped ? tr("%1 members of %2 were not sent to: their status in recipients.csv is "
                      "Error or Opt-out.")
                 : tr("%1 active members of %2 do not appear in the logs."))
            .arg(QLocale().toString(m_model->totalCount()), m_campaignName));
}

PlainTextDialog::PlainTextDialog(const QString& title, const QString& intro, const QString& text,
                                 QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(intro, this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("plainText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(text);
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

QString PlainTextDialog::text() const {
    return m_text->toPlainText();
}

void PlainTextDialog::setContent(const QString& intro, const QString& text) {
    m_intro->setText(intro);
    m_text->setPlainText(text);
}

} // namespace deliverboard::ui
