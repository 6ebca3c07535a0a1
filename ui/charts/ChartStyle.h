#pragma once

class QChart;
class QChartView;
class QWidget;

namespace deliverboard::ui::charts {

// Qt Charts is deprecated from Qt 6.10 (Qt Graphs replaces it); everything chart-specific
// stays in ui/charts so that a switch touches only this folder.
QChartView* makeChartView(QWidget* parent);
// Follows the widget palette (light or dark) instead of a fixed Qt Charts theme.
void applyPalette(QChart* chart, const QWidget* reference);
// Removes every series and axis, so the chart can be filled again with new figures.
void clearChart(QChart* chart);

} // namespace deliverboard::ui::charts
