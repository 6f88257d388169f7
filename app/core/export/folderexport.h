#pragma once

#include "export/exporter.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

// Writes exports into one folder: the slug is made unique there (-2, -3, ...), every file is
// written with QSaveFile and every commit() checked, so a failed export never leaves a
// half-written page over an earlier one. One object serves a whole batch.
class FolderExport
{
    Q_DECLARE_TR_FUNCTIONS(FolderExport)

public:
    explicit FolderExport(QString folder);

    // Creates the folder if needed. False with error() when it cannot be created.
    bool prepare();
    // Exports and writes one article. Returns the main file's absolute path, or an empty
    // string with error() set (translated, names the file).
    QString write(const Exporter &exporter, const ExportRequest &request, const ExportOptions &options);

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QStringList writtenFiles() const { return m_written; }

private:
    bool writeFile(const QString &fileName, const QByteArray &data);
    [[nodiscard]] bool isTaken(const QString &fileName) const;

    QString m_folder;
    QString m_error;
    QStringList m_written;
    QSet<QString> m_reserved; // names this batch used, also when the disk is slow to tell
};
