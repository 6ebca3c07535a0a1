#pragma once

#include "report/CampaignReport.h"

#include <QWidget>

class QChartView;

namespace deliverboard::ui {

// One horizontal stacked bar per ISP: the outcome mix of its recipients. A click on a
// segment asks for that ISP and outcome.
class IspBarsChart : public QWidget {
    Q_OBJECT
public:
    explicit IspBarsChart(QWidget* parent = nullptr);
    void setFigures(const QList<IspFigures>& byIsp);

Q_SIGNALS:
    void segmentClicked(const QString& isp, deliverboard::Outcome outcome);

private:
    QChartView* m_view = nullptr;
    QStringList m_isps;
};

} // namespace deliverboard::ui
