#pragma once

#include "StatusPreset.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace deliverboard {

// One choice of status preset as a store keeps it: a built-in preset's id, or a custom
// preset's whole JSON text (so that the store does not depend on a file that may move).
struct PresetChoice {
    QString builtinId;   // empty for a custom preset
    QByteArray json;     // empty for a built-in preset
    QDateTime appliedAt; // invalid for the default (nothing chosen yet)

    bool isCustom() const { return builtinId.isEmpty(); }
    static PresetChoice defaultChoice() { return {StatusPreset::defaultId(), {}, {}}; }

    // From a command-line or dialog argument: a built-in id, else a JSON file that is read
    // and validated now. nullopt with `error` (naming the file and field) on failure.
    static std::optional<PresetChoice> fromArgument(const QString& idOrPath, QString& error);
    // The preset itself; nullopt with `error` when a stored custom preset no longer validates.
    std::optional<StatusPreset> resolve(QString& error) const;
    // For lists and messages: the built-in id, or "custom (<its id>)".
    QString label() const;
};

} // namespace deliverboard
