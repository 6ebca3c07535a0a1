#include "PresetChoice.h"

#include <QFile>

namespace deliverboard {

std::optional<PresetChoice> PresetChoice::fromArgument(const QString& idOrPath, QString& error) {
    const QString argument = idOrPath.isEmpty() ? StatusPreset::defaultId() : idOrPath;
    if (StatusPreset::builtinIds().contains(argument))
        return PresetChoice{argument, {}, {}};
    // Validate through the same loader as --preset, then keep the text that passed.
    if (!StatusPreset::load(argument, error))
        return std::nullopt;
    QFile file(argument);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(argument, file.errorString());
        return std::nullopt;
    }
    return PresetChoice{{}, file.readAll(), {}};
}

std::optional<StatusPreset> PresetChoice::resolve(QString& error) const {
    if (!isCustom())
        return StatusPreset::load(builtinId, error);
    return StatusPreset::fromJson(json, QStringLiteral("custom preset stored in the store"), error);
}

QString PresetChoice::label() const {
    if (!isCustom())
        return builtinId;
    QString error;
    const auto preset = resolve(error);
    return QStringLiteral("custom (%1)").arg(preset ? preset->id : QStringLiteral("invalid"));
}

} // namespace deliverboard
