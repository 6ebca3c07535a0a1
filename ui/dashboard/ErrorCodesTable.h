#pragma once

#include "report/CampaignReport.h"

#include <QWidget>

class QTableWidget;

namespace deliverboard::ui {

// "Error codes by ISP": every failure code per ISP with its reason, count and share of
// the ISP's recipients; each row links to the ISP's help page for that code.
class ErrorCodesTable : public QWidget {
    Q_OBJECT
public:
    explicit ErrorCodesTable(QWidget* parent = nullptr);
    void setFigures(const QList<IspFigures>& byIsp);
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void codeActivated(const QString& isp, const QString& code, const QString& reason);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace deliverboard::ui
