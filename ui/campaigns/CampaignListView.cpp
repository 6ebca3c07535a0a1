#include "CampaignListView.h"

#include "common/Labels.h"

#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace deliverboard::ui {

namespace {
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;
enum Column { Name, FirstSend, Sent, Delivered, Bounced, Complaints };

QStandardItem* item(const QString& text, const QVariant& sortKey, int index) {
    auto* cell = new QStandardItem(text);
    cell->setData(sortKey, kSortRole);
    cell->setData(index, kIndexRole);
    cell->setEditable(false);
    return cell;
}
} // namespace

CampaignListView::CampaignListView(QWidget* parent)
    : QWidget(parent) {
    m_model = new QStandardItemModel(this);
    m_model->setSortRole(kSortRole);
    m_model->setHorizontalHeaderLabels({tr("Campaign"), tr("First send"), tr("Sent"),
                                        tr("Delivered"), tr("Bounced"), tr("Complaints")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(1, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // A sidebar, not a spreadsheet: the name takes the room, three figures fit beside it at
    // the default width; the other columns are one right-click on the header away, and in
    // each row's tooltip.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column : {FirstSend, Bounced, Complaints})
        m_table->setColumnHidden(column, true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    connect(header, &QWidget::customContextMenuRequested, this, &CampaignListView::showHeaderMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    connect(m_table, &QWidget::customContextMenuRequested, this,
            &CampaignListView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const CampaignSummary* summary = summaryAt(current))
                    Q_EMIT campaignSelected(summary->info);
            });
    connect(&m_watcher, &QFutureWatcher<QList<CampaignSummary>>::finished, this,
            [this] { fill(m_watcher.result()); });
}

CampaignListView::~CampaignListView() = default; // a load still running holds only copies

void CampaignListView::reload(const QString& storePath, const QString& selectName) {
    m_pendingSelection = selectName;
    if (m_pendingSelection.isEmpty()) {
        if (const CampaignSummary* current = summaryAt(m_table->currentIndex()))
            m_pendingSelection = current->info.name;
    }
    // A newer reload supersedes a running one: the watcher follows the new future only
    // (the old task holds copies and its result is dropped), so nothing waits here.
    m_loading = true;
    m_watcher.setFuture(
        QtConcurrent::run([storePath] { return loadCampaignSummaries(storePath); }));
}

void CampaignListView::waitForLoaded() {
    if (m_watcher.isRunning()) {
        QEventLoop loop;
        connect(this, &CampaignListView::loaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

const CampaignSummary* CampaignListView::summaryAt(const QModelIndex& index) const {
    if (!index.isValid())
        return nullptr;
    const int i = m_model->item(index.row(), 0)->data(kIndexRole).toInt();
    return i >= 0 && i < m_campaigns.size() ? &m_campaigns[i] : nullptr;
}

void CampaignListView::fill(const QList<CampaignSummary>& campaigns) {
    QSignalBlocker blocker(m_table->selectionModel());
    m_loading = false;
    m_campaigns = campaigns;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (int i = 0; i < campaigns.size(); ++i) {
        const CampaignSummary& c = campaigns[i];
        const qint64 sent = c.totals.sent;
        const qint64 bounced = c.totals.soft + c.totals.hard + c.totals.spam;
        const double deliveryRate = sent > 0 ? double(c.totals.delivered) / sent : 0;
        const double bounceRate = sent > 0 ? double(bounced) / sent : 0;
        const QDateTime first = c.info.firstAttemptAt.toLocalTime();
        QList<QStandardItem*> row{
            item(c.info.name, c.info.name.toLower(), i),
            item(first.isValid() ? locale.toString(first, QLocale::ShortFormat) : QString(),
                 first.toMSecsSinceEpoch(), i),
            item(locale.toString(sent), sent, i),
            item(Labels::percent(c.totals.delivered, sent), deliveryRate, i),
            item(Labels::percent(bounced, sent), bounceRate, i),
            item(locale.toString(c.complaints), c.complaints, i)};
        // Marked up on purpose with every piece escaped: names and folders are strangers'.
        const QString tip =
            QStringLiteral("<p><b>%1</b><br>%2</p><p>%3</p>")
                .arg(c.info.name.toHtmlEscaped(),
                     QDir::toNativeSeparators(c.info.folder).toHtmlEscaped(),
                     tr("First send: %1 · sent %2 · delivered %3 · bounced %4 · complaints %5")
                         .arg(row[FirstSend]->text(), row[Sent]->text(), row[Delivered]->text(),
                              row[Bounced]->text(), row[Complaints]->text())
                         .toHtmlEscaped());
        for (QStandardItem* cell : row)
            cell->setToolTip(tip);
        for (int col = 2; col < row.size(); ++col)
            row[col]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
    int selectRow = m_model->rowCount() > 0 ? 0 : -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->text() == m_pendingSelection)
            selectRow = row;
    }
    Q_EMIT loaded();
    if (selectRow >= 0) {
        blocker.unblock(); // unblock before selecting so the dashboard follows
        m_table->selectRow(selectRow);
        if (const CampaignSummary* summary = summaryAt(m_model->index(selectRow, 0)))
            Q_EMIT campaignSelected(summary->info);
    }
}

void CampaignListView::showHeaderMenu(const QPoint& pos) {
    QMenu menu(this);
    for (int column = FirstSend; column <= Complaints; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void CampaignListView::showContextMenu(const QPoint& pos) {
    const CampaignSummary* summary = summaryAt(m_table->indexAt(pos));
    if (!summary)
        return;
    const CampaignInfo info = summary->info;
    QMenu menu(this);
    QAction* rename = menu.addAction(tr("&Rename..."));
    QAction* limits = menu.addAction(tr("Report &Limits..."));
    QAction* remove = menu.addAction(tr("Re&move from Store..."));
    QAction* chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == rename) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Campaign"), tr("New name:"),
                                                   QLineEdit::Normal, info.name, &ok)
                                 .trimmed();
        if (ok && !name.isEmpty() && name != info.name)
            Q_EMIT renameRequested(info, name);
    } else if (chosen == limits) {
        Q_EMIT limitsRequested(info);
    } else if (chosen == remove) {
        // The name comes from campaign.json: shown as plain text, never as rich text.
        QMessageBox confirm(QMessageBox::Question, tr("Remove Campaign"),
                            tr("Remove the campaign \"%1\" and all its imported data from the "
                               "store? The log files are not touched.")
                                .arg(info.name),
                            QMessageBox::Yes | QMessageBox::No, this);
        confirm.setTextFormat(Qt::PlainText);
        confirm.setDefaultButton(QMessageBox::No);
        if (confirm.exec() == QMessageBox::Yes)
            Q_EMIT removeRequested(info);
    }
}

} // namespace deliverboard::ui
