#include "spelling/personaldictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

PersonalDictionary::PersonalDictionary(const QString &fileName)
    : m_fileName(fileName)
{
}

QString PersonalDictionary::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/personal-dictionary.txt"_s;
}

bool PersonalDictionary::load()
{
    m_words.clear();
    QFile file(m_fileName);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = QCoreApplication::translate("PersonalDictionary", "Cannot read the personal dictionary %1: %2")
                          .arg(QDir::toNativeSeparators(m_fileName), file.errorString());
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty())
            m_words.insert(word);
    }
    return true;
}

bool PersonalDictionary::add(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || m_words.contains(w))
        return !w.isEmpty();
    QSet<QString> next = m_words;
    next.insert(w);
    return replaceWith(next);
}

bool PersonalDictionary::remove(const QString &word)
{
    if (!m_words.contains(word))
        return true;
    QSet<QString> next = m_words;
    next.remove(word);
    return replaceWith(next);
}

bool PersonalDictionary::replaceWith(const QSet<QString> &words)
{
    if (!save(words))
        return false;
    m_words = words;
    return true;
}

QStringList PersonalDictionary::words() const
{
    QStringList list(m_words.cbegin(), m_words.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return list;
}

bool PersonalDictionary::save(const QSet<QString> &words)
{
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QStringList sorted(words.cbegin(), words.cend());
    sorted.sort();
    QSaveFile file(m_fileName);
    const auto fail = [this, &file] {
        m_lastError = QCoreApplication::translate("PersonalDictionary", "Cannot save the personal dictionary %1: %2")
                          .arg(QDir::toNativeSeparators(m_fileName), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    const QByteArray data = sorted.isEmpty() ? QByteArray() : (sorted.join(u'\n') + u'\n').toUtf8();
    if (file.write(data) != data.size())
        return fail();
    if (!file.commit())
        return fail();
    return true;
}
