#pragma once

#include "report/CampaignReport.h"

#include <QWidget>

class QChartView;

namespace deliverboard::ui {

// Outcome mix of the sent recipients as a donut; a click on a slice asks for that outcome.
class OutcomeDonut : public QWidget {
    Q_OBJECT
public:
    explicit OutcomeDonut(QWidget* parent = nullptr);
    void setCounts(const OutcomeCounts& counts);

Q_SIGNALS:
    void outcomeClicked(deliverboard::Outcome outcome);

private:
    QChartView* m_view = nullptr;
};

} // namespace deliverboard::ui
