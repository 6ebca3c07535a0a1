#pragma once

#include "TestPaths.h"

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a built binary and keeps its exit code and output.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs `program` (a path) and keeps its exit code and output.
inline CliRun runProgram(const QString& program, const QStringList& args, int timeoutMs = 240000)
{
    QProcess process;
    process.start(program, args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline CliRun runBinary(const QString& name, const QStringList& args, int timeoutMs = 240000)
{
    return runProgram(testpaths::binary(name), args, timeoutMs);
}

inline CliRun runCli(const QStringList& args) { return runBinary(QStringLiteral("deliverboard-cli"), args); }
