#pragma once

#include "settings/newsroomsettings.h"

#include <QObject>
#include <QString>

class ArticleRepository;

// The owner of the newsroom's settings while a program runs: reads them from the database
// (ArticleRepository::newsroomSettings), writes changes back and says when they changed.
// Without a database, or when it cannot be read, the defaults apply and errorString() says why.
class NewsroomConfig : public QObject
{
    Q_OBJECT

public:
    explicit NewsroomConfig(ArticleRepository *repository, QObject *parent = nullptr);

    [[nodiscard]] const NewsroomSettings &settings() const { return m_settings; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Reads the database again (a colleague may have changed the newsroom's rules).
    bool reload();
    // The role in the shared database lets this journalist change the newsroom's rules (always
    // true for a local file, and without a database).
    [[nodiscard]] bool mayChange() const;
    [[nodiscard]] QString roleLabel() const;
    // Writes every key; on failure the settings in use stay as they were.
    bool save(const NewsroomSettings &settings);

Q_SIGNALS:
    void changed();

private:
    ArticleRepository *m_repository;
    NewsroomSettings m_settings;
    QString m_error;
};
