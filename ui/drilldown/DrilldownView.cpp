#include "DrilldownView.h"

#include "FilterChips.h"
#include "MessageDetailPanel.h"
#include "MessageTableModel.h"
#include "store/ReportQueries.h"

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
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Size the columns to the first page once per filter; later pages keep the widths.
    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] {
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
    connect(m_model, &MessageTableModel::totalChanged, this, [this](qint64 total) {
        m_count->setText(tr("%1 messages").arg(QLocale().toString(total)));
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &MessageDetailPanel::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DrilldownView::showCurrent);
    m_chips->setFilter({});
}

void DrilldownView::setSource(QSqlDatabase db, const ReportContext& context) {
    m_db = db;
    m_model->setSource(db, context);
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

void DrilldownView::showCurrent() {
    const MessageRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        m_detail->clear();
        return;
    }
    ReportQueries queries(m_db);
    m_detail->showMessage(*row, queries.attempts(row->deliveryId),
                          queries.returnedMail(row->deliveryId),
                          queries.engagementOf(m_model->context().campaign.id, row->recipient));
}

} // namespace deliverboard::ui
