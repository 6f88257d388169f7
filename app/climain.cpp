#include "cli.h"
#include "i18n/translations.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"newsdesk"_s);
    QCoreApplication::setOrganizationName(u"newsdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
    AppSettings settings;
    Translations translations(settings);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli::run(QCoreApplication::arguments(), out, err);
}
