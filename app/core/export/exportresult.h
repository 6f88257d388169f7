#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A file that belongs to an export besides the main file: image renditions, style sheets.
struct ExportFile {
    QString fileName; // relative to the export folder, no directories
    QByteArray data;

    bool operator==(const ExportFile &) const = default;
};

// What an Exporter produces for one article: a value, nothing written yet. FolderExport (or a
// test, or the preview) decides where the bytes go.
struct ExportResult {
    QString fileName; // main file, relative to the export folder ("Nordkorea-Soldaten.html")
    QByteArray data; // main file content
    QString mimeType; // "text/html", "application/json"
    QList<ExportFile> extraFiles;
    QString error; // translated; empty on success

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};
