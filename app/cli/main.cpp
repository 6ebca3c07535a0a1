#include "CliCommand.h"

#include "util/TerminalSafe.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deliverboard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Deliverboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DELIVERBOARD_VERSION));

    // What reaches the terminal carries no control sequences from logs or mail; only the
    // progress line's own "\r" and erase-line go through `control`.
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered,
                    QFileDevice::DontCloseHandle);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered,
                    QFileDevice::DontCloseHandle);
    deliverboard::TerminalSafeDevice safeOut(&stdoutFile);
    deliverboard::TerminalSafeDevice safeErr(&stderrFile);
    QTextStream out(&safeOut);
    QTextStream err(&safeErr);
    QTextStream control(&stderrFile);
    deliverboard::cli::CliIo io{out, err, isatty(fileno(stderr)) != 0, &control};
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return deliverboard::cli::runCli(args, io);
}
