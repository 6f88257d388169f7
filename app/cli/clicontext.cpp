#include "clicommand.h"

#include "articlerepository.h"

#include <QCoreApplication>
#include <QTextStream>

ArticleRepository *CliContext::repository()
{
    // The storage issue wires the real repository factory in here.
    err << QCoreApplication::translate("Cli", "No database support is built in yet.") << '\n';
    return m_repository.get();
}
