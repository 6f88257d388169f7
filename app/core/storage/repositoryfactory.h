#pragma once

#include "sqlarticlerepository.h"

#include <QString>

#include <memory>

class ArticleRepository;

// The repository a location names, opened and migrated; or why it could not be opened.
struct RepositoryOpening {
    std::unique_ptr<ArticleRepository> repository;
    QString error; // translated; set when repository is null
    bool loginRejected = false; // the server refused the login: do not retry
};

// Locations: a plain path or "sqlite:PATH" for the embedded SQLite file, "postgresql://..."
// for a server. The GUI, the CLI and the tests open databases only through here.
namespace RepositoryFactory {
// The editor's own database: AppDataLocation/newsdesk.sqlite.
[[nodiscard]] QString defaultLocation();
[[nodiscard]] RepositoryOpening open(const QString &location, const SqlArticleRepository::Options &options = {});
}
