#pragma once

#include "report/CampaignReport.h"

#include <QWidget>

class QChartView;

namespace deliverboard::ui {

// Where in the SMTP conversation the bounces happened, in conversation order (connect,
// greeting, HELO, MAIL FROM, RCPT TO, DATA, after acceptance). A click asks for a stage.
class StageFunnelChart : public QWidget {
    Q_OBJECT
public:
    explicit StageFunnelChart(QWidget* parent = nullptr);
    void setStages(const QList<StageCount>& stages);
    static QStringList stageOrder();

Q_SIGNALS:
    void stageClicked(const QString& stageId);

private:
    QChartView* m_view = nullptr;
    QStringList m_stages;
};

} // namespace deliverboard::ui
