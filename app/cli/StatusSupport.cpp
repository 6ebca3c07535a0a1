#include "StatusSupport.h"

#include "store/SettingsSource.h"
#include "store/StatusSource.h"

namespace deliverboard::cli {

QCommandLineOption presetOption() {
    return QCommandLineOption(
        QStringLiteral("preset"),
        QStringLiteral("The status rules: %1, or a JSON file of the same shape (default: the "
                       "store's, see settings).")
            .arg(StatusPreset::builtinIds().join(QStringLiteral(", "))),
        QStringLiteral("id|file.json"));
}

int presetFor(const QCommandLineParser& parser, CliIo& io, Store& store, StatusPreset& preset) {
    QString error;
    std::optional<StatusPreset> loaded;
    if (parser.isSet(QStringLiteral("preset"))) {
        loaded = StatusPreset::load(parser.value(QStringLiteral("preset")), error);
    } else {
        const std::unique_ptr<SettingsSource> settings = store.settingsSource();
        const auto choice = settings->currentPreset();
        if (!choice) {
            io.err << store.location() << ": " << settings->errorString() << '\n';
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

int evaluateStatuses(CliIo& io, Store& store, const StatusPreset& preset,
                     std::unique_ptr<StatusEngine>& engine) {
    engine = std::make_unique<StatusEngine>(preset);
    const std::unique_ptr<StatusSource> statuses = store.statusSource();
    if (!statuses->evaluate(*engine)) {
        io.err << store.location() << ": " << statuses->errorString() << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

int evaluateStatuses(const QCommandLineParser& parser, CliIo& io, Store& store,
                     std::unique_ptr<StatusEngine>& engine) {
    StatusPreset preset;
    if (const int rc = presetFor(parser, io, store, preset); rc != ExitOk)
        return rc;
    return evaluateStatuses(io, store, preset, engine);
}

} // namespace deliverboard::cli
