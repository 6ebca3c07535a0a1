#include "OutcomeDonut.h"

#include "ChartStyle.h"
#include "common/Labels.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVBoxLayout>

namespace deliverboard::ui {

OutcomeDonut::OutcomeDonut(QWidget* parent)
    : QWidget(parent) {
    m_view = charts::makeChartView(this);
    m_view->chart()->setTitle(tr("Outcomes"));
    m_view->chart()->legend()->hide(); // OutcomeLegend below the charts explains the colors
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void OutcomeDonut::setCounts(const OutcomeCounts& counts) {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    auto* series = new QPieSeries();
    series->setHoleSize(0.5);
    const QLocale locale;
    for (Outcome outcome : allOutcomes()) {
        const qint64 n = counts.of(outcome);
        if (n == 0)
            continue;
        QPieSlice* slice = series->append(Labels::outcome(outcome), static_cast<qreal>(n));
        slice->setColor(Labels::outcomeColor(outcome));
        slice->setBorderColor(palette().color(QPalette::Base));
        const QString tip =
            tr("%1: %2 (%3)")
                .arg(Labels::outcome(outcome), locale.toString(n), Labels::percent(n, counts.sent));
        connect(slice, &QPieSlice::hovered, this, [tip](bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
        connect(slice, &QPieSlice::clicked, this,
                [this, outcome] { Q_EMIT outcomeClicked(outcome); });
    }
    chart->addSeries(series);
    charts::applyPalette(chart, this);
}

} // namespace deliverboard::ui
