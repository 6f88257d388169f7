#include "listcommand.h"

#include "articlerepository.h"
#include "articlestatustext.h"
#include "clioptions.h"
#include "clitext.h"
#include "i18n/germanformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// The keys --status takes, in workflow order, from the one place that names them.
QStringList statusKeys()
{
    QStringList keys;
    for (const ArticleStatus status :
         {ArticleStatus::Draft, ArticleStatus::Editing, ArticleStatus::Approved, ArticleStatus::Published})
        keys << ArticleStatusText::key(status);
    return keys;
}
} // namespace

// Same shape as the other commands on purpose: each command is one small class; see CliCommand.
QString ListCommand::name() const
{
    return u"list"_s;
}

QString ListCommand::summary() const
{
    return QCoreApplication::translate("Cli", "List the articles, newest first.");
}

void ListCommand::addOptions(CliOptions &options) const
{
    options.addValue(u"section"_s, u"NAME"_s, QCoreApplication::translate("Cli", "Only articles of this section."));
    options.addChoice(u"status"_s, u"STATUS"_s, QCoreApplication::translate("Cli", "Only articles with this status."),
                      statusKeys());
    options.addValue(u"search"_s, u"TEXT"_s, QCoreApplication::translate("Cli", "Only articles that contain the text."));
    options.addFlag({u"trash"_s}, QCoreApplication::translate("Cli", "The articles in the trash instead."));
    options.addValue(u"limit"_s, u"N"_s, QCoreApplication::translate("Cli", "At most N articles."));
    options.addFlag({u"json"_s}, QCoreApplication::translate("Cli", "Print JSON instead of a table."));
}

int ListCommand::run(CliContext &context)
{
    if (!context.arguments.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "Unknown argument for list: %1").arg(context.arguments.constFirst()));
    ArticleFilter filter;
    const QCommandLineParser &options = context.options;
    filter.section = options.value(u"section"_s);
    filter.search = options.value(u"search"_s);
    filter.trashed = options.isSet(u"trash"_s);
    const bool json = options.isSet(u"json"_s);
    if (options.isSet(u"status"_s)) {
        const QString value = options.value(u"status"_s);
        filter.status = CliText::parseStatus(value);
        if (!filter.status)
            return context.usageError(
                QCoreApplication::translate("Cli", "Unknown status \"%1\"; use one of: %2.").arg(value, statusKeys().join(u", "_s)));
    }
    if (options.isSet(u"limit"_s)) {
        const QString value = options.value(u"limit"_s);
        bool ok = false;
        filter.limit = value.toInt(&ok);
        if (!ok || filter.limit < 0)
            return context.usageError(
                QCoreApplication::translate("Cli", "The limit must be a number of 0 or more, not \"%1\".").arg(value));
    }
    ArticleRepository *repository = context.repository();
    if (!repository)
        return CliExit::ioError;
    const auto articles = repository->list(filter);
    if (!articles) {
        context.err << repository->lastError() << '\n';
        return CliExit::ioError;
    }
    if (json) {
        QJsonArray array;
        for (const ArticleSummary &summary : *articles) {
            array.append(QJsonObject{{u"id"_s, summary.id},
                                     {u"headline"_s, summary.headline},
                                     {u"section"_s, summary.section},
                                     {u"status"_s, ArticleStatusText::key(summary.status)},
                                     {u"modified"_s, summary.modified.toUTC().toString(Qt::ISODate)},
                                     {u"readingMinutes"_s, summary.readingMinutes},
                                     {u"revision"_s, summary.revision}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CliExit::ok;
    }
    for (const ArticleSummary &summary : *articles) {
        context.out << QString::number(summary.id).rightJustified(6) << u"  "_s
                    << CliText::statusLabel(summary.status).leftJustified(14) << summary.section.leftJustified(12) << u' '
                    << GermanFormat::dateTime(summary.modified) << u"  "_s << summary.headline << '\n';
    }
    if (articles->isEmpty())
        context.err << QCoreApplication::translate("Cli", "No articles found.") << '\n';
    return CliExit::ok;
}
