#include "AddressDetailPanel.h"

#include "common/Labels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace deliverboard::ui {

namespace {
QLabel* plainLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // addresses, replies, notes and names are untrusted
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidgetItem* item(const QString& text) {
    auto* cell = new QTableWidgetItem(text); // items render plain text
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

QString statusLabel(const QString& id) {
    if (id == QLatin1String("error"))
        return AddressDetailPanel::tr("Error");
    if (id == QLatin1String("opt_out"))
        return AddressDetailPanel::tr("Opt-out");
    return AddressDetailPanel::tr("Active");
}
} // namespace

AddressDetailPanel::AddressDetailPanel(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = plainLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto* form = new QFormLayout();
    m_status = plainLabel(this);
    form->addRow(tr("Status:"), m_status);
    m_explanation = plainLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    form->addRow(tr("Why:"), m_explanation);
    m_counts = plainLabel(this);
    form->addRow(tr("Counts:"), m_counts);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout();
    m_reactivate = new QPushButton(tr("&Reactivate..."), this);
    m_reactivate->setToolTip(tr("Make the address active by hand, with a note; later campaigns "
                                "count from now."));
    m_suppress = new QPushButton(tr("&Suppress..."), this);
    m_suppress->setToolTip(tr("Make the address opt-out by hand, with a note."));
    buttons->addWidget(m_reactivate);
    buttons->addWidget(m_suppress);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_reactivate, &QPushButton::clicked, this,
            [this] { Q_EMIT reactivateRequested(m_address); });
    connect(m_suppress, &QPushButton::clicked, this,
            [this] { Q_EMIT suppressRequested(m_address); });

    layout->addWidget(new QLabel(tr("History across campaigns:"), this));
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels(
        {tr("Campaign"), tr("Outcome"), tr("Time"), tr("Code"), tr("Reply")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(false);
    layout->addWidget(m_history, 2);

    layout->addWidget(new QLabel(tr("Manual actions:"), this));
    m_actions = new QTableWidget(0, 3, this);
    m_actions->setObjectName(QStringLiteral("actionTable"));
    m_actions->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Note")});
    m_actions->horizontalHeader()->setStretchLastSection(true);
    m_actions->verticalHeader()->hide();
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_actions, 1);
    clear();
}

void AddressDetailPanel::clear() {
    m_address.clear();
    m_title->setText(tr("Select an address to see its history."));
    m_status->clear();
    m_explanation->clear();
    m_counts->clear();
    m_history->setRowCount(0);
    m_actions->setRowCount(0);
    m_reactivate->setEnabled(false);
    m_suppress->setEnabled(false);
}

void AddressDetailPanel::showStatus(const AddressStatus& s) {
    const bool same = s.address == m_address;
    m_address = s.address;
    m_title->setText(s.address);
    const QString since = s.since.isValid()
                              ? QLocale().toString(s.since.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    m_status->setText(since.isEmpty() ? statusLabel(s.status)
                                      : tr("%1 since %2").arg(statusLabel(s.status), since));
    m_explanation->setText(s.explanation);
    m_counts->setText(tr("%1 hard or spam, %2 soft (%3 in a row), %4 campaign(s) in a row "
                         "without an open or click")
                          .arg(s.hard)
                          .arg(s.soft)
                          .arg(s.softConsecutive)
                          .arg(s.unengagedCampaigns));
    m_reactivate->setEnabled(s.status != QLatin1String("active"));
    m_suppress->setEnabled(s.status != QLatin1String("opt_out"));
    if (!same) {
        m_history->setRowCount(0);
        m_actions->setRowCount(0);
    }
}

void AddressDetailPanel::showHistory(const AddressHistory& history) {
    if (history.address != m_address)
        return; // a stale answer for an address no longer shown
    m_history->setRowCount(0);
    if (!history.error.isEmpty()) {
        m_history->setRowCount(1);
        m_history->setItem(0, 0, item(history.error));
        return;
    }
    const QLocale locale;
    m_history->setRowCount(static_cast<int>(history.campaigns.size()));
    for (int row = 0; row < history.campaigns.size(); ++row) {
        const AddressHistoryEntry& e = history.campaigns.at(row);
        QString outcome;
        if (e.sent)
            outcome = Labels::outcome(e.outcome);
        else if (e.audienceStatus == QLatin1String("Error") ||
                 e.audienceStatus == QLatin1String("Opt-out"))
            outcome = tr("Not sent (audience: %1)").arg(e.audienceStatus);
        else
            outcome = tr("Not attempted");
        if (!e.events.isEmpty())
            outcome = tr("%1; %2").arg(outcome, e.events.join(QStringLiteral(", ")));
        QStringList code;
        for (const QString& part : {e.code, e.enhanced})
            if (!part.isEmpty())
                code.append(part);
        if (!e.reason.isEmpty() && e.outcome != Outcome::Delivered)
            code.append(Labels::reason(e.reason));
        m_history->setItem(row, 0, item(e.campaign));
        m_history->setItem(row, 1, item(outcome));
        m_history->setItem(row, 2,
                           item(e.at.isValid()
                                    ? locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)
                                    : QString()));
        m_history->setItem(row, 3, item(code.join(QLatin1Char(' '))));
        m_history->setItem(row, 4, item(e.reply));
    }
    m_history->resizeColumnsToContents();
    m_actions->setRowCount(static_cast<int>(history.actions.size()));
    for (int row = 0; row < history.actions.size(); ++row) {
        const StatusAction& a = history.actions.at(row);
        m_actions->setItem(
            row, 0,
            item(locale.toString(QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC).toLocalTime(),
                                 QLocale::ShortFormat)));
        m_actions->setItem(
            row, 1,
            item(a.kind == StatusAction::Kind::Reactivate ? tr("Reactivated") : tr("Suppressed")));
        m_actions->setItem(row, 2, item(a.note));
    }
}

} // namespace deliverboard::ui
