#pragma once

#include <QString>
#include <QStringList>

// What happened to one file of an import, for the summary.
struct ImportEntry {
    QString file; // as chosen or dropped
    bool imported = false; // stored: a new draft, or (updated) a new version of an article
    bool updated = false; // a newer version of an item imported before (ImportBatch)
    qint64 articleId = 0;
    QString headline;
    QString reason; // why it was skipped (translated)
    QStringList warnings; // what was dropped or changed, each with its reason (translated)
    QString note; // what an update did (translated)
    QStringList unresolved; // related items whose source identity matched nothing
};
