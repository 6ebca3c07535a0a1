#include "ErrorCodesTable.h"

#include "classify/IspDirectory.h"
#include "common/Labels.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace deliverboard::ui {

namespace {
enum Column {
    IspColumn,
    CodeColumn,
    EnhancedColumn,
    ReasonColumn,
    CountColumn,
    ShareColumn,
    HelpColumn
};
constexpr int kIspRole = Qt::UserRole + 1;
constexpr int kReasonRole = Qt::UserRole + 2;

// Shows "12.5 %" but sorts by the number.
class PercentItem : public QTableWidgetItem {
public:
    explicit PercentItem(double value)
        : QTableWidgetItem(QLocale().toString(value, 'f', 1) + QStringLiteral(" %")),
          m_value(value) {
        setData(Qt::UserRole + 10, value);
    }
    bool operator<(const QTableWidgetItem& other) const override {
        return m_value < other.data(Qt::UserRole + 10).toDouble();
    }

private:
    double m_value;
};

QTableWidgetItem* cell(const QString& text, const QVariant& sortValue = {}) {
    auto* item = new QTableWidgetItem();
    if (sortValue.isValid())
        item->setData(Qt::DisplayRole, sortValue);
    else
        item->setText(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

ErrorCodesTable::ErrorCodesTable(QWidget* parent)
    : QWidget(parent) {
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("errorCodesTable"));
    m_table->setHorizontalHeaderLabels({tr("ISP"), tr("Code"), tr("Enhanced"), tr("Reason"),
                                        tr("Count"), tr("Share of ISP"), tr("Help")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a row to list its messages."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem* isp = m_table->item(row, IspColumn);
        const QString enhanced = m_table->item(row, EnhancedColumn)->text();
        // The enhanced code is the more specific one; the reply code when there is none.
        const QString code = enhanced.isEmpty() ? m_table->item(row, CodeColumn)->text() : enhanced;
        Q_EMIT codeActivated(isp->data(kIspRole).toString(), code,
                             m_table->item(row, ReasonColumn)->data(kReasonRole).toString());
    });
}

void ErrorCodesTable::setFigures(const QList<IspFigures>& byIsp) {
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    const QLocale locale;
    for (const IspFigures& isp : byIsp) {
        for (const CodeCount& code : isp.codes) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto* ispItem = cell(Labels::isp(isp.isp));
            ispItem->setData(kIspRole, isp.isp);
            m_table->setItem(row, IspColumn, ispItem);
            m_table->setItem(row, CodeColumn, cell(code.code));
            m_table->setItem(row, EnhancedColumn, cell(code.enhanced));
            auto* reasonItem = cell(Labels::reason(code.reason));
            reasonItem->setData(kReasonRole, code.reason);
            reasonItem->setToolTip(Labels::reasonExplanation(code.reason));
            m_table->setItem(row, ReasonColumn, reasonItem);
            auto* countItem = cell(QString(), code.count);
            countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, CountColumn, countItem);
            const double share = isp.counts.sent > 0 ? 100.0 * code.count / isp.counts.sent : 0;
            auto* shareItem = new PercentItem(std::round(share * 10) / 10);
            shareItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, ShareColumn, shareItem);
            const QString url =
                IspDirectory::standard().helpUrlFor(isp.isp, code.code, code.enhanced);
            m_table->setItem(row, HelpColumn, cell(QString()));
            if (!url.isEmpty()) {
                auto* link = new QToolButton(m_table);
                link->setText(tr("Help page"));
                link->setToolTip(url);
                link->setAutoRaise(true);
                link->setCursor(Qt::PointingHandCursor);
                connect(link, &QToolButton::clicked, this,
                        [url] { QDesktopServices::openUrl(QUrl(url)); });
                m_table->setCellWidget(row, HelpColumn, link);
            }
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CountColumn, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
}

} // namespace deliverboard::ui
