#pragma once

#include "CampaignSeries.h"
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
