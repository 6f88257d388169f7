#include "clitext.h"

#include "articlestatustext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CliText {
QString statusLabel(ArticleStatus status)
{
    return ArticleStatusText::label(status);
}

std::optional<ArticleStatus> parseStatus(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    const struct {
        ArticleStatus status;
        QString german;
    } known[] = {{ArticleStatus::Draft, u"entwurf"_s}, {ArticleStatus::Editing, u"redigieren"_s},
                 {ArticleStatus::Approved, u"freigegeben"_s}, {ArticleStatus::Published, u"veröffentlicht"_s}};
    for (const auto &entry : known) {
        if (wanted == ArticleStatusText::key(entry.status) || wanted == entry.german
            || wanted == statusLabel(entry.status).toLower())
            return entry.status;
    }
    return std::nullopt;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}
} // namespace CliText
