#include "StatusSupport.h"

#include "store/StatusStore.h"

namespace deliverboard::cli {

QCommandLineOption presetOption() {
    return QCommandLineOption(
        QStringLiteral("preset"),
        QStringLiteral("The status rules: %1 (default), or a JSON file of the same shape.")
            .arg(StatusPreset::builtinIds().join(QStringLiteral(", "))),
        QStringLiteral("id|file.json"));
}

int evaluateStatuses(const QCommandLineParser& parser, CliIo& io, Database& db,
                     std::unique_ptr<StatusEngine>& engine) {
    QString error;
    const auto preset = StatusPreset::load(parser.value(QStringLiteral("preset")), error);
    if (!preset) {
        io.err << error << '\n';
        return ExitBadInput;
    }
    engine = std::make_unique<StatusEngine>(*preset);
    StatusStore store(db.connection());
    if (!store.evaluate(*engine)) {
        io.err << db.path() << ": " << store.errorString() << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace deliverboard::cli
