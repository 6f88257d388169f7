#include "testenvironment.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<QTemporaryDir> &homeDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

void setUp()
{
    homeDir() = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/newsdesk-test-XXXXXX"_s);
    const QString home = homeDir()->path();
    const auto setDir = [&home](const char *variable, const QString &sub) {
        QDir().mkpath(home + sub);
        qputenv(variable, QString(home + sub).toLocal8Bit());
    };
    setDir("HOME", QString());
    setDir("XDG_CONFIG_HOME", u"/.config"_s);
    setDir("XDG_DATA_HOME", u"/.local/share"_s);
    setDir("XDG_CACHE_HOME", u"/.cache"_s);
    setDir("XDG_STATE_HOME", u"/.local/state"_s);
    setDir("XDG_RUNTIME_DIR", u"/runtime"_s);
    QFile::setPermissions(home + u"/runtime"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("TZ", "Europe/Berlin");
    qputenv("LANGUAGE", "de");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}
} // namespace

Q_CONSTRUCTOR_FUNCTION(setUp)

namespace TestEnvironment {
QString home()
{
    return homeDir()->path();
}

QString sourceDir()
{
    return QStringLiteral(NEWSDESK_SOURCE_DIR);
}

QString dataDir()
{
    return sourceDir() + u"/tests/data"_s;
}

QString binaryDir()
{
    // The only place the two paths are compiled in: a define on every test's command line
    // made each clone's test objects differ for ccache, so a fresh clone compiled them all.
    return QStringLiteral(NEWSDESK_BINARY_DIR);
}

QString binary(const QString &name)
{
    return binaryDir() + u"/bin/"_s + name;
}

QString npmTools()
{
    const QString tools = qEnvironmentVariable("NEWSDESK_TOOLS");
    return tools.isEmpty() ? QString() : tools + u"/npm/node_modules"_s;
}
} // namespace TestEnvironment
