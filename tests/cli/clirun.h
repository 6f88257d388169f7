#pragma once

#include "cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Runs newsdesk-cli in-process and keeps its exit code and both output streams.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = Cli::run(QStringList{QStringLiteral("newsdesk-cli")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}
