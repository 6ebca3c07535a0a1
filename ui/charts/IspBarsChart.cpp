#include "IspBarsChart.h"

#include "ChartStyle.h"
#include "common/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace deliverboard::ui {

IspBarsChart::IspBarsChart(QWidget* parent)
    : QWidget(parent) {
    m_view = charts::makeChartView(this);
    m_view->chart()->setTitle(tr("Outcomes by ISP"));
    m_view->chart()->legend()->hide(); // OutcomeLegend below the charts explains the colors
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void IspBarsChart::setFigures(const QList<IspFigures>& byIsp) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    m_isps.clear();
    QStringList categories;
    // Largest ISP at the top: horizontal bar categories are drawn bottom-up.
    for (auto it = byIsp.crbegin(); it != byIsp.crend(); ++it) {
        m_isps.append(it->isp);
        // Axis labels get little room; the first word ("Gmail", "Microsoft") is enough.
        categories.append(Labels::isp(it->isp).section(QLatin1Char(' '), 0, 0));
    }
    auto* series = new QHorizontalStackedBarSeries();
    qint64 maxSent = 0;
    for (Outcome outcome : allOutcomes()) {
        auto* set = new QBarSet(Labels::outcome(outcome));
        set->setColor(Labels::outcomeColor(outcome));
        set->setBorderColor(Labels::outcomeColor(outcome));
        for (auto it = byIsp.crbegin(); it != byIsp.crend(); ++it) {
            set->append(static_cast<qreal>(it->counts.of(outcome)));
            maxSent = qMax(maxSent, it->counts.sent);
        }
        connect(set, &QBarSet::clicked, this, [this, outcome](int index) {
            if (index >= 0 && index < m_isps.size())
                Q_EMIT segmentClicked(m_isps[index], outcome);
        });
        series->append(set);
    }
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, categories](bool state, int index, QBarSet* set) {
                if (!state || index < 0 || index >= categories.size()) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, %2: %3")
                                       .arg(categories[index], set->label(),
                                            QLocale().toString(qRound64(set->at(index)))));
            });
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* ispAxis = new QBarCategoryAxis();
    ispAxis->append(categories);
    chart->addAxis(ispAxis, Qt::AlignLeft);
    series->attachAxis(ispAxis);
    auto* countAxis = new QValueAxis();
    countAxis->setRange(0, qMax<qint64>(1, maxSent));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->applyNiceNumbers();
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);
    charts::applyPalette(chart, this);
    m_view->setMinimumHeight(qMax(300, 90 + 26 * static_cast<int>(byIsp.size())));
}

} // namespace deliverboard::ui
