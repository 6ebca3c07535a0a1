#include "OutcomeLegend.h"

#include "common/Labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>

namespace deliverboard::ui {

OutcomeLegend::OutcomeLegend(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    const int side = fontMetrics().height() - 4;
    for (Outcome outcome : allOutcomes()) {
        QPixmap swatch(side, side);
        swatch.fill(Labels::outcomeColor(outcome));
        auto* box = new QLabel(this);
        box->setPixmap(swatch);
        auto* name = new QLabel(Labels::outcome(outcome), this);
        layout->addWidget(box);
        layout->addWidget(name);
        layout->addSpacing(12);
    }
    layout->addStretch(1);
}

} // namespace deliverboard::ui
