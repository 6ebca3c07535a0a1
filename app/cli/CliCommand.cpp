#include "CliCommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace deliverboard::cli {

namespace {
std::vector<CliCommandFactory>& registry()
{
    static std::vector<CliCommandFactory> factories;
    return factories;
}

void printUsage(QTextStream& stream)
{
    stream << "Usage: deliverboard-cli <command> [options]\n\nCommands:\n";
    for (const auto& command : allCommands())
        stream << "  " << command->name().leftJustified(20) << command->summary() << '\n';
    stream << "\nRun 'deliverboard-cli <command> --help' for the options of one command.\n";
    stream.flush();
}
} // namespace

CliCommandRegistration::CliCommandRegistration(CliCommandFactory factory)
{
    registry().push_back(std::move(factory));
}

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    for (const auto& factory : registry())
        commands.push_back(factory());
    std::sort(commands.begin(), commands.end(),
              [](const auto& a, const auto& b) { return a->name() < b->name(); });
    return commands;
}

int runCli(const QStringList& args, CliIo& io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? io.err : io.out);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        io.out << "deliverboard-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const auto& command : allCommands()) {
        if (command->name() != args.first())
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                      QStringLiteral("Show the options of this command."));
        parser.addOption(help);
        command->configure(parser);
        QStringList withProgram = args;
        withProgram[0] = QStringLiteral("deliverboard-cli ") + command->name();
        if (!parser.parse(withProgram)) {
            io.err << "deliverboard-cli " << command->name() << ": " << parser.errorText() << '\n';
            return ExitUsage;
        }
        if (parser.isSet(help)) {
            io.out << parser.helpText();
            return ExitOk;
        }
        const int code = command->run(parser, io);
        io.out.flush();
        io.err.flush();
        return code;
    }
    io.err << "deliverboard-cli: unknown command '" << args.first() << "'\n";
    printUsage(io.err);
    return ExitUsage;
}

} // namespace deliverboard::cli
