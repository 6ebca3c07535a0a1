#include "StageFunnelChart.h"

#include "ChartStyle.h"
#include "common/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace deliverboard::ui {

StageFunnelChart::StageFunnelChart(QWidget* parent)
    : QWidget(parent) {
    m_view = charts::makeChartView(this);
    m_view->chart()->setTitle(tr("Bounces by SMTP stage"));
    m_view->chart()->legend()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QStringList StageFunnelChart::stageOrder() {
    return {QStringLiteral("dns"),
            QStringLiteral("connect"),
            QStringLiteral("greeting"),
            QStringLiteral("helo"),
            QStringLiteral("starttls"),
            QStringLiteral("auth"),
            QStringLiteral("mail_from"),
            QStringLiteral("rcpt_to"),
            QStringLiteral("data"),
            QStringLiteral("end_of_data"),
            QStringLiteral("after_acceptance"),
            QStringLiteral("local"),
            QStringLiteral("unknown")};
}

void StageFunnelChart::setStages(const QList<StageCount>& stages) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    QHash<QString, qint64> counts;
    for (const StageCount& stage : stages)
        counts[stage.stage] += stage.count;
    // The funnel always shows the main SMTP steps, plus any other stage that occurred.
    static const QStringList always{
        QStringLiteral("connect"),         QStringLiteral("greeting"), QStringLiteral("helo"),
        QStringLiteral("mail_from"),       QStringLiteral("rcpt_to"),  QStringLiteral("data"),
        QStringLiteral("after_acceptance")};
    m_stages.clear();
    const QStringList order = stageOrder();
    for (const QString& id : order) {
        if (always.contains(id) || counts.value(id) > 0)
            m_stages.append(id);
    }
    QStringList categories;
    auto* set = new QBarSet(tr("Bounces"));
    set->setColor(Labels::outcomeColor(Outcome::Hard));
    set->setBorderColor(Labels::outcomeColor(Outcome::Hard));
    qint64 maxCount = 1;
    // Conversation order from top to bottom: horizontal categories are drawn bottom-up.
    for (auto it = m_stages.crbegin(); it != m_stages.crend(); ++it) {
        categories.append(Labels::stage(*it));
        set->append(static_cast<qreal>(counts.value(*it)));
        maxCount = qMax(maxCount, counts.value(*it));
    }
    std::reverse(m_stages.begin(), m_stages.end());
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_stages.size())
            Q_EMIT stageClicked(m_stages[index]);
    });
    connect(set, &QBarSet::hovered, this, [set, categories](bool state, int index) {
        if (state && index >= 0 && index < categories.size())
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: %2 bounces")
                    .arg(categories[index], QLocale().toString(qRound64(set->at(index)))));
        else
            QToolTip::hideText();
    });
    auto* series = new QHorizontalBarSeries();
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* stageAxis = new QBarCategoryAxis();
    stageAxis->append(categories);
    chart->addAxis(stageAxis, Qt::AlignLeft);
    series->attachAxis(stageAxis);
    auto* countAxis = new QValueAxis();
    countAxis->setRange(0, static_cast<qreal>(maxCount));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->applyNiceNumbers();
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);
    charts::applyPalette(chart, this);
}

} // namespace deliverboard::ui
