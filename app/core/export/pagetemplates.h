#pragma once

#include <QHash>
#include <QString>

struct ExportOptions;

// The page template and style sheet of an HTML export: the built-in ones (Qt resources under
// :/newsdesk/export) or a user's folder (ExportOptions::templateFolder), file by file.
struct PageTemplates {
    QString page;
    QString style;
    QString error; // set when a template cannot be read; page and style are then unusable

    [[nodiscard]] static PageTemplates load(const ExportOptions &options);
    // Template placeholders are replaced in one pass, so a "{{style}}" typed into an article
    // is text, never a placeholder.
    [[nodiscard]] static QString fill(QStringView pageTemplate, const QHash<QString, QString> &values);
};
