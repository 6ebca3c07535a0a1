#pragma once

#include "policy/PresetChoice.h"
#include "policy/StatusDiff.h"
#include "policy/StatusEngine.h"
#include "store/StatusSource.h"
#include "store/Store.h"

#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

namespace deliverboard::ui {

// What the audience view shows, computed off the UI thread on a connection of its own:
// every address's status under the store's preset. The engine is the compact in-memory
// form (one small struct per address) the table serves its rows from; it is never changed
// after the worker hands it over, so the UI thread reads it without locks.
struct AudienceEvaluation {
    QString error; // empty on success
    std::shared_ptr<const StatusEngine> engine;
    // Every address's engine index in alphabetical order: sorted here, not on the UI thread
    // (a million addresses take seconds to sort).
    std::shared_ptr<const std::vector<qint32>> alphabetical;
    PresetChoice choice;
    bool canUndo = false; // the store keeps an earlier preset choice
    int inactiveCampaigns = 5;
    int inactiveDays = 0; // 0: off
    InactivityRule inactivity() const { return {inactiveCampaigns, inactiveDays}; }
    QStringList isps, reasons; // the filter choices: every ISP and reason id present
    QList<SenderProblem> senderProblems;
};

// A change to store before evaluating (a manual action, a preset choice, an undo), run on
// the worker's read-write store. Returns false with `error` set.
using StoreChange = std::function<bool(Store& store, QString& error)>;

// Reports progress as (campaigns done) of (campaigns) through the promise and stops when it
// is cancelled (the result then has an error saying so).
void evaluateAudience(QPromise<AudienceEvaluation>& promise, const QString& storePath,
                      const StoreChange& change);

// The preview of a candidate preset against the evaluation in force.
struct PresetPreview {
    QString error;
    PresetChoice candidate;
    QString candidateId;
    StatusDiff diff;
};
void previewPreset(QPromise<PresetPreview>& promise, const QString& storePath,
                   std::shared_ptr<const StatusEngine> current, const PresetChoice& candidate);

// One address's history across campaigns, with its manual actions.
struct AddressHistory {
    QString address;
    QString error;
    QList<AddressHistoryEntry> campaigns;
    QList<StatusAction> actions;
};
AddressHistory loadAddressHistory(const QString& storePath, const QString& address);

// Writes the suppression list (or, with `inactivity` set, the inactivity suggestions) in
// the CLI's layouts. Returns rows written, or -1 with `error`.
qint64 exportAudience(std::shared_ptr<const StatusEngine> engine, const QString& path, int format,
                      const InactivityRule& inactivity, QString& error);

} // namespace deliverboard::ui
