#pragma once

#include <QCoreApplication>
#include <QString>

// What a journalist may do in a shared newsroom database. The database enforces it (GRANTs,
// row-level security and a trigger, PostgreSQL schema 6: see docs/postgresql.md); the editor
// only reads it to hide what would be refused anyway. A SQLite file has one user, who is Admin.
//
//   Writer: create and edit drafts, move her own drafts to the trash.
//   Editor (Chef vom Dienst): everything a writer can, plus publish and empty the trash.
//   Admin: everything, plus schema migrations, the newsroom dictionary, sections and settings.
class NewsroomRole
{
    Q_DECLARE_TR_FUNCTIONS(NewsroomRole)

public:
    enum Kind { Writer, Editor, Admin };

    constexpr NewsroomRole() = default;
    constexpr explicit NewsroomRole(Kind kind)
        : m_kind(kind)
    {
    }
    // The answer of the database function newsdesk_role(): "writer", "editor" or "admin".
    // Anything else is a Writer: an unknown answer must never grant more.
    [[nodiscard]] static NewsroomRole fromDatabaseName(const QString &name);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool mayPublish() const { return m_kind != Writer; }
    [[nodiscard]] bool mayEmptyTrash() const { return m_kind != Writer; }
    [[nodiscard]] bool mayChangeNewsroomDictionary() const { return m_kind == Admin; }
    [[nodiscard]] bool mayMigrate() const { return m_kind == Admin; }
    // Field limits, the Zeilen column width and the readability hints (NewsroomSettings).
    [[nodiscard]] bool mayChangeNewsroomSettings() const { return m_kind == Admin; }
    // Translated, for the status bar's tooltip: "Redakteurin/Redakteur", "Chef vom Dienst", ...
    [[nodiscard]] QString label() const;

    friend bool operator==(NewsroomRole a, NewsroomRole b) { return a.m_kind == b.m_kind; }

private:
    Kind m_kind = Admin;
};
