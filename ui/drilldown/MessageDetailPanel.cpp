#include "MessageDetailPanel.h"

#include "classify/IspDirectory.h"
#include "common/Labels.h"
#include "common/ReturnedMailText.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace deliverboard::ui {

MessageDetailPanel::MessageDetailPanel(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* form = new QFormLayout();
    m_recipient = addField(form, tr("Recipient:"));
    QFont bold = m_recipient->font();
    bold.setBold(true);
    m_recipient->setFont(bold);
    m_outcome = addField(form, tr("Outcome:"));
    // The explanation sits under the reason name in the same row, not in a row of its own.
    auto* reasonBox = new QWidget(this);
    auto* reasonLayout = new QVBoxLayout(reasonBox);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    reasonLayout->setSpacing(2);
    m_reason = addField(nullptr, QString());
    m_explanation = addField(nullptr, QString());
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    reasonLayout->addWidget(m_reason);
    reasonLayout->addWidget(m_explanation);
    form->addRow(tr("Reason:"), reasonBox);
    m_isp = addField(form, tr("ISP:"));
    m_help = new QPushButton(tr("Open the ISP's help page"), this);
    m_help->setEnabled(false);
    connect(m_help, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_helpUrl)); });
    form->addRow(QString(), m_help);
    m_lastReply = addField(form, tr("Last reply:"));
    m_ids = addField(form, tr("Queue / Message-ID:"));
    m_engagement = addField(form, tr("Engagement:"));
    layout->addLayout(form);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("detailSplitter"));
    m_attempts = new QTableWidget(0, 7, split);
    m_attempts->setObjectName(QStringLiteral("attemptTable"));
    m_attempts->setHorizontalHeaderLabels({tr("Time"), tr("Status"), tr("Relay"), tr("Code"),
                                           tr("Enhanced"), tr("Stage"), tr("Reply")});
    m_attempts->verticalHeader()->hide();
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->setWordWrap(false);
    m_raw = new QPlainTextEdit(split);
    m_raw->setObjectName(QStringLiteral("rawLog"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Raw log lines of this message"));
    auto* returnedBox = new QWidget(split);
    auto* returnedLayout = new QVBoxLayout(returnedBox);
    returnedLayout->setContentsMargins(0, 4, 0, 0);
    returnedLayout->setSpacing(2);
    m_returnedCaption = new QLabel(returnedBox);
    m_returnedCaption->setTextFormat(Qt::PlainText);
    QFont captionFont = m_returnedCaption->font();
    captionFont.setBold(true);
    m_returnedCaption->setFont(captionFont);
    m_returned = new QPlainTextEdit(returnedBox);
    m_returned->setObjectName(QStringLiteral("returnedMail"));
    m_returned->setReadOnly(true);
    m_returned->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_returned->setPlaceholderText(tr("No returned mail for this message."));
    returnedLayout->addWidget(m_returnedCaption);
    returnedLayout->addWidget(m_returned, 1);
    split->addWidget(m_attempts);
    split->addWidget(m_raw);
    split->addWidget(returnedBox);
    split->setSizes({240, 140, 110});
    layout->addWidget(split, 1);
    clear();
}

QLabel* MessageDetailPanel::addField(QFormLayout* form, const QString& caption) {
    auto* value = new QLabel(this);
    value->setTextFormat(Qt::PlainText); // never interpret what a remote server wrote
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    if (form)
        form->addRow(caption, value);
    return value;
}

void MessageDetailPanel::clear() {
    for (QLabel* label :
         {m_recipient, m_outcome, m_reason, m_explanation, m_isp, m_lastReply, m_ids, m_engagement})
        label->clear();
    m_recipient->setText(tr("Select a message to see its history."));
    m_helpUrl.clear();
    m_help->setEnabled(false);
    m_attempts->setRowCount(0);
    m_raw->clear();
    m_returned->clear();
    m_returnedCaption->setText(tr("Returned mail"));
    setLoading(false);
}

void MessageDetailPanel::setLoading(bool loading) {
    m_loading = loading;
    m_attempts->setEnabled(!loading);
    m_raw->setEnabled(!loading);
    m_returned->setEnabled(!loading);
    m_raw->setPlaceholderText(loading ? tr("Reading the history of this message…")
                                      : tr("Raw log lines of this message"));
    if (loading) {
        m_engagement->setText(tr("…"));
        m_returnedCaption->setText(tr("Returned mail"));
    }
}

void MessageDetailPanel::showError(const QString& error) {
    setLoading(false);
    m_attempts->setRowCount(0);
    m_raw->setPlainText(tr("The history of this message cannot be read: %1").arg(error));
}

QString MessageDetailPanel::engagementText() const {
    return m_engagement->text();
}

namespace {
QString describeEngagement(const RecipientEngagement& e, const QLocale& locale) {
    if (e.isEmpty())
        return MessageDetailPanel::tr("none recorded");
    QStringList parts{MessageDetailPanel::tr("opens: %1").arg(locale.toString(e.opens)),
                      MessageDetailPanel::tr("clicks: %1").arg(locale.toString(e.clicks))};
    if (e.unsubscribed)
        parts.append(e.unsubscribedAt.isValid()
                         ? MessageDetailPanel::tr("unsubscribed %1")
                               .arg(locale.toString(e.unsubscribedAt.toLocalTime(),
                                                    QStringLiteral("yyyy-MM-dd HH:mm")))
                         : MessageDetailPanel::tr("unsubscribed"));
    if (e.complained)
        parts.append(MessageDetailPanel::tr("complained"));
    if (e.lastEventAt.isValid())
        parts.append(MessageDetailPanel::tr("last %1").arg(
            locale.toString(e.lastEventAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))));
    return parts.join(QStringLiteral(" · "));
}
} // namespace

void MessageDetailPanel::showMessage(const MessageRow& row, const QList<AttemptRow>& attempts,
                                     const QList<ReturnedMailRow>& returnedMail,
                                     const RecipientEngagement& engagement) {
    const QLocale locale;
    m_engagement->setText(describeEngagement(engagement, locale));
    m_recipient->setText(row.recipient);
    m_outcome->setText(tr("%1 · attempts: %2").arg(Labels::outcome(row.outcome)).arg(row.attempts));
    QPalette outcomePalette = palette();
    outcomePalette.setColor(QPalette::WindowText, Labels::outcomeColor(row.outcome));
    m_outcome->setPalette(outcomePalette);
    m_reason->setText(row.reason.isEmpty()
                          ? QString()
                          : tr("%1 (%2)").arg(Labels::reason(row.reason), row.reason));
    m_explanation->setText(Labels::reasonExplanation(row.reason));
    m_isp->setText(Labels::isp(row.isp));
    m_helpUrl = IspDirectory::standard().helpUrlFor(row.isp, row.code, row.enhanced);
    m_help->setEnabled(!m_helpUrl.isEmpty());
    m_help->setToolTip(m_helpUrl);
    m_lastReply->setText(row.lastReply);
    m_ids->setText(row.messageId.isEmpty() ? row.queueId
                                           : row.queueId + QStringLiteral(" / ") + row.messageId);

    m_attempts->setRowCount(static_cast<int>(attempts.size()));
    QStringList raw;
    for (int i = 0; i < attempts.size(); ++i) {
        const AttemptRow& a = attempts[i];
        QString relay = a.relayHost;
        if (!a.relayIp.isEmpty())
            relay += QStringLiteral("[%1]").arg(a.relayIp);
        if (a.relayPort > 0)
            relay += QStringLiteral(":%1").arg(a.relayPort);
        const QStringList cells{
            locale.toString(a.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            Labels::attemptStatus(a.status), relay, a.code, a.enhanced,
            // An accepted attempt failed at no stage.
            a.status == QLatin1String("sent") ? QString() : Labels::stage(a.stage), a.reply};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == cells.size() - 1)
                item->setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                                     .arg(a.reply.toHtmlEscaped()));
            m_attempts->setItem(i, col, item);
        }
        if (a.raw.isEmpty())
            continue;
        if (a.sourcePath.isEmpty()) // a bounce that came back as mail: the raw text names its file
            raw.append(tr("returned mail: %1").arg(a.raw));
        else
            raw.append(
                QStringLiteral("%1:%2: %3") // one arg() call: a '%2' in a file name stays as it is
                    .arg(QFileInfo(a.sourcePath).fileName(), QString::number(a.lineNo), a.raw));
    }
    m_attempts->resizeColumnsToContents();
    m_attempts->setColumnWidth(2, qMin(m_attempts->columnWidth(2), 220)); // relay: host[ip]:port
    m_raw->setPlainText(raw.join(QLatin1Char('\n')));
    m_returnedCaption->setText(
        tr("Returned mail: %1").arg(locale.toString(qint64(returnedMail.size()))));
    m_returned->setPlainText(ReturnedMailText::format(returnedMail));
}

} // namespace deliverboard::ui
