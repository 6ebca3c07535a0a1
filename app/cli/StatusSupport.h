#pragma once

#include "CliCommand.h"

#include "policy/StatusEngine.h"
#include "store/Store.h"

#include <memory>

namespace deliverboard::cli {

QCommandLineOption presetOption();

// The preset to evaluate with: --preset (an id or a JSON file) when given, else the one the
// store has in force (`settings --preset`). Returns ExitOk, or prints the error and returns
// the exit code to use.
int presetFor(const QCommandLineParser& parser, CliIo& io, Store& store, StatusPreset& preset);

// Evaluates every address in the store under `preset`.
int evaluateStatuses(CliIo& io, Store& store, const StatusPreset& preset,
                     std::unique_ptr<StatusEngine>& engine);
// presetFor() and evaluateStatuses() in one.
int evaluateStatuses(const QCommandLineParser& parser, CliIo& io, Store& store,
                     std::unique_ptr<StatusEngine>& engine);

} // namespace deliverboard::cli
