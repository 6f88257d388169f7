#include "text/hyphenator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextBoundaryFinder>

#include <hyphen.h>

#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
// German wants two letters on either side of a break ("Über-", "-rung"), as Duden and TeX do.
constexpr int leftMinimum = 2;
constexpr int rightMinimum = 2;
} // namespace

Hyphenator::Hyphenator(const QString &patternFile)
    : m_patternFile(patternFile)
{
    if (patternFile.isEmpty() || !QFileInfo(patternFile).isReadable()) {
        m_error = tr("The hyphenation patterns \"%1\" cannot be read.").arg(patternFile);
        return;
    }
    m_dictionary = hnj_hyphen_load(QFile::encodeName(patternFile).constData());
    if (!m_dictionary)
        m_error = tr("The hyphenation patterns \"%1\" cannot be loaded.").arg(patternFile);
}

Hyphenator::~Hyphenator()
{
    if (m_dictionary)
        hnj_hyphen_free(m_dictionary);
}

QStringList Hyphenator::searchPaths()
{
    QStringList paths;
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        paths.append(data + u"/hyphen"_s);
    for (const QString &fixed : {u"/usr/share/hyphen"_s, u"/usr/local/share/hyphen"_s})
        if (!paths.contains(fixed))
            paths.append(fixed);
    return paths;
}

QString Hyphenator::patternFileFor(const QString &languageTag, QString *error)
{
    QString tag = languageTag;
    tag.replace(u'-', u'_');
    const QString language = tag.section(u'_', 0, 0);
    QStringList names{u"hyph_%1.dic"_s.arg(tag)};
    if (language != tag)
        names.append(u"hyph_%1.dic"_s.arg(language));
    const QStringList paths = searchPaths();
    for (const QString &path : paths) {
        for (const QString &name : names) {
            const QString file = QDir(path).filePath(name);
            if (QFileInfo(file).isReadable())
                return file;
        }
    }
    if (error)
        *error = tr("No hyphenation patterns for %1 (%2) in %3. Install the package hyphen-de.")
                     .arg(languageTag, names.join(u", "_s), paths.join(u", "_s));
    return {};
}

QList<qsizetype> Hyphenator::hyphenationPoints(QStringView word) const
{
    if (!m_dictionary || word.size() < leftMinimum + rightMinimum)
        return {};
    // The patterns are lower case in the file's charset (ISO 8859-1 for German, or UTF-8).
    // Each grapheme becomes its composed form's bytes; graphemeEnd[i] is the QString offset
    // after the grapheme that byte i belongs to, or -1 inside a multi-byte grapheme.
    const bool utf8 = m_dictionary->utf8 != 0;
    QByteArray bytes;
    std::vector<qsizetype> graphemeEnd;
    bool latin1Letters = !utf8;
    for (const QChar c : word)
        latin1Letters = latin1Letters && c.unicode() < 0x0100 && c.isLetter();
    if (latin1Letters) {
        // The usual German word in an ISO 8859-1 pattern file: each letter is one byte and one
        // grapheme, lower-cased in place (the boundary finder and normalisation below cost more
        // than libhyphen itself).
        bytes.resize(word.size());
        graphemeEnd.resize(size_t(word.size()));
        for (qsizetype i = 0; i < word.size(); ++i) {
            bytes[i] = char(word.at(i).toLower().unicode());
            graphemeEnd[size_t(i)] = i + 1;
        }
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, word.data(), int(latin1Letters ? 0 : word.size()));
    qsizetype start = 0;
    for (qsizetype end = latin1Letters ? -1 : finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QString grapheme = word.mid(start, end - start).toString().toLower().normalized(QString::NormalizationForm_C);
        start = end;
        if (!grapheme.at(0).isLetter())
            return {};
        QByteArray encoded;
        if (utf8) {
            encoded = grapheme.toUtf8();
        } else {
            if (grapheme.size() != 1 || grapheme.at(0).unicode() > 0xFF)
                return {};
            encoded = grapheme.toLatin1();
        }
        bytes += encoded;
        graphemeEnd.insert(graphemeEnd.end(), size_t(encoded.size()) - 1, qsizetype(-1));
        graphemeEnd.push_back(end);
    }
    std::vector<char> hyphens(size_t(bytes.size()) + 5, '0');
    char **replacements = nullptr;
    int *positions = nullptr;
    int *cuts = nullptr;
    const int failed = hnj_hyphen_hyphenate3(m_dictionary, bytes.constData(), int(bytes.size()), hyphens.data(),
                                             nullptr, &replacements, &positions, &cuts, leftMinimum, rightMinimum,
                                             leftMinimum, rightMinimum);
    QList<qsizetype> points;
    if (!failed) {
        for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
            // Non-standard breaks that change letters (old "Schiff-fahrt") are not taken: a
            // reformed text never needs them, and a count must not invent letters.
            if ((hyphens[size_t(i)] & 1) && graphemeEnd[size_t(i)] > 0 && !(replacements && replacements[i]))
                points.append(graphemeEnd[size_t(i)]);
        }
    }
    if (replacements) {
        for (qsizetype i = 0; i < bytes.size(); ++i)
            std::free(replacements[i]);
        std::free(replacements);
    }
    std::free(positions);
    std::free(cuts);
    return points;
}

QString Hyphenator::hyphenated(QStringView word, QStringView mark) const
{
    QString result;
    qsizetype from = 0;
    for (const qsizetype point : hyphenationPoints(word)) {
        result += word.mid(from, point - from) + mark;
        from = point;
    }
    result += word.mid(from);
    return result;
}
