#pragma once

// The pages the external checkers (W3C Nu Html Checker, axe-core) look at: every sample
// article exported the way users export, into one folder, so one JVM and one browser check
// them all.

#include "export/folderexport.h"
#include "export/htmlexporter.h"

#include "exportsamples.h"

#include <QStringList>

namespace CheckPages {
using namespace Qt::StringLiterals;

inline QStringList write(const QString &folder, QString *error)
{
    ExportOptions options;
    options.baseUrl = QUrl(u"https://www.example.de/artikel/"_s);
    ExportOptions plain = options;
    plain.typography = false;
    plain.resizeImages = false;
    plain.baseUrl = QUrl();

    Article minimal;
    minimal.headline = u"Kurzmeldung: Straßensperrung in Köln"_s;
    minimal.bodyHtml = u"<p>Die Zülpicher Straße bleibt bis Freitag gesperrt.</p>"_s;
    Article english = ExportSamples::normal();
    english.language = u"en-GB"_s;
    english.headline = u"North Korean troops in Russia, says Seoul"_s;

    const QList<std::pair<Article, ExportOptions>> pages{
        {ExportSamples::normal(), options},
        {ExportSamples::atLimit(), options},
        {ExportSamples::hostile(), options},
        {ExportSamples::normal(), plain},
        {minimal, options},
        {english, options},
    };
    FolderExport target(folder);
    QStringList files;
    for (const auto &[article, pageOptions] : pages) {
        const QString file = target.write(HtmlExporter(), {article, {ExportSamples::related()}, QString()}, pageOptions);
        if (file.isEmpty()) {
            *error = target.error();
            return {};
        }
        files << file;
    }
    return files;
}
} // namespace CheckPages
