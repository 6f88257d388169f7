#pragma once

#include <QString>
#include <QStringList>

// What happened to one file of an import, for the summary.
struct ImportEntry {
    QString file; // as chosen or dropped
    bool imported = false;
    qint64 articleId = 0;
    QString headline;
    QString reason; // why it was skipped (translated)
    QStringList warnings; // what was dropped or changed, each with its reason (translated)
};
