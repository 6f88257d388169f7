#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares. A target defines LLVMFuzzerTestOneInput and checks
// invariants with FUZZ_CHECK: a broken invariant aborts like a crash, so libFuzzer keeps the
// input as an artifact and the replay test fails on it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Fuzz {
[[noreturn]] void fail(const char *file, int line, const char *condition, const QString &detail);
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}
} // namespace Fuzz

#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            Fuzz::fail(__FILE__, __LINE__, #condition, detail);                                                        \
    } while (false)
