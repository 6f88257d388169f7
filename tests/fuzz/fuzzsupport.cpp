#include "fuzzsupport.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

// Image decoding and fonts want a QGuiApplication; offscreen needs no display. Created once,
// before the first input, by libFuzzer or by the replay driver.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*=false");
    static auto *application = new QGuiApplication(*argc, *argv);
    Q_UNUSED(application);
    return 0;
}

namespace Fuzz {
void fail(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n%s\n", file, line, condition, qUtf8Printable(detail.left(2000)));
    std::fflush(stderr);
    std::abort();
}
} // namespace Fuzz
