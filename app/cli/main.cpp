#include "CliCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deliverboard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Deliverboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DELIVERBOARD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    deliverboard::cli::CliIo io{out, err, isatty(fileno(stderr)) != 0};
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return deliverboard::cli::runCli(args, io);
}
