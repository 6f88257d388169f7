#pragma once

#include "export/exporter.h"

#include <QCoreApplication>
#include <QHash>
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
    // The articles this folder receives in one batch. Each gets its file name the first time
    // it is written or linked from another one, so that "Mehr zum Thema" links between them
    // point at the file the related article really gets, also when two headlines make the
    // same slug and one becomes "…-2".
    void setBatch(const QList<qint64> &articleIds);
    // Exports and writes one article. Returns the main file's absolute path, or an empty
    // string with error() set (translated, names the file).
    QString write(const Exporter &exporter, const ExportRequest &request, const ExportOptions &options);

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QStringList writtenFiles() const { return m_written; }

private:
    bool writeFile(const QString &fileName, const QByteArray &data);
    [[nodiscard]] bool isTaken(const QString &fileName) const;
    // The slug of a batch article: chosen once (free in the folder and among the batch's
    // choices), then the same for its page and for every link to it.
    QString batchSlug(const Article &article, const QString &extension);

    QString m_folder;
    QString m_error;
    QStringList m_written;
    QSet<QString> m_reserved; // names this batch used, also when the disk is slow to tell
    QSet<qint64> m_batch;
    QHash<qint64, QString> m_batchSlugs; // article id -> slug chosen for it
    QSet<QString> m_planned; // main file names chosen for batch articles not written yet
};
