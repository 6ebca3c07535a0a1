#pragma once

#include "MainWindow.h"
#include "campaigns/CampaignListView.h"
#include "dashboard/DashboardView.h"

#include <QCoreApplication>
#include <QSignalSpy>

namespace guitest {

// After an import has finished: waits until the campaign list has reloaded and the dashboard
// shows its report (both fill in during the import too, so a first campaignShown is not the
// end of it).
inline bool settle(deliverboard::ui::MainWindow& window, int timeoutMs = 120000) {
    QSignalSpy shown(&window, &deliverboard::ui::MainWindow::campaignShown);
    // The store opens on a worker; the campaign list loads once it has.
    QSignalSpy opened(&window, &deliverboard::ui::MainWindow::storeOpened);
    if (window.isOpeningStore() && !opened.wait(timeoutMs))
        return false;
    while (window.campaignList()->isLoading() || window.dashboard()->isLoading()) {
        if (!shown.wait(timeoutMs))
            return false;
    }
    QCoreApplication::processEvents();
    return true;
}

// Opens `folder` as a campaign and returns once its import has finished and its final figures
// are on screen.
inline bool importAndSettle(deliverboard::ui::MainWindow& window, const QString& folder,
                            int timeoutMs = 240000) {
    QSignalSpy finished(&window, &deliverboard::ui::MainWindow::importFinished);
    window.openCampaignFolder(folder);
    // While the store is still opening on its worker, the import is queued behind it.
    if (!window.isImporting() && !window.isOpeningStore() && finished.isEmpty())
        return false;
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return false;
    return settle(window);
}

} // namespace guitest
