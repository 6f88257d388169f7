#pragma once

#include "spelling/newsroomwordstore.h"

#include <QString>
#include <QStringList>

// A newsroom word list in memory, for spelling tests that do not test storage; it can be told
// to fail like a locked database. Header-only: only tests that link newsdeskcore include it.
class MemoryNewsroomWordStore : public NewsroomWordStore
{
public:
    std::optional<QStringList> words() override { return m_words; }
    bool add(const QString &word) override
    {
        if (m_fail)
            return false;
        if (!m_words.contains(word))
            m_words.append(word);
        return true;
    }
    bool remove(const QString &word) override
    {
        if (m_fail)
            return false;
        m_words.removeAll(word);
        return true;
    }
    [[nodiscard]] QString lastError() const override { return m_fail ? QStringLiteral("Datenbank gesperrt") : QString(); }

    QStringList m_words;
    bool m_fail = false;
};
