#include "AudienceWorker.h"

#include "export/SuppressionExporter.h"
#include "store/sqlite/Database.h"
#include "store/sqlite/StoreSettings.h"

#include <QCoreApplication>
#include <QSet>

namespace deliverboard::ui {

namespace {
QString cancelledText() {
    return QCoreApplication::translate("AudienceWorker", "Cancelled.");
}

// Evaluates the whole store under `preset`, with progress and cancellation through `promise`.
template <typename T>
std::shared_ptr<StatusEngine> evaluateWith(QPromise<T>& promise, Database& db,
                                           const StatusPreset& preset, QString& error) {
    auto engine = std::make_shared<StatusEngine>(preset);
    StatusStore store(db.connection());
    const bool ok = store.evaluate(*engine, [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    if (!ok) {
        error = store.cancelled() ? cancelledText() : store.errorString();
        return nullptr;
    }
    return engine;
}
} // namespace

void evaluateAudience(QPromise<AudienceEvaluation>& promise, const QString& storePath,
                      const StoreChange& change) {
    AudienceEvaluation result;
    Database db;
    // Only a change writes; a plain evaluation also works on a store it cannot write.
    if (!db.open(storePath, change ? Database::Mode::ReadWrite : Database::Mode::ReadOnly)) {
        result.error = db.errorString();
        promise.addResult(result);
        return;
    }
    if (change && !change(db.connection(), result.error)) {
        promise.addResult(result);
        return;
    }
    StoreSettings settings(db.connection());
    const auto choice = settings.currentPreset();
    const auto history = settings.presetHistory();
    const auto inactive = settings.inactivity();
    if (!choice || !history || !inactive) {
        result.error = settings.errorString();
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
    const auto engine = evaluateWith(promise, db, *preset, result.error);
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
    Database db;
    if (preset && !db.open(storePath, Database::Mode::ReadOnly))
        result.error = db.errorString();
    if (!preset || !result.error.isEmpty() || !current) {
        if (result.error.isEmpty())
            result.error = QCoreApplication::translate("AudienceWorker",
                                                       "The statuses are not evaluated yet.");
        promise.addResult(result);
        return;
    }
    result.candidateId = preset->id;
    const auto engine = evaluateWith(promise, db, *preset, result.error);
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
    Database db;
    if (!db.open(storePath, Database::Mode::ReadOnly)) {
        result.error = db.errorString();
        return result;
    }
    StatusStore store(db.connection());
    const auto campaigns = store.history(address);
    if (!campaigns) {
        result.error = store.errorString();
        return result;
    }
    result.campaigns = *campaigns;
    result.actions = store.actions(address);
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
