#include "text/readability.h"

#include "text/hyphenator.h"
#include "text/textlength.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using TextLength::isJoiner;
using TextLength::isWordChar;

using namespace Qt::StringLiterals;

namespace {
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *width)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

// The words of a text as TextLength::words() counts them: runs of letters and digits, joined
// by a hyphen, colon, period or apostrophe that a letter or digit follows.
template<typename Visit>
void forEachWord(QStringView text, Visit visit)
{
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype width = 1;
        if (!isWordChar(codePointAt(text, i, &width))) {
            i += width;
            continue;
        }
        const qsizetype start = i;
        i += width;
        while (i < text.size()) {
            const char32_t c = codePointAt(text, i, &width);
            if (isWordChar(c)) {
                i += width;
                continue;
            }
            qsizetype nextWidth = 1;
            if (isJoiner(c) && i + width < text.size() && isWordChar(codePointAt(text, i + width, &nextWidth))) {
                i += width;
                continue;
            }
            break;
        }
        visit(text.mid(start, i - start), start);
    }
}

bool isVowel(QChar c)
{
    static const QString vowels = u"aeiouyäöüéèêëáàâíìîïóòôúùûœæ"_s;
    return vowels.contains(c);
}

// Vowel groups: a diphthong or a doubled vowel is one nucleus, any other two vowels are two
// ("Mau-er", "The-a-ter").
int vowelGroups(QStringView piece)
{
    static const QSet<QString> nuclei{u"ai"_s, u"au"_s, u"äu"_s, u"ei"_s, u"eu"_s, u"ie"_s, u"ey"_s,
                                       u"ay"_s, u"aa"_s, u"ee"_s, u"oo"_s};
    const QString lower = piece.toString().normalized(QString::NormalizationForm_C).toLower();
    int groups = 0;
    int groupLength = 0; // vowels in the current nucleus
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        // "qu" is /kv/ ("Quelle", "-querung"); a "y" before a vowel is a consonant ("York",
        // "Yacht"), after one it closes a diphthong ("Bayern").
        const bool consonantal = (c == u'u' && i > 0 && lower.at(i - 1) == u'q')
            || (c == u'y' && i + 1 < lower.size() && isVowel(lower.at(i + 1)));
        if (!isVowel(c) || consonantal) {
            groupLength = 0;
            continue;
        }
        if (groupLength == 1 && nuclei.contains(lower.mid(i - 1, 2))) {
            ++groupLength;
            continue;
        }
        ++groups;
        groupLength = 1;
    }
    return groups;
}

int pieceSyllables(QStringView piece, const Hyphenator *hyphenator)
{
    int count = 0;
    qsizetype from = 0;
    QList<qsizetype> points = hyphenator ? hyphenator->hyphenationPoints(piece) : QList<qsizetype>{};
    points.append(piece.size());
    for (const qsizetype point : std::as_const(points)) {
        // A piece without a vowel ("Stans-s-ted" from a pattern's odd break) is no syllable.
        count += vowelGroups(piece.mid(from, point - from));
        from = point;
    }
    return std::max(1, count);
}

bool isRomanNumeral(QStringView token)
{
    if (token.size() < 2 || token.size() > 5)
        return false;
    for (const QChar c : token)
        if (!u"IVXLC"_s.contains(c))
            return false;
    return true;
}

bool isAbbreviation(QStringView token)
{
    // The German abbreviations a news text uses mid-sentence; "etc." and "usw." often end a
    // sentence and are left out, a capital after them starts a new one.
    static const QSet<QString> abbreviations{
        u"ca"_s,   u"bzw"_s, u"vgl"_s,  u"Nr"_s,   u"Dr"_s,   u"Prof"_s, u"ggf"_s, u"evtl"_s, u"inkl"_s,
        u"exkl"_s, u"Mio"_s, u"Mrd"_s,  u"St"_s,   u"Str"_s,  u"Abs"_s,  u"Art"_s, u"bspw"_s, u"sog"_s,
        u"Jh"_s,   u"Hrsg"_s, u"Tel"_s, u"geb"_s,  u"gest"_s, u"Mill"_s, u"zit"_s, u"dt"_s,   u"engl"_s,
        u"franz"_s, u"Fa"_s, u"Hr"_s,  u"Fr"_s,   u"Jan"_s,  u"Feb"_s,  u"Aug"_s, u"Sept"_s, u"Okt"_s,
        u"Nov"_s,  u"Dez"_s, u"max"_s, u"min"_s,  u"rd"_s,   u"vs"_s,   u"zzgl"_s, u"bzgl"_s};
    return abbreviations.contains(token.toString());
}

// "o. Ä." and "u. Ä." ("or the like") close an enumeration: like "usw." and "etc." they end
// the sentence when a capital follows ("… Konsonanten und Vokale o. Ä. Dies wird …").
bool endsEnumeration(QStringView upToPeriod)
{
    static const QRegularExpression closing(u"(?:^|[^\\p{L}])[ou]\\.\\s?[Ää]\\.$"_s);
    return closing.matchView(upToPeriod).hasMatch();
}

bool isCloser(QChar c)
{
    return u"\"'“”‘’«»‹›)]"_s.contains(c);
}

bool startsSentence(QChar c)
{
    return c.isUpper() || c.isDigit() || c.isTitleCase() || u"„\"‚'»«›‹(“‘"_s.contains(c);
}

void appendSentence(QStringView text, qsizetype start, qsizetype end, QList<Readability::Sentence> &out)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return;
    Readability::Sentence sentence;
    sentence.start = start;
    sentence.length = end - start;
    forEachWord(text.mid(start, end - start), [&sentence](QStringView word, qsizetype) {
        if (sentence.words++ == 0)
            sentence.firstWord = word.toString().toCaseFolded();
    });
    if (sentence.words > 0)
        out.append(sentence);
}

void paragraphSentences(QStringView text, qsizetype from, qsizetype to, QList<Readability::Sentence> &out)
{
    qsizetype start = from;
    qsizetype i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (c != u'.' && c != u'!' && c != u'?' && c != u'…') {
            ++i;
            continue;
        }
        const qsizetype mark = i;
        qsizetype end = i + 1;
        while (end < to && (u".!?…"_s.contains(text.at(end)) || isCloser(text.at(end))))
            ++end;
        qsizetype next = end;
        while (next < to && text.at(next).isSpace())
            ++next;
        i = end;
        if (next == end && end < to)
            continue; // "3.5", "www.example.de": no space, no sentence end
        if (next < to && !startsSentence(text.at(next)))
            continue;
        if (c == u'.' && end == mark + 1) {
            qsizetype tokenStart = mark;
            while (tokenStart > from && text.at(tokenStart - 1).isLetterOrNumber())
                --tokenStart;
            const QStringView token = text.mid(tokenStart, mark - tokenStart);
            bool digits = !token.isEmpty();
            for (const QChar d : token)
                digits = digits && d.isDigit();
            if ((token.size() == 1 && !endsEnumeration(text.mid(std::max(from, mark - 5), mark + 1 - std::max(from, mark - 5)))) || digits
                || isRomanNumeral(token) || isAbbreviation(token))
                continue;
        }
        appendSentence(text, start, end, out);
        start = end;
    }
    appendSentence(text, start, to, out);
}
} // namespace

namespace Readability {
double fleschAmstad(int sentences, int words, int syllables)
{
    if (sentences <= 0 || words <= 0)
        return 0.0;
    return 180.0 - double(words) / sentences - 58.5 * double(syllables) / words;
}

double Report::fleschAmstad() const
{
    return Readability::fleschAmstad(sentences, words, syllables);
}

QList<RepeatedStart> Report::repeatedStarts(int minimumRun) const
{
    QList<RepeatedStart> runs;
    qsizetype i = 0;
    while (i < sentenceList.size()) {
        qsizetype j = i + 1;
        const QString &word = sentenceList.at(i).firstWord;
        while (j < sentenceList.size() && !word.isEmpty() && sentenceList.at(j).firstWord == word)
            ++j;
        if (j - i >= minimumRun && !word.isEmpty())
            runs.append({sentenceList.at(i).start, word, int(j - i)});
        i = j;
    }
    return runs;
}

QList<Sentence> sentences(QStringView text)
{
    QList<Sentence> out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !TextLength::isLineBreak(text.at(i)))
            continue;
        paragraphSentences(text, from, i, out);
        from = i + 1;
    }
    return out;
}

int syllables(QStringView word, const Hyphenator *hyphenator)
{
    // Pieces of letters: "E-Mail" is "E" and "Mail", "5G" is "G"; a number is one syllable.
    int count = 0;
    qsizetype i = 0;
    while (i < word.size()) {
        if (!word.at(i).isLetter() && !word.at(i).isMark()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < word.size() && (word.at(i).isLetter() || word.at(i).isMark()))
            ++i;
        count += pieceSyllables(word.mid(start, i - start), hyphenator);
    }
    return std::max(1, count);
}

Report analyze(QStringView text, const Hyphenator *hyphenator)
{
    Report report;
    report.sentenceList = sentences(text);
    QHash<QString, int> known; // a long text repeats its words; hyphenating is the cost
    for (const Sentence &sentence : std::as_const(report.sentenceList)) {
        forEachWord(text.mid(sentence.start, sentence.length), [&](QStringView word, qsizetype) {
            const QString key = word.toString();
            auto it = known.constFind(key);
            if (it == known.cend())
                it = known.insert(key, syllables(word, hyphenator));
            report.syllables += it.value();
            ++report.words;
        });
    }
    report.sentences = int(report.sentenceList.size());
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !TextLength::isLineBreak(text.at(i)))
            continue;
        const int words = TextLength::words(text.mid(from, i - from));
        if (words > 0)
            report.paragraphs.append({from, words});
        from = i + 1;
    }
    return report;
}
} // namespace Readability
