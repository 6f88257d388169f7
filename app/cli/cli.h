#pragma once

#include <QStringList>

class QTextStream;

// newsdesk-cli: global options (--database, --help, --version) and the command dispatch.
// In a library so that tests can run commands in-process and read their output.
namespace Cli {
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
}
