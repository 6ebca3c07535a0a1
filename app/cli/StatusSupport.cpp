#include "StatusSupport.h"

#include "store/sqlite/StatusStore.h"
#include "store/sqlite/StoreSettings.h"

namespace deliverboard::cli {

QCommandLineOption presetOption() {
    return QCommandLineOption(
        QStringLiteral("preset"),
        QStringLiteral("The status rules: %1, or a JSON file of the same shape (default: the "
                       "store's, see settings).")
            .arg(StatusPreset::builtinIds().join(QStringLiteral(", "))),
        QStringLiteral("id|file.json"));
}

int presetFor(const QCommandLineParser& parser, CliIo& io, Database& db, StatusPreset& preset) {
    QString error;
    std::optional<StatusPreset> loaded;
    if (parser.isSet(QStringLiteral("preset"))) {
        loaded = StatusPreset::load(parser.value(QStringLiteral("preset")), error);
    } else {
        StoreSettings settings(db.connection());
        const auto choice = settings.currentPreset();
        if (!choice) {
            io.err << db.path() << ": " << settings.errorString() << '\n';
            return ExitBadInput;
        }
        loaded = choice->resolve(error);
    }
    if (!loaded) {
        io.err << error << '\n';
        return ExitBadInput;
    }
    preset = *loaded;
    return ExitOk;
}

int evaluateStatuses(CliIo& io, Database& db, const StatusPreset& preset,
                     std::unique_ptr<StatusEngine>& engine) {
    engine = std::make_unique<StatusEngine>(preset);
    StatusStore store(db.connection());
    if (!store.evaluate(*engine)) {
        io.err << db.path() << ": " << store.errorString() << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

int evaluateStatuses(const QCommandLineParser& parser, CliIo& io, Database& db,
                     std::unique_ptr<StatusEngine>& engine) {
    StatusPreset preset;
    if (const int rc = presetFor(parser, io, db, preset); rc != ExitOk)
        return rc;
    return evaluateStatuses(io, db, preset, engine);
}

} // namespace deliverboard::cli
