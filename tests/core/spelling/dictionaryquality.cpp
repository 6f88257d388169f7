// Which German dictionary serves news copy better? Measures Debian's default hunspell-de-de
// (de_DE) against hunspell-de-de-frami (installed side by side under the name de_DE_frami, see
// tools/fetch-frami-dictionary) through the editor's own SpellChecker and tokenizer:
//   - the unknown-word rate on real German news text (the sample articles, the storage
//     benchmark's seed vocabulary, tests/data/spelling/newscorpus-de.txt),
//   - for typical typos, whether each is flagged and the rank of the intended word among the
//     suggestions.
//
//   tools/dev shell tools/fetch-frami-dictionary
//   tools/dev shell build/bench/bench-dictionaryquality [DICTIONARY-FOLDER]
//
// DICTIONARY-FOLDER (default build/dictionaries) holds hunspell/de_DE_frami.{aff,dic}; Sonnet's
// hunspell plugin finds it through XDG_DATA_HOME. Not a CTest test: BENCHMARKS.md reports it.

#include "body/bodydocument.h"
#include "testenvironment.h"
#include "sample/samplearticles.h"
#include "spelling/spellchecker.h"
#include "spelling/wordtokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString readData(const QString &name)
{
    QFile file(TestEnvironment::sourceDir() + u"/tests/data/spelling/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return {};
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.startsWith(u'#'))
            lines.append(line);
    }
    return lines.join(u'\n');
}

QString articleText(const Article &article)
{
    return QStringList{article.kicker, article.headline, article.teaser, BodyDocument::toPlainText(article.bodyHtml),
                       article.photo.caption, article.photo.altText}
        .join(u'\n');
}

struct Corpus {
    QString name;
    QString text;
};

struct Count {
    int words = 0;
    int unknown = 0;
    QMap<QString, int> unknownWords;
};

Count measure(SpellChecker &checker, const QString &text)
{
    Count count;
    for (const WordToken &token : WordTokenizer::tokenize(text)) {
        if (token.kind != WordToken::Kind::Word)
            continue;
        ++count.words;
        if (checker.isMisspelled(token.word)) {
            ++count.unknown;
            ++count.unknownWords[token.word];
        }
    }
    return count;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = QDir(app.arguments().value(1, TestEnvironment::binaryDir() + u"/dictionaries"_s))
                               .absolutePath();
    if (!QFile::exists(folder + u"/hunspell/de_DE_frami.dic"_s)) {
        std::fprintf(stderr, "no %s/hunspell/de_DE_frami.dic: run tools/fetch-frami-dictionary first\n",
                     qPrintable(folder));
        return 2;
    }
    // Before Sonnet's plugin first scans for dictionaries. The test support's test mode would
    // point QStandardPaths away from XDG_DATA_HOME.
    qputenv("XDG_DATA_HOME", folder.toLocal8Bit());
    QStandardPaths::setTestModeEnabled(false);
    QTemporaryDir personal;

    QList<Corpus> corpora;
    corpora.append({u"sample articles"_s,
                    articleText(SampleArticles::mainArticle(0)) + u'\n' + articleText(SampleArticles::secondArticle())});
    corpora.append({u"seed vocabulary (storage benchmark)"_s, readData(u"seed-vocabulary.txt"_s)});
    corpora.append({u"news corpus (6 sections)"_s, readData(u"newscorpus-de.txt"_s)});

    QList<std::pair<QString, QString>> typos;
    for (const QString &line : readData(u"typos-de.txt"_s).split(u'\n')) {
        const QStringList parts = line.split(u'\t');
        if (parts.size() == 2)
            typos.append({parts.at(0).trimmed(), parts.at(1).trimmed()});
    }

    const QStringList languages{u"de_DE"_s, u"de_DE_frami"_s};
    QMap<QString, QSet<QString>> unknownByLanguage;
    for (const QString &language : languages) {
        SpellChecker checker(language, personal.filePath(u"personal-"_s + language + u".txt"_s));
        if (!checker.isValid()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(language), qPrintable(checker.validationError()));
            return 1;
        }
        std::printf("== %s\n", qPrintable(language));
        Count total;
        QElapsedTimer timer;
        timer.start();
        for (const Corpus &corpus : std::as_const(corpora)) {
            const Count count = measure(checker, corpus.text);
            std::printf("%-40s %6d words %4d unknown (%.2f %%)\n", qPrintable(corpus.name), count.words, count.unknown,
                        count.words ? 100.0 * count.unknown / count.words : 0.0);
            total.words += count.words;
            total.unknown += count.unknown;
            for (auto it = count.unknownWords.cbegin(); it != count.unknownWords.cend(); ++it) {
                total.unknownWords[it.key()] += it.value();
                unknownByLanguage[language].insert(it.key());
            }
        }
        std::printf("%-40s %6d words %4d unknown (%.2f %%), %lld ms\n", "all", total.words, total.unknown,
                    total.words ? 100.0 * total.unknown / total.words : 0.0, static_cast<long long>(timer.elapsed()));
        QStringList unknown = total.unknownWords.keys();
        std::printf("unknown words: %s\n", qPrintable(unknown.join(u", "_s)));

        int flagged = 0;
        int first = 0;
        int top3 = 0;
        int found = 0;
        qint64 suggestMs = 0;
        std::printf("%-24s %-24s %7s %5s  first suggestions\n", "typo", "intended", "flagged", "rank");
        for (const auto &[typo, intended] : std::as_const(typos)) {
            const bool isFlagged = checker.isMisspelled(typo);
            timer.restart();
            const QStringList suggestions = checker.suggestions(typo);
            suggestMs += timer.elapsed();
            const int rank = int(suggestions.indexOf(intended)) + 1;
            flagged += isFlagged ? 1 : 0;
            first += rank == 1 ? 1 : 0;
            top3 += rank >= 1 && rank <= 3 ? 1 : 0;
            found += rank >= 1 ? 1 : 0;
            std::printf("%-24s %-24s %7s %5s  %s\n", qPrintable(typo), qPrintable(intended), isFlagged ? "yes" : "NO",
                        rank > 0 ? qPrintable(QString::number(rank)) : "-",
                        qPrintable(suggestions.mid(0, 4).join(u", "_s)));
        }
        std::printf("typos: %d of %lld flagged; intended word first %d, in the first three %d, offered at all %d; "
                    "suggestions %lld ms in all\n\n",
                    flagged, static_cast<long long>(typos.size()), first, top3, found, static_cast<long long>(suggestMs));
    }
    const QSet<QString> onlyDefault = unknownByLanguage.value(u"de_DE"_s) - unknownByLanguage.value(u"de_DE_frami"_s);
    const QSet<QString> onlyFrami = unknownByLanguage.value(u"de_DE_frami"_s) - unknownByLanguage.value(u"de_DE"_s);
    QStringList a(onlyDefault.cbegin(), onlyDefault.cend());
    QStringList b(onlyFrami.cbegin(), onlyFrami.cend());
    a.sort();
    b.sort();
    std::printf("unknown only to de_DE: %s\nunknown only to de_DE_frami: %s\n", qPrintable(a.join(u", "_s)),
                qPrintable(b.join(u", "_s)));
    return 0;
}
