#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace deliverboard::cli {

// Exit codes of contract section 5.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitBadInput = 2 };

// Where a command writes. Tests can point these at buffers.
struct CliIo {
    QTextStream& out;
    QTextStream& err;
    bool stderrIsTerminal = false;
    // Raw stderr, for the progress line's own control codes ("\r", erase line) only:
    // `out` and `err` escape every control character.
    QTextStream* control = nullptr;
};

// One sub-command of deliverboard-cli (one file each, e.g. ReportCommand.cpp).
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser& parser) const = 0;
    // Runs with the parsed arguments; returns an ExitCode.
    virtual int run(const QCommandLineParser& parser, CliIo& io) const = 0;
};

using CliCommandFactory = std::function<std::unique_ptr<CliCommand>()>;

// Commands register themselves from their own file:
//   static const CliCommandRegistration registration{[] { return std::make_unique<X>(); }};
struct CliCommandRegistration {
    explicit CliCommandRegistration(CliCommandFactory factory);
};

std::vector<std::unique_ptr<CliCommand>> allCommands(); // sorted by name

// Runs `deliverboard-cli <args>` (args without the program name) and returns the exit code.
int runCli(const QStringList& args, CliIo& io);

} // namespace deliverboard::cli
