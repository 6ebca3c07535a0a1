#include "AudienceWorker.h"

#include "export/SuppressionExporter.h"
#include "store/SettingsSource.h"

#include <QCoreApplication>
#include <QSet>

namespace deliverboard::ui {

namespace {
QString cancelledText() {
    return QCoreApplication::translate("AudienceWorker", "Cancelled.");
}

// Evaluates the whole store under `preset`, with progress and cancellation through `promise`.
template <typename T>
std::shared_ptr<StatusEngine> evaluateWith(QPromise<T>& promise, Store& store,
                                           const StatusPreset& preset, QString& error) {
    auto engine = std::make_shared<StatusEngine>(preset);
    const std::unique_ptr<StatusSource> statuses = store.statusSource();
    const bool ok = statuses->evaluate(*engine, [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    if (!ok) {
        error = statuses->cancelled() ? cancelledText() : statuses->errorString();
        return nullptr;
    }
    return engine;
}
} // namespace

void evaluateAudience(QPromise<AudienceEvaluation>& promise, const QString& storePath,
                      const StoreChange& change) {
    AudienceEvaluation result;
    // Only a change writes; a plain evaluation also works on a store it cannot write.
    const std::unique_ptr<Store> store = Store::open(
        storePath, change ? Store::Mode::ReadWrite : Store::Mode::ReadOnly, result.error);
    if (!store) {
        promise.addResult(result);
        return;
    }
    if (change && !change(*store, result.error)) {
        promise.addResult(result);
        return;
    }
    const std::unique_ptr<SettingsSource> settings = store->settingsSource();
    const auto choice = settings->currentPreset();
    const auto history = settings->presetHistory();
    const auto inactive = settings->inactivity();
    if (!choice || !history || !inactive) {
        result.error = settings->errorString();
        promise.addResult(result);
        return;
    }
    result.choice = *choice;
    result.canUndo = !history->isEmpty();
    result.inactiveCampaigns = inactive->campaigns;
    result.inactiveDays = inactive->days;
    const auto preset = choice->resolve(result.error);
    if (!preset) {
        promise.addResult(result);
        return;
    }
    const auto engine = evaluateWith(promise, *store, *preset, result.error);
    if (engine) {
        QSet<QString> isps, reasons;
        for (qsizetype i = 0; i < engine->addressCount(); ++i) {
            const AddressBrief b = engine->briefAt(i);
            isps.insert(b.isp.isEmpty() ? QStringLiteral("other") : b.isp);
            if (b.status != AddressState::Active)
                reasons.insert(b.reason.isEmpty() ? b.rule : b.reason);
        }
        result.isps = QStringList(isps.begin(), isps.end());
        result.reasons = QStringList(reasons.begin(), reasons.end());
        result.isps.sort();
        result.reasons.sort();
        result.senderProblems = engine->senderProblems();
        result.engine = engine;
        result.alphabetical =
            std::make_shared<const std::vector<qint32>>(engine->alphabeticalOrder());
    }
    promise.addResult(result);
}

void previewPreset(QPromise<PresetPreview>& promise, const QString& storePath,
                   std::shared_ptr<const StatusEngine> current, const PresetChoice& candidate) {
    PresetPreview result;
    result.candidate = candidate;
    const auto preset = candidate.resolve(result.error);
    std::unique_ptr<Store> store;
    if (preset)
        store = Store::open(storePath, Store::Mode::ReadOnly, result.error);
    if (!preset || !store || !current) {
        if (result.error.isEmpty())
            result.error = QCoreApplication::translate("AudienceWorker",
                                                       "The statuses are not evaluated yet.");
        promise.addResult(result);
        return;
    }
    result.candidateId = preset->id;
    const auto engine = evaluateWith(promise, *store, *preset, result.error);
    if (engine)
        result.diff =
            StatusDiff::compute(*current, *engine, [&promise] { return promise.isCanceled(); });
    if (engine && promise.isCanceled())
        result.error = cancelledText();
    promise.addResult(result);
}

AddressHistory loadAddressHistory(const QString& storePath, const QString& address) {
    AddressHistory result;
    result.address = address;
    const std::unique_ptr<Store> store =
        Store::open(storePath, Store::Mode::ReadOnly, result.error);
    if (!store)
        return result;
    const std::unique_ptr<StatusSource> statuses = store->statusSource();
    const auto campaigns = statuses->history(address);
    if (!campaigns) {
        result.error = statuses->errorString();
        return result;
    }
    result.campaigns = *campaigns;
    result.actions = statuses->actions(address);
    return result;
}

qint64 exportAudience(std::shared_ptr<const StatusEngine> engine, const QString& path, int format,
                      const InactivityRule& inactivity, QString& error) {
    if (!engine) {
        error =
            QCoreApplication::translate("AudienceWorker", "The statuses are not evaluated yet.");
        return -1;
    }
    const auto layout = static_cast<SuppressionExporter::Format>(format);
    return inactivity.isSet()
               ? SuppressionExporter::exportInactiveCsv(*engine, inactivity, path, error, layout)
               : SuppressionExporter::exportCsv(*engine, path, error, layout);
}

} // namespace deliverboard::ui
