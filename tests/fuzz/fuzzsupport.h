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
// Where two texts part, with some context: a broken fixpoint shows where, not 2,000 equal
// characters.
inline QString difference(const QString &first, const QString &second)
{
    qsizetype at = 0;
    while (at < first.size() && at < second.size() && first.at(at) == second.at(at))
        ++at;
    const qsizetype from = qMax<qsizetype>(0, at - 300);
    return QStringLiteral("differ at %1 of %2/%3:\n%4\n--- then:\n%5")
        .arg(at)
        .arg(first.size())
        .arg(second.size())
        .arg(first.mid(from, 600), second.mid(from, 600));
}
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
