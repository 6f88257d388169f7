#include "statscommand.h"

#include "articlelookup.h"
#include "clioptions.h"
#include "readingtime.h"
#include "articlerepository.h"
#include "settings/newsroomsettings.h"
#include "text/articlelength.h"
#include "text/hyphenator.h"
#include "text/lengthtargetstatus.h"
#include "text/lengthtext.h"
#include "text/linecounter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

// Same shape as ShowCommand and ListCommand on purpose: each command is one small class; see CliCommand.
QString StatsCommand::name() const
{
    return u"stats"_s;
}

QString StatsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Show words, characters, lines and reading time of an article.");
}

void StatsCommand::addOptions(CliOptions &options) const
{
    ArticleLookup::addArgument(options);
}

int StatsCommand::run(CliContext &context)
{
    int exitCode = CliExit::ok;
    const auto article = ArticleLookup::load(context, &exitCode);
    if (!article)
        return exitCode;
    // The same numbers as the editor's status bar: teaser and body, counted by the core, Zeilen
    // with the German patterns. Without them the count would be silently too high: an error.
    std::unique_ptr<Hyphenator> hyphenator;
    const bool german = article->language.startsWith(u"de"_s, Qt::CaseInsensitive);
    if (german) {
        QString error;
        const QString patterns = Hyphenator::patternFileFor(article->language, &error);
        if (!patterns.isEmpty())
            hyphenator = std::make_unique<Hyphenator>(patterns);
        if (!hyphenator || !hyphenator->isValid()) {
            context.err << (hyphenator ? hyphenator->errorString() : error) << '\n';
            return CliExit::ioError;
        }
    }
    // The newsroom's column width from the database, as the editor counts with it; a guess
    // at 34 would print Zeilen that disagree with the status bar.
    ArticleRepository *repository = context.repository();
    const auto newsroom = repository ? repository->newsroomSettings() : std::nullopt;
    if (!newsroom) {
        context.err << QCoreApplication::translate("Cli", "Cannot read the newsroom settings: %1")
                           .arg(repository ? repository->lastError() : QString())
                    << '\n';
        return CliExit::ioError;
    }
    const LineCounter lines = NewsroomSettings::fromMap(*newsroom).lineCounter(hyphenator.get());
    const TextMetrics length = ArticleLength::measure(*article, &lines).total();
    const int minutes = ReadingTime().minutesForWords(length.words);
    context.out << QCoreApplication::translate("Cli", "Words: %1").arg(length.words) << '\n'
                << QCoreApplication::translate("Cli", "Characters: %1").arg(length.characters) << '\n'
                << QCoreApplication::translate("Cli", "Characters without spaces: %1").arg(length.charactersWithoutSpaces)
                << '\n'
                << QCoreApplication::translate("Cli", "Lines at %1 characters: %2").arg(lines.columns()).arg(length.lines)
                << '\n'
                << LengthText::readingTime(minutes) << '\n';
    // The article's length target, judged as the status bar judges it.
    if (const LengthTargetStatus target = LengthTargetStatus::of(article->target, length);
        target.state() != LengthTargetStatus::State::NoTarget)
        context.out << QCoreApplication::translate("Cli", "Target %1: %2").arg(LengthTargetStatus::targetText(article->target), target.text())
                    << '\n';
    return CliExit::ok;
}
