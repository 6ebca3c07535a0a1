#pragma once

#include "MainWindow.h"
#include "drilldown/DrilldownView.h"
#include "drilldown/MessageTableModel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace guitest {

// The drill-down reads on workers: these wait (running the event loop, as a user's window
// would) until what a test looks at has arrived.

// The model has its count and every chunk asked for so far.
inline bool modelSettled(deliverboard::ui::MessageTableModel* model, int timeoutMs = 60000) {
    QElapsedTimer clock;
    clock.start();
    while (model->isLoading()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

// Every row is loaded (chunk by chunk), for a test that compares all of them.
inline bool loadAllRows(deliverboard::ui::MessageTableModel* model) {
    if (!modelSettled(model))
        return false;
    const int size = deliverboard::ui::MessageTableModel::chunkSize();
    for (int row = 0; row < model->rowCount(); row += size) {
        model->requestRows(row, qMin(row + size, model->rowCount()) - 1);
        if (!modelSettled(model))
            return false;
    }
    return true;
}

// The detail panel shows the current row's history.
inline bool detailSettled(deliverboard::ui::DrilldownView* view, int timeoutMs = 60000) {
    QElapsedTimer clock;
    clock.start();
    while (view->isLoadingDetail() || view->model()->isLoading()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

// A filter shown the way the dashboard's tiles do it, once its rows are there.
inline bool showDrilldownSettled(deliverboard::ui::MainWindow& window,
                                 const deliverboard::MessageFilter& filter) {
    window.showDrilldown(filter);
    return modelSettled(window.drilldown()->model());
}

} // namespace guitest
