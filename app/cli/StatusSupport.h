#pragma once

#include "CliCommand.h"

#include "policy/StatusEngine.h"
#include "store/Database.h"

#include <memory>

namespace deliverboard::cli {

QCommandLineOption presetOption();

// Loads --preset (an id or a JSON file) and evaluates every address in the store under
// it. Returns ExitOk, or prints the error and returns the exit code to use.
int evaluateStatuses(const QCommandLineParser& parser, CliIo& io, Database& db,
                     std::unique_ptr<StatusEngine>& engine);

} // namespace deliverboard::cli
