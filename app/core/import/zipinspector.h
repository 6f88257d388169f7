#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Looks into a ZIP container (.docx, .odt) before pandoc unpacks it: is it a ZIP at all, and
// would it unpack to something sane? It reads only the central directory, never inflates,
// so a ZIP bomb (a few kilobytes that unpack to gigabytes) is refused before anything
// expands it. The directory could lie about the sizes; pandoc's time and output limits are
// the second line.
class ZipInspector
{
    Q_DECLARE_TR_FUNCTIONS(ZipInspector)

public:
    static constexpr qint64 maxUnpackedBytes = 256 * 1024 * 1024;
    static constexpr int maxEntries = 10'000;
    // A member this much larger than its packed form (and larger than 1 MB) is a bomb: text
    // XML packs 5 to 20 times, not a thousand.
    static constexpr qint64 maxRatio = 200;

    // Empty when the container may be converted; else why not (translated). kindName is the
    // user's name for the file kind ("Word document (.docx)").
    [[nodiscard]] static QString check(const QByteArray &bytes, const QString &kindName);
};
