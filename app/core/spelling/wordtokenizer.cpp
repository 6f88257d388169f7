#include "wordtokenizer.h"

using namespace Qt::StringLiterals;

namespace {
constexpr QChar softHyphen(0x00AD);

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == softHyphen;
}

bool isJoiner(QChar c)
{
    // Hyphen-minus, the Unicode hyphen, the non-breaking hyphen; straight and typographic apostrophe.
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011) || c == u'\'' || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

// A run of non-space characters: is it a URL or an e-mail address? Checked on the whole run
// before cutting words, because "www.example.de" would otherwise yield "www", "example", "de".
WordToken::Kind classifyRun(QStringView run)
{
    if (run.contains(u"://"_s) || run.startsWith(u"www."_s, Qt::CaseInsensitive)
        || run.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        return WordToken::Kind::Url;
    const qsizetype at = run.indexOf(u'@');
    if (at > 0 && run.indexOf(u'.', at) > at + 1)
        return WordToken::Kind::Email;
    return WordToken::Kind::Word;
}

// URLs and addresses end before closing punctuation: "(siehe www.dpa.de)." -> "www.dpa.de".
QStringView trimRun(QStringView run, qsizetype &offset)
{
    while (!run.isEmpty() && !run.front().isLetterOrNumber()) {
        run = run.sliced(1);
        ++offset;
    }
    while (!run.isEmpty() && !run.back().isLetterOrNumber() && run.back() != u'/')
        run.chop(1);
    return run;
}
} // namespace

namespace WordTokenizer {
QList<WordToken> tokenize(QStringView text)
{
    QList<WordToken> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        qsizetype runEnd = i;
        while (runEnd < n && !text[runEnd].isSpace())
            ++runEnd;
        qsizetype runStart = i;
        const QStringView run = trimRun(text.sliced(i, runEnd - i), runStart);
        const WordToken::Kind kind = classifyRun(run);
        if (kind != WordToken::Kind::Word) {
            tokens.append(WordToken{run.toString(), runStart, kind});
            i = runEnd;
            continue;
        }
        // Words inside the run.
        qsizetype j = i;
        while (j < runEnd) {
            if (!isWordChar(text[j])) {
                ++j;
                continue;
            }
            const qsizetype start = j;
            while (j < runEnd) {
                if (isWordChar(text[j])) {
                    ++j;
                } else if (isJoiner(text[j]) && j + 1 < runEnd && isWordChar(text[j + 1]) && j > start) {
                    ++j;
                } else {
                    break;
                }
            }
            tokens.append(WordToken{text.sliced(start, j - start).toString(), start, WordToken::Kind::Word});
        }
        i = runEnd;
    }
    return tokens;
}

QList<WordToken> hyphenParts(const WordToken &token)
{
    QList<WordToken> parts;
    qsizetype start = 0;
    const QString &w = token.word;
    for (qsizetype k = 0; k <= w.size(); ++k) {
        if (k == w.size() || isHyphen(w[k])) {
            if (k > start)
                parts.append(WordToken{w.mid(start, k - start), token.position + start, token.kind});
            start = k + 1;
        }
    }
    return parts;
}
} // namespace WordTokenizer
