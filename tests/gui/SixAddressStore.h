#pragma once

#include "CampaignSeries.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "audience/AudienceView.h"
#include "cli/CliRunner.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace guitest {

// The store the status-policy GUI tests share: CampaignSeries::sixAddresses() over three
// campaigns, imported with the command-line tool as a user would. Returns an empty string on
// success, else what the tool printed.
inline QByteArray importSixAddresses(const QTemporaryDir& dir, const QString& db) {
    for (const QString& folder : CampaignSeries::write(dir.filePath(QStringLiteral("f")),
                                                       CampaignSeries::sixAddresses(), 3)) {
        const CliRun run = runCli({QStringLiteral("import"), folder, QStringLiteral("--db"), db});
        if (run.exitCode != 0)
            return run.err.isEmpty() ? QByteArrayLiteral("import failed") : run.err;
    }
    return {};
}

// importSixAddresses(), then the store as a user opens it: a shown 1280x800 main window that
// has finished loading. nullptr, with `error` set, when the import or the opening fails.
inline deliverboard::ui::MainWindow* openSixAddressWindow(const QTemporaryDir& dir,
                                                          const QString& db, QByteArray& error) {
    error = importSixAddresses(dir, db);
    if (!error.isEmpty())
        return nullptr;
    auto* window = new deliverboard::ui::MainWindow(db);
    window->resize(1280, 800);
    window->show();
    if (!settle(*window)) {
        error = QByteArrayLiteral("the window did not finish loading the store");
        delete window;
        return nullptr;
    }
    return window;
}

// Waits until the Audience view has finished evaluating; true when it holds a result.
inline bool waitEvaluated(deliverboard::ui::AudienceView* view) {
    QSignalSpy spy(view, &deliverboard::ui::AudienceView::evaluated);
    while (view->isEvaluating())
        if (!spy.wait(60000))
            return false;
    QCoreApplication::processEvents();
    return view->evaluation().engine != nullptr;
}

} // namespace guitest
