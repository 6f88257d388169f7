#include "exportcommand.h"

#include "articlerepository.h"
#include "export/exportconcerns.h"
#include "export/exporter.h"
#include "export/folderexport.h"
#include "settings/newsroomsettings.h"
#include "validation/lengthchecks.h"

#include <QDir>
#include <QHash>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Arguments {
    QString format = u"html"_s;
    QString out = u"."_s;
    ExportOptions options;
    bool all = false;
    bool force = false; // export despite the placeholder address or a field over its hard limit
    QList<qint64> ids;
};
} // namespace

ExportCommand::ExportCommand(ExporterRegistry exporters)
    : m_exporters(std::move(exporters))
{
}

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Export articles as HTML pages or ninjs: export [--format F] [--out DIR] (ID...|--all)");
}

int ExportCommand::run(CliContext &context)
{
    QTextStream &err = context.err;
    const auto usage = [&err, this](const QString &message) {
        err << message << '\n'
            << tr("Usage: newsdesk-cli export [--format %1] [--fragment] [--out DIR] [--base-url URL] "
                  "[--template DIR] [--no-resize] [--no-webp] [--keep-gps] [--no-typography] [--force] (ID...|--all)")
                   .arg(m_exporters.ids().join(u'|'))
            << '\n';
        err.flush();
        return CliExit::usage;
    };

    Arguments args;
    QStringList rest = context.arguments;
    // "--out DIR" and "--out=DIR" alike.
    const auto value = [&rest](const QString &option, const QString &current, QString *result) {
        if (current.startsWith(option + u'=')) {
            *result = current.mid(option.size() + 1);
            return true;
        }
        if (current == option && !rest.isEmpty()) {
            *result = rest.takeFirst();
            return true;
        }
        return false;
    };
    while (!rest.isEmpty()) {
        const QString argument = rest.takeFirst();
        QString v;
        if (argument == u"--all"_s) {
            args.all = true;
        } else if (argument == u"--force"_s) {
            args.force = true;
        } else if (argument == u"--fragment"_s) {
            args.options.fragment = true;
        } else if (argument == u"--no-resize"_s) {
            args.options.resizeImages = false;
        } else if (argument == u"--no-webp"_s) {
            args.options.webp = false;
        } else if (argument == u"--keep-gps"_s) {
            args.options.keepPhotoGps = true;
        } else if (argument == u"--no-typography"_s) {
            args.options.typography = false;
        } else if (value(u"--format"_s, argument, &v)) {
            args.format = v;
        } else if (value(u"--out"_s, argument, &v)) {
            args.out = v;
        } else if (value(u"--template"_s, argument, &v)) {
            args.options.templateFolder = v;
        } else if (value(u"--base-url"_s, argument, &v)) {
            const QUrl url(v, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
                return usage(tr("Not an http or https URL: %1").arg(v));
            args.options.baseUrl = url;
        } else if (argument.startsWith(u"-"_s)) {
            return usage(tr("Unknown option or missing value: %1").arg(argument));
        } else {
            bool ok = false;
            const qint64 id = argument.toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(tr("Not an article ID: %1").arg(argument));
            if (!args.ids.contains(id))
                args.ids << id;
        }
    }
    const Exporter *exporter = m_exporters.find(args.format);
    if (!exporter)
        return usage(tr("Unknown format: %1 (available: %2)").arg(args.format, m_exporters.ids().join(u", "_s)));
    if (args.all == !args.ids.isEmpty())
        return usage(args.all ? tr("Give article IDs or --all, not both.") : tr("Give article IDs or --all."));

    // Canonical links to the preferences' example site would be published as they are.
    if (ExportConcerns::isPlaceholderBaseUrl(args.options.baseUrl) && !args.force) {
        err << ExportConcerns::placeholderBaseUrl(args.options.baseUrl) << '\n'
            << tr("Not exported; give --force to export anyway.") << '\n';
        err.flush();
        return CliExit::usage;
    }

    ArticleRepository *repository = context.repository();
    if (!repository)
        return CliExit::ioError;
    if (args.all) {
        const auto summaries = repository->list(ArticleFilter());
        if (!summaries) {
            err << tr("Cannot list the articles in %1: %2").arg(repository->location(), repository->lastError()) << '\n';
            return CliExit::ioError;
        }
        for (const ArticleSummary &summary : *summaries)
            args.ids << summary.id;
    }

    FolderExport folder(args.out);
    if (!folder.prepare()) {
        err << folder.error() << '\n';
        return CliExit::ioError;
    }
    // Links between the exported articles point at the files they get here.
    folder.setBatch(args.ids);
    // The newsroom's hard field limits, as the editor applies them to the Published status.
    const NewsroomSettings newsroom = NewsroomSettings::fromMap(repository->newsroomSettings().value_or(QMap<QString, QString>()));
    int exitCode = CliExit::ok;
    const bool batch = args.ids.size() > 1;
    QHash<qint64, std::optional<Article>> relatedCache;
    int done = 0;
    for (const qint64 id : std::as_const(args.ids)) {
        if (batch) {
            // One line that counts up; a terminal shows it in place, a log gets every step.
            err << '\r' << tr("Exporting %1 of %2 …").arg(done + 1).arg(args.ids.size());
            err.flush();
        }
        const std::optional<Article> article = repository->load(id);
        if (!article) {
            if (batch)
                err << '\n';
            const QString reason = repository->lastError();
            err << (reason.isEmpty() ? tr("Article %1 not found.").arg(id)
                                     : tr("Article %1 not found: %2").arg(QString::number(id), reason))
                << '\n';
            exitCode = CliExit::notFound;
            ++done;
            continue;
        }
        if (ExportConcerns::isUnapproved(*article)) {
            // Said, not refused: a draft is exported for review as often as for publishing.
            if (batch)
                err << '\n';
            err << tr("Warning: %1").arg(ExportConcerns::unapproved(*article)) << '\n';
        }
        if (const QStringList tooLong = LengthChecks::hardLimitProblems(*article, newsroom); !tooLong.isEmpty() && !args.force) {
            if (batch)
                err << '\n';
            err << tr("Article %1 not exported: %2").arg(QString::number(id), tooLong.join(u' ')) << '\n'
                << tr("Give --force to export it anyway.") << '\n';
            exitCode = CliExit::findings;
            ++done;
            continue;
        }
        ExportRequest request{*article, {}, QString(), {}};
        for (const RelatedLink &link : article->related) {
            if (!link.isInternal())
                continue;
            if (!relatedCache.contains(link.articleId))
                relatedCache.insert(link.articleId, repository->load(link.articleId));
            if (const auto &related = relatedCache.value(link.articleId))
                request.relatedArticles << *related;
        }
        const QString written = folder.write(*exporter, request, args.options);
        if (written.isEmpty()) {
            if (batch)
                err << '\n';
            err << folder.error() << '\n';
            err.flush();
            // A folder that fails once fails for all: stop instead of repeating the error.
            return CliExit::ioError;
        }
        context.out << QDir::toNativeSeparators(written) << '\n';
        ++done;
    }
    if (batch)
        err << '\r' << tr("Exported %n article(s).", nullptr, done) << '\n';
    context.out.flush();
    err.flush();
    return exitCode;
}
