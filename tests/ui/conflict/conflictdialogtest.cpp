#include "conflict/conflictdialog.h"
#include "postgresserver.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ConflictChoice)

// The conflict dialog on a real PostgreSQL server: Anna and Jörg edit the same revision, Anna
// saves first, Jörg's save conflicts and he chooses.
class ConflictDialogTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    int m_databases = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void shouldResolveConflictWithoutLosingWords_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<ConflictChoice>("choice");
        QTest::addColumn<QString>("currentHeadline");
        QTest::newRow("nominal: keep mine as a new revision") << u"keepMine"_s << ConflictChoice::KeepMine << u"Jörgs Fassung"_s;
        QTest::newRow("nominal: take theirs") << u"takeTheirs"_s << ConflictChoice::TakeTheirs << u"Annas Fassung"_s;
        QTest::newRow("nominal: copy mine into a new article")
            << u"copyMine"_s << ConflictChoice::CopyMineAsNew << u"Annas Fassung"_s;
    }

    void shouldResolveConflictWithoutLosingWords()
    {
        QFETCH(QString, button);
        QFETCH(ConflictChoice, choice);
        QFETCH(QString, currentHeadline);
        // GIVEN Anna and Jörg on one database, both editing revision 1
        const QString url = m_server.createDatabase(u"konflikt_%1"_s.arg(++m_databases));
        QVERIFY2(!url.isEmpty(), qPrintable(m_server.errorString()));
        auto anna = RepositoryFactory::open(url).repository;
        auto jörg = RepositoryFactory::open(url).repository;
        QVERIFY(anna && jörg);
        Article original;
        original.headline = u"Erste Fassung"_s;
        original.bodyHtml = u"<p>Der Stadtrat tagt.</p>"_s;
        const SaveResult created = anna->save(original, 0);
        QVERIFY2(created.ok(), qPrintable(created.error));
        Article annas = *anna->load(created.id);
        Article jörgs = *jörg->load(created.id);
        annas.headline = u"Annas Fassung"_s;
        jörgs.headline = u"Jörgs Fassung"_s;
        jörgs.bodyHtml = u"<p>Der Stadtrat tagt bis spät.</p>"_s;
        QVERIFY(anna->save(annas, annas.revision).ok());
        const SaveResult conflict = jörg->save(jörgs, jörgs.revision);
        QCOMPARE(conflict.outcome, SaveResult::Outcome::Conflict);

        // WHEN Jörg sees the dialog and picks a choice
        const Article theirs = *jörg->load(created.id);
        ConflictDialog dialog(jörgs, theirs);
        QTableWidget *table = dialog.table();
        QStringList shown;
        for (int row = 0; row < table->rowCount(); ++row)
            shown.append(table->item(row, 1)->text() + u" | "_s + table->item(row, 2)->text());
        QVERIFY2(shown.contains(u"Annas Fassung | Jörgs Fassung"_s), qPrintable(shown.join(u"\n"_s)));
        QVERIFY2(shown.contains(u"Der Stadtrat tagt. | Der Stadtrat tagt bis spät."_s), qPrintable(shown.join(u"\n"_s)));
        auto *pushButton = dialog.findChild<QPushButton *>(button);
        QVERIFY(pushButton);
        pushButton->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.choice() == choice);
        const SaveResult resolved = ConflictResolver::resolve(*jörg, jörgs, *dialog.choice());

        // THEN the conflict is settled, the chosen words are current, and both versions can
        // still be found (as revisions or as the new article)
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(jörg->load(created.id)->headline, currentHeadline);
        QStringList everything;
        const auto articles = jörg->list(ArticleFilter{});
        QVERIFY(articles);
        for (const ArticleSummary &summary : *articles) {
            for (const RevisionInfo &info : jörg->history(summary.id).value_or(QList<RevisionInfo>{}))
                everything.append(jörg->loadRevision(summary.id, info.revision)->bodyHtml + info.headline);
        }
        // A copy carries "(copy)" after the headline, so that the list tells the two apart.
        const bool jörgsKept = std::any_of(everything.cbegin(), everything.cend(), [](const QString &text) {
            return text.startsWith(u"<p>Der Stadtrat tagt bis spät.</p>Jörgs Fassung"_s);
        });
        QVERIFY2(jörgsKept, qPrintable(everything.join(u"\n"_s)));
        QVERIFY2(everything.contains(u"<p>Der Stadtrat tagt.</p>Annas Fassung"_s), qPrintable(everything.join(u"\n"_s)));
        if (choice == ConflictChoice::CopyMineAsNew) {
            QCOMPARE(articles->size(), 2);
            QCOMPARE(resolved.revision, 1);
            QCOMPARE(jörg->load(resolved.id)->headline, u"Jörgs Fassung (copy)"_s);
        }
    }
};

QTEST_MAIN(ConflictDialogTest)
#include "conflictdialogtest.moc"
