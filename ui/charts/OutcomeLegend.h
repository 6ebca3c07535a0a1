#pragma once

#include <QWidget>

namespace deliverboard::ui {

// One legend for all outcome charts: Qt Charts' own legends truncate the names in narrow
// charts, and the same five colors would be explained three times.
class OutcomeLegend : public QWidget {
    Q_OBJECT
public:
    explicit OutcomeLegend(QWidget* parent = nullptr);
};

} // namespace deliverboard::ui
