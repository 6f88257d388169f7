#include "testenvironment.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message{context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    current.forms.append(xml.readElementText());
                }
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QStringList describe(const QList<Message> &messages, const std::function<bool(const Message &)> &select)
{
    QStringList lines;
    for (const Message &message : messages) {
        if (select(message)) {
            lines.append(u"  %1: \"%2\""_s.arg(message.context, message.source));
        }
    }
    return lines;
}

QString committedTs(const QString &name = u"newsdesk_de.ts"_s)
{
    return TestEnvironment::sourceDir() + u"/translations/"_s + name;
}

// Runs lupdate over the sources into a copy of a committed .ts file; returns lupdate's output.
QString updateCopy(const QString &committed, const QString &copy, const QStringList &options)
{
    if (!QFile::copy(committed, copy)) {
        return u"cannot copy "_s + committed;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(TestEnvironment::sourceDir());
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(NEWSDESK_LUPDATE),
                  QStringList{u"app"_s, u"ui"_s, u"-locations"_s, u"none"_s} + options + QStringList{u"-ts"_s, copy});
    if (!lupdate.waitForFinished(120000)) {
        return lupdate.errorString();
    }
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    return lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0 ? QString() : output;
}
} // namespace

// The lead translates at the end of a wave; until then this test lists exactly which strings
// are missing. It must never be skipped: an untranslated button is a bug in a German product.
class TranslationCompletenessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // GIVEN lupdate run on today's sources into a copy of the committed .ts
        QVERIFY(m_dir.isValid());
        m_updated = m_dir.filePath(u"newsdesk_de.ts"_s);
        QString output = updateCopy(committedTs(), m_updated, {});
        QVERIFY2(output.isEmpty(), qPrintable(output));
        // AND the English plural catalogue ("%n word(s)" → "1 word", "2 words") likewise
        const QString updatedEn = m_dir.filePath(u"newsdesk_en.ts"_s);
        output = updateCopy(committedTs(u"newsdesk_en.ts"_s), updatedEn, {u"-pluralonly"_s});
        QVERIFY2(output.isEmpty(), qPrintable(output));

        QString error;
        m_committed = readTs(committedTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_current = readTs(m_updated, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!m_current.isEmpty(), "lupdate found no strings");
        m_committedEn = readTs(committedTs(u"newsdesk_en.ts"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_currentEn = readTs(updatedEn, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void shouldHaveNoUnfinishedEntries()
    {
        const QStringList unfinished = describe(m_committed, [](const Message &m) {
            return m.type == "unfinished"_L1;
        });
        QVERIFY2(unfinished.isEmpty(), qPrintable(u"unfinished in newsdesk_de.ts:\n"_s + unfinished.join(u'\n')));
    }

    void shouldHaveNoObsoleteEntries()
    {
        const QStringList obsolete = describe(m_committed, [](const Message &m) {
            return m.type == "vanished"_L1 || m.type == "obsolete"_L1;
        });
        QVERIFY2(obsolete.isEmpty(), qPrintable(u"obsolete in newsdesk_de.ts:\n"_s + obsolete.join(u'\n')));
    }

    void shouldTranslateEverySourceString()
    {
        // WHEN a string in the sources is not in the committed .ts, lupdate adds it unfinished
        const QStringList missing = describe(m_current, [](const Message &m) {
            return m.type == "unfinished"_L1;
        });
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 source strings lack a German translation (run the update_translations target, "
                            "then translate):\n"_s.arg(missing.size())
                            + missing.join(u'\n')));
    }

    void shouldContainNoStringTheSourcesDropped()
    {
        // WHEN a translated string vanished from the sources, lupdate marks it vanished
        const QStringList stale = describe(m_current, [](const Message &m) {
            return m.type == "vanished"_L1 || m.type == "obsolete"_L1;
        });
        QVERIFY2(stale.isEmpty(), qPrintable(u"strings no longer in the sources:\n"_s + stale.join(u'\n')));
    }

    void shouldGiveEveryTranslationText()
    {
        const QStringList empty = describe(m_committed, [](const Message &m) {
            return m.type.isEmpty() && std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &form) {
                       return form.isEmpty();
                   });
        });
        QVERIFY2(empty.isEmpty(), qPrintable(u"empty translations:\n"_s + empty.join(u'\n')));
    }

    void shouldGiveGermanPluralsBothForms()
    {
        // German has two forms (1 Minute, 2 Minuten); each keeps the %n placeholder.
        const QStringList wrong = describe(m_committed, [](const Message &m) {
            return m.numerus
                && (m.forms.size() != 2 || !m.forms.at(0).contains(u"%n"_s) || !m.forms.at(1).contains(u"%n"_s));
        });
        QVERIFY2(wrong.isEmpty(), qPrintable(u"plural entries without two German forms:\n"_s + wrong.join(u'\n')));
        const bool anyNumerus = std::any_of(m_committed.cbegin(), m_committed.cend(), [](const Message &m) {
            return m.numerus;
        });
        QVERIFY2(anyNumerus, "no plural (%n) entry in newsdesk_de.ts: the plural check would prove nothing");
    }

    void shouldGiveEveryEnglishPluralBothForms()
    {
        // WHEN a plural string is new or changed, lupdate -pluralonly adds it unfinished
        const QStringList missing = describe(m_currentEn, [](const Message &m) {
            return m.type == "unfinished"_L1 || m.type == "vanished"_L1 || m.type == "obsolete"_L1;
        });
        QVERIFY2(missing.isEmpty(), qPrintable(u"newsdesk_en.ts is not up to date (run update_translations):\n"_s
                                               + missing.join(u'\n')));
        const QStringList wrong = describe(m_committedEn, [](const Message &m) {
            return !m.numerus || m.type == "unfinished"_L1 || m.forms.size() != 2
                || !m.forms.at(0).contains(u"%n"_s) || !m.forms.at(1).contains(u"%n"_s)
                || m.forms.at(0).contains(u"(s)"_s) || m.forms.at(1).contains(u"(s)"_s);
        });
        QVERIFY2(wrong.isEmpty(), qPrintable(u"English plural entries without two proper forms:\n"_s + wrong.join(u'\n')));
        QVERIFY2(!m_committedEn.isEmpty(), "newsdesk_en.ts holds no plural entry: the check would prove nothing");
    }

private:
    QTemporaryDir m_dir;
    QString m_updated;
    QList<Message> m_committed;
    QList<Message> m_current;
    QList<Message> m_committedEn;
    QList<Message> m_currentEn;
};

QTEST_GUILESS_MAIN(TranslationCompletenessTest)
#include "translationcompletenesstest.moc"
