#include "listcommand.h"

#include "articlerepository.h"
#include "clitext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

QString ListCommand::name() const
{
    return u"list"_s;
}

QString ListCommand::summary() const
{
    return QCoreApplication::translate("Cli", "List articles (--section, --status, --search, --trash, --limit, --json)");
}

int ListCommand::run(CliContext &context)
{
    ArticleFilter filter;
    bool json = false;
    QStringList args = context.arguments;
    const auto usage = [&context](const QString &message) {
        context.err << message << '\n'
                    << QCoreApplication::translate("Cli", "Usage: newsdesk-cli list [--section NAME] [--status STATUS] "
                                                          "[--search TEXT] [--trash] [--limit N] [--json]")
                    << '\n';
        return CliExit::usage;
    };
    while (!args.isEmpty()) {
        QString option = args.takeFirst();
        QString value;
        const bool takesValue = option.startsWith(u"--section"_s) || option.startsWith(u"--status"_s)
            || option.startsWith(u"--search"_s) || option.startsWith(u"--limit"_s);
        if (takesValue) {
            if (const qsizetype equals = option.indexOf(u'='); equals > 0) {
                value = option.mid(equals + 1);
                option.truncate(equals);
            } else if (!args.isEmpty()) {
                value = args.takeFirst();
            } else {
                return usage(QCoreApplication::translate("Cli", "The option %1 needs a value.").arg(option));
            }
        }
        if (option == u"--section"_s) {
            filter.section = value;
        } else if (option == u"--status"_s) {
            filter.status = CliText::parseStatus(value);
            if (!filter.status)
                return usage(QCoreApplication::translate("Cli", "Unknown status \"%1\"; use draft, editing, approved or published.")
                                 .arg(value));
        } else if (option == u"--search"_s) {
            filter.search = value;
        } else if (option == u"--limit"_s) {
            bool ok = false;
            filter.limit = value.toInt(&ok);
            if (!ok || filter.limit < 0)
                return usage(QCoreApplication::translate("Cli", "The limit must be a number of 0 or more, not \"%1\".").arg(value));
        } else if (option == u"--trash"_s) {
            filter.trashed = true;
        } else if (option == u"--json"_s) {
            json = true;
        } else {
            return usage(QCoreApplication::translate("Cli", "Unknown argument for list: %1").arg(option));
        }
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
                                     {u"status"_s, CliText::statusKey(summary.status)},
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
                    << CliText::berlinTime(summary.modified) << u"  "_s << summary.headline << '\n';
    }
    if (articles->isEmpty())
        context.err << QCoreApplication::translate("Cli", "No articles found.") << '\n';
    return CliExit::ok;
}
