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

AudienceDialog::AudienceDialog(QSqlDatabase db, const CampaignInfo& campaign,
                               AudienceModel::Group group, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("audienceDialog"));
    const bool skipped = group == AudienceModel::Group::Skipped;
    setWindowTitle(skipped ? tr("Skipped audience members") : tr("Audience members not attempted"));
    m_model = new AudienceModel(this);
    m_model->setSource(db, campaign, group);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(
        (skipped ? tr("%1 members of %2 were not sent to: their status in recipients.csv is "
                      "Error or Opt-out.")
                 : tr("%1 active members of %2 do not appear in the logs."))
            .arg(QLocale().toString(m_model->totalCount()), campaign.name));
    layout->addWidget(intro);
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

PlainTextDialog::PlainTextDialog(const QString& title, const QString& intro, const QString& text,
                                 QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(intro, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);
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

} // namespace deliverboard::ui
