#include "DrilldownView.h"

#include "FilterChips.h"
#include "MessageDetailPanel.h"
#include "MessageTableModel.h"
#include "common/StoreTask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace deliverboard::ui {

DrilldownView::DrilldownView(QWidget* parent)
    : QWidget(parent) {
    m_model = new MessageTableModel(this);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search addresses (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_chips = new FilterChips(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("messageCount"));
    m_count->setTextFormat(Qt::PlainText);
    bar->addWidget(m_search);
    bar->addWidget(m_chips, 1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("drilldownSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("messageTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(MessageTableModel::Recipient, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Every row is as high as the first: with a million rows the view never measures them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Size the columns to the first chunk once per filter; later chunks keep the widths.
    connect(m_model, &MessageTableModel::rowsLoaded, m_table, [this](int, int, bool initial) {
        if (!initial)
            return;
        m_table->resizeColumnsToContents();
        const int widest = m_table->fontMetrics().averageCharWidth() * 32;
        for (int column = 0; column < MessageTableModel::ColumnCount; ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    });
    m_detail = new MessageDetailPanel(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 480});
    layout->addWidget(m_splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // one query per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        MessageFilter filter = m_model->filter();
        filter.search = m_search->text().trimmed();
        if (filter.search != m_model->filter().search)
            setFilter(filter);
    });
    connect(m_chips, &FilterChips::filterEdited, this, &DrilldownView::setFilter);
    connect(m_model, &MessageTableModel::totalChanged, this, &DrilldownView::showCount);
    connect(m_model, &MessageTableModel::loadFailed, this, [this](const QString& error) {
        m_count->setText(tr("Messages cannot be read: %1").arg(error));
        m_count->setToolTip(error);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_detailFor = 0;
        m_detail->clear();
        Q_EMIT detailShown();
    });
    // A selected row whose chunk was not loaded yet is shown when it arrives.
    connect(m_model, &MessageTableModel::rowsLoaded, this, [this](int first, int last) {
        const int current = m_table->currentIndex().row();
        if (current >= first && current <= last && m_detailFor == 0)
            showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DrilldownView::showCurrent);
    connect(&m_detailWatcher, &QFutureWatcher<MessageDetailData>::finished, this, [this] {
        const MessageDetailData data = m_detailWatcher.result();
        m_detailLoading = false;
        if (m_detailQueued) { // the user moved on while this one was read
            m_detailQueued = false;
            loadDetail();
            return;
        }
        const MessageRow* row = m_model->rowAt(m_table->currentIndex().row());
        if (!row || row->deliveryId != data.deliveryId)
            return;
        m_detail->setLoading(false);
        if (!data.error.isEmpty())
            m_detail->showError(data.error);
        else
            m_detail->showMessage(*row, data.attempts, data.returnedMail, data.engagement);
        Q_EMIT detailShown();
    });
    m_chips->setFilter({});
    showCount();
}

void DrilldownView::setSource(const ReportContext& context) {
    m_model->setSource(context);
}

void DrilldownView::setFilter(const MessageFilter& filter) {
    MessageFilter applied = filter;
    applied.sortColumn = m_model->filter().sortColumn; // keep the user's sort order
    applied.descending = m_model->filter().descending;
    m_model->setFilter(applied);
    m_chips->setFilter(applied);
    if (m_search->text().trimmed() != applied.search) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(applied.search);
    }
}

void DrilldownView::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DrilldownView::showCount() {
    const qint64 total = m_model->totalCount();
    m_count->setToolTip(QString());
    m_count->setText(total < 0 ? tr("Counting messages…")
                               : tr("%1 messages").arg(QLocale().toString(total)));
}

void DrilldownView::showCurrent() {
    const int current = m_table->currentIndex().row();
    const MessageRow* row = m_model->rowAt(current);
    if (!row) {
        m_detailFor = 0;
        m_detail->clear();
        if (current >= 0)
            m_model->requestRows(current, current); // shown when its chunk arrives
        Q_EMIT detailShown();
        return;
    }
    if (row->deliveryId == m_detailFor)
        return;
    m_detailFor = row->deliveryId;
    // The row's own fields at once; the history follows from the worker.
    m_detail->showMessage(*row, {}, {}, {});
    m_detail->setLoading(true);
    if (m_detailLoading)
        m_detailQueued = true; // one read at a time; the newest selection wins
    else
        loadDetail();
}

void DrilldownView::loadDetail() {
    const MessageRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    m_detailLoading = true;
    const qint64 deliveryId = row->deliveryId;
    const qint64 campaignId = m_model->context().campaign.id;
    const QString recipient = row->recipient;
    m_detailWatcher.setFuture(runOnStore(
        m_model->context().storePath,
        [deliveryId, campaignId, recipient](ReportSource& queries) {
            MessageDetailData data;
            data.deliveryId = deliveryId;
            data.attempts = queries.attempts(deliveryId);
            data.returnedMail = queries.returnedMail(deliveryId);
            data.engagement = queries.engagementOf(campaignId, recipient);
            data.error = queries.errorString();
            return data;
        },
        [deliveryId](const QString& error) {
            MessageDetailData data;
            data.deliveryId = deliveryId;
            data.error = error;
            return data;
        }));
}

} // namespace deliverboard::ui
