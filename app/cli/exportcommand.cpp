#include "exportcommand.h"

#include "articlerepository.h"
#include "clioptions.h"
#include "clitext.h"
#include "export/exportconcerns.h"
#include "export/exporter.h"
#include "export/folderexport.h"
#include "settings/appsettings.h"
#include "settings/newsroomsettings.h"
#include "validation/lengthchecks.h"

#include <QCommandLineParser>
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
    return tr("Export articles as HTML pages or ninjs.");
}

void ExportCommand::addOptions(CliOptions &options) const
{
    options.addChoice(u"format"_s, u"FORMAT"_s, tr("The format to write (default: html)."), m_exporters.ids());
    options.addValue(u"out"_s, u"DIR"_s, tr("The folder to write into (default: the current folder)."), CliCompletion::Folder);
    options.addFlag({u"all"_s}, tr("Export every article."));
    options.addFlag({u"fragment"_s}, tr("Write only the <article> element, for pasting into a site's CMS."));
    options.addValue(u"base-url"_s, u"URL"_s, tr("The address the pages will have (http or https), for canonical links."));
    options.addValue(u"template"_s, u"DIR"_s, tr("A folder with page.html, fragment.html or style.css to use instead."),
                     CliCompletion::Folder);
    options.addFlag({u"no-resize"_s}, tr("Copy the original photo only, without resized renditions."));
    options.addFlag({u"no-webp"_s}, tr("No WebP renditions."));
    options.addFlag({u"keep-gps"_s}, tr("Keep the photo's GPS position."));
    options.addFlag({u"no-typography"_s}, tr("Leave quotes, dashes and spaces as they are."));
    options.addFlag({u"force"_s}, tr("Export even with the placeholder address www.example.de."));
    options.addPositional(u"ID"_s, tr("An article number."), u"(ID...|--all)"_s);
}

int ExportCommand::run(CliContext &context)
{
    QTextStream &err = context.err;
    const QCommandLineParser &options = context.options;
    Arguments args;
    args.all = options.isSet(u"all"_s);
    args.force = options.isSet(u"force"_s);
    args.options.fragment = options.isSet(u"fragment"_s);
    args.options.resizeImages = !options.isSet(u"no-resize"_s);
    args.options.webp = !options.isSet(u"no-webp"_s);
    args.options.keepPhotoGps = options.isSet(u"keep-gps"_s);
    args.options.typography = !options.isSet(u"no-typography"_s);
    if (options.isSet(u"format"_s))
        args.format = options.value(u"format"_s);
    if (options.isSet(u"out"_s))
        args.out = options.value(u"out"_s);
    args.options.templateFolder = options.value(u"template"_s);
    if (options.isSet(u"base-url"_s)) {
        // The same rule as the preferences' field: a page address canonical links can use.
        const QString value = options.value(u"base-url"_s);
        const QUrl url(value.trimmed(), QUrl::StrictMode);
        if (!AppSettings::isValidBaseUrl(url))
            return context.usageError(tr("--base-url needs an http or https address with a host name and no #: %1").arg(value));
        args.options.baseUrl = url;
    }
    for (const QString &argument : context.arguments) {
        const auto id = CliText::parseId(argument);
        if (!id)
            return context.usageError(tr("Not an article ID: %1").arg(argument));
        if (!args.ids.contains(*id))
            args.ids << *id;
    }
    const Exporter *exporter = m_exporters.find(args.format);
    if (!exporter)
        return context.usageError(tr("Unknown format: %1 (available: %2)").arg(args.format, m_exporters.ids().join(u", "_s)));
    if (args.all == !args.ids.isEmpty())
        return context.usageError(args.all ? tr("Give article IDs or --all, not both.") : tr("Give article IDs or --all."));

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
        if (ExportConcerns::isEmbargoed(*article, QDateTime::currentDateTimeUtc()))
            err << tr("Warning: %1").arg(ExportConcerns::embargoed(*article)) << '\n';
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
