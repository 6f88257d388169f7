#include "articlerepository.h"
#include "postgresserver.h"
#include "settings/newsroomconfig.h"
#include "storage/newsroomrole.h"
#include "storage/postgresdialect.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Newsroom roles on a real PostgreSQL server with real login roles: the server itself refuses
// what a role may not do, whatever program sends the SQL (PostgreSQL schema 6).
class NewsroomRoleTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QString m_database = u"redaktion"_s;
    qint64 m_ownDraft = 0; // written by the writer herself
    qint64 m_colleagueDraft = 0; // written by the owner

    std::unique_ptr<ArticleRepository> openAs(const QString &role)
    {
        RepositoryOpening opening = RepositoryFactory::open(m_server.url(m_database, role));
        if (!opening.repository)
            qWarning().noquote() << opening.error;
        return std::move(opening.repository);
    }

    static Article draft(const QString &headline)
    {
        Article article;
        article.headline = headline;
        article.bodyHtml = u"<p>Der Stadtrat tagt.</p>"_s;
        return article;
    }

    // Runs SQL as role and returns the server's refusal (empty: it was allowed).
    QString refusal(const QString &role, const QString &sql)
    {
        bool ok = false;
        m_server.psqlAs(m_database, role, sql, &ok);
        return ok ? QString() : m_server.errorString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        // GIVEN the administrator's set-up of docs/postgresql.md: a database, its schema created
        // by the owner, and one login per journalist in the group of her role
        const QString ownerUrl = m_server.createDatabase(m_database);
        QVERIFY2(!ownerUrl.isEmpty(), qPrintable(m_server.errorString()));
        {
            auto owner = RepositoryFactory::open(ownerUrl);
            QVERIFY2(owner.repository, qPrintable(owner.error));
            QCOMPARE(owner.repository->newsroomRole().kind(), NewsroomRole::Admin);
            const SaveResult saved = owner.repository->save(draft(u"Haushalt"_s), 0);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            m_colleagueDraft = saved.id;
        }
        const QList<std::pair<QString, QString>> journalists{
            {u"wanda"_s, u"writer"_s}, {u"eddi"_s, u"editor"_s}, {u"ada"_s, u"admin"_s}};
        for (const auto &[login, group] : journalists) {
            QVERIFY2(m_server.createRole(login, login + u"-geheim"_s, login), qPrintable(m_server.errorString()));
            QVERIFY2(m_server.grantNewsroomRole(m_database, login, group), qPrintable(m_server.errorString()));
        }
    }

    void shouldReadEachLoginsRole_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("kind");
        QTest::newRow("nominal: writer") << u"wanda"_s << int(NewsroomRole::Writer);
        QTest::newRow("nominal: editor") << u"eddi"_s << int(NewsroomRole::Editor);
        QTest::newRow("nominal: admin") << u"ada"_s << int(NewsroomRole::Admin);
        QTest::newRow("nominal: owner") << QString::fromLatin1(PostgresServer::superUser) << int(NewsroomRole::Admin);
    }

    void shouldReadEachLoginsRole()
    {
        QFETCH(QString, login);
        QFETCH(int, kind);
        auto repository = openAs(login);
        QVERIFY(repository);
        QCOMPARE(int(repository->newsroomRole().kind()), kind);
    }

    void shouldLetWriterWriteDraftsAndTrashOnlyHerOwn()
    {
        // GIVEN the writer in the editor's repository
        auto wanda = openAs(u"wanda"_s);
        QVERIFY(wanda);
        // WHEN she writes a draft, edits it and a colleague's draft
        SaveResult own = wanda->save(draft(u"Wanda schreibt"_s), 0);
        QVERIFY2(own.ok(), qPrintable(own.error));
        m_ownDraft = own.id;
        Article mine = *wanda->load(own.id);
        mine.teaser = u"Mit Vorspann."_s;
        own = wanda->save(mine, mine.revision);
        QVERIFY2(own.ok(), qPrintable(own.error));
        Article theirs = *wanda->load(m_colleagueDraft);
        theirs.teaser = u"Ergänzt von Wanda."_s;
        const SaveResult edited = wanda->save(theirs, theirs.revision);
        QVERIFY2(edited.ok(), qPrintable(edited.error));

        // THEN she may trash her own draft but not the colleague's
        QVERIFY2(!wanda->moveToTrash(m_colleagueDraft), "a writer trashed a colleague's draft");
        QVERIFY2(wanda->lastError().contains(u"role in the newsroom"_s), qPrintable(wanda->lastError()));
        QVERIFY2(wanda->moveToTrash(m_ownDraft), qPrintable(wanda->lastError()));
        QVERIFY2(wanda->restoreFromTrash(m_ownDraft), qPrintable(wanda->lastError()));
    }

    void shouldRefuseWriterPublishingThroughTheEditor()
    {
        // GIVEN the writer's own draft
        auto wanda = openAs(u"wanda"_s);
        QVERIFY(wanda);
        Article article = *wanda->load(m_colleagueDraft);
        // WHEN she sets it Published and saves
        article.status = ArticleStatus::Published;
        const SaveResult saved = wanda->save(article, article.revision);
        // THEN the server refuses, with a message in her words, and nothing changed
        QVERIFY2(!saved.ok(), "a writer published");
        QVERIFY2(saved.error.contains(u"role in the newsroom"_s), qPrintable(saved.error));
        QCOMPARE(m_server.psql(m_database, u"SELECT status FROM articles WHERE id = %1"_s.arg(m_colleagueDraft)), u"0"_s);
        QVERIFY2(wanda->moveToTrash(m_ownDraft), qPrintable(wanda->lastError()));
        QVERIFY2(!wanda->emptyTrash(), "a writer emptied the trash");
        QCOMPARE(m_server.psql(m_database, u"SELECT count(*) FROM articles WHERE id = %1"_s.arg(m_ownDraft)), u"1"_s);
        QVERIFY2(wanda->restoreFromTrash(m_ownDraft), qPrintable(wanda->lastError()));
    }

    // Direct SQL, as any program could send it with the writer's login.
    void shouldRefuseWritersDirectSql_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected"); // a part of the server's refusal
        const QString draft = QString::number(m_colleagueDraft);
        QTest::newRow("robustness: publish an article") << u"UPDATE articles SET status = 3 WHERE id = "_s + draft << u"row-level security"_s;
        QTest::newRow("robustness: insert a published article")
            << u"INSERT INTO articles (section, headline, status, created, modified, revision) "
               "VALUES ('', 'x', 3, '2026', '2026', 1)"_s
            << u"row-level security"_s;
        QTest::newRow("robustness: a published revision")
            << u"INSERT INTO revisions (article_id, revision, saved_at, snapshot, status) VALUES ("_s + draft
                   + u", 99, '2026', '{\"status\": 3}', 0)"_s
            << u"row-level security"_s;
        QTest::newRow("robustness: claim a colleague's draft")
            << u"UPDATE articles SET created_by = 'wanda' WHERE id = "_s + draft << u"permission denied"_s;
        QTest::newRow("robustness: trash a colleague's draft")
            << u"UPDATE articles SET trashed_at = '2026' WHERE id = "_s + draft << u"row-level security"_s;
        QTest::newRow("robustness: empty the trash") << u"DELETE FROM articles"_s << u"permission denied"_s;
        QTest::newRow("robustness: delete revisions") << u"DELETE FROM revisions"_s << u"permission denied"_s;
        QTest::newRow("robustness: change a revision") << u"UPDATE revisions SET status = 3"_s << u"permission denied"_s;
        QTest::newRow("robustness: newsroom dictionary")
            << u"INSERT INTO newsroom_words (word) VALUES ('Kyjiw')"_s << u"permission denied"_s;
        QTest::newRow("robustness: sections") << u"DELETE FROM sections"_s << u"permission denied"_s;
        QTest::newRow("robustness: newsroom settings")
            << u"INSERT INTO newsroom_settings (key, value) VALUES ('x', 'y')"_s << u"permission denied"_s;
        QTest::newRow("robustness: migrate a table") << u"ALTER TABLE articles ADD COLUMN x INTEGER"_s << u"must be owner"_s;
        QTest::newRow("robustness: migrate the schema version")
            << u"COMMENT ON SCHEMA public IS 'newsdesk schema 99'"_s << u"must be owner"_s;
        QTest::newRow("robustness: a new table") << u"CREATE TABLE extra (x INTEGER)"_s << u"permission denied"_s;
        QTest::newRow("robustness: switch off the rules")
            << u"ALTER TABLE articles DISABLE ROW LEVEL SECURITY"_s << u"must be owner"_s;
        QTest::newRow("robustness: become an editor") << u"SET ROLE redaktion_editor"_s << u"permission denied"_s;
    }

    void shouldRefuseWritersDirectSql()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString refused = refusal(u"wanda"_s, sql);
        QVERIFY2(refused.contains(expected), qPrintable(u"expected a refusal with '"_s + expected + u"', got: "_s + refused));
        QCOMPARE(m_server.psql(m_database, u"SELECT count(*) FROM articles WHERE status = 3"_s), u"0"_s);
    }

    void shouldRefuseWriterChangingPublishedArticle()
    {
        // GIVEN an article the editor published
        auto eddi = openAs(u"eddi"_s);
        QVERIFY(eddi);
        SaveResult published;
        {
            Article article = draft(u"Veröffentlicht"_s);
            article.status = ArticleStatus::Published;
            published = eddi->save(article, 0);
            QVERIFY2(published.ok(), qPrintable(published.error));
        }
        // WHEN the writer takes it back to a draft, directly or through the editor
        const QString refused = refusal(u"wanda"_s, u"UPDATE articles SET status = 0 WHERE id = %1"_s.arg(published.id));
        auto wanda = openAs(u"wanda"_s);
        QVERIFY(wanda);
        Article article = *wanda->load(published.id);
        article.status = ArticleStatus::Draft;
        const SaveResult saved = wanda->save(article, article.revision);
        // THEN both are refused and the article stays published
        QVERIFY2(refused.contains(u"only an editor"_s), qPrintable(refused));
        QVERIFY2(!saved.ok() && saved.error.contains(u"role in the newsroom"_s), qPrintable(saved.error));
        QCOMPARE(m_server.psql(m_database, u"SELECT status FROM articles WHERE id = %1"_s.arg(published.id)), u"3"_s);
        // (clean up for the other rows: the editor may)
        QVERIFY2(eddi->moveToTrash(published.id), qPrintable(eddi->lastError()));
        QVERIFY2(eddi->emptyTrash().has_value(), qPrintable(eddi->lastError()));
    }

    void shouldLetEditorPublishAndEmptyTrashButNotChangeDictionary()
    {
        auto eddi = openAs(u"eddi"_s);
        QVERIFY(eddi);
        Article article = *eddi->load(m_colleagueDraft);
        article.status = ArticleStatus::Published;
        const SaveResult saved = eddi->save(article, article.revision);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        article = *eddi->load(m_colleagueDraft);
        article.status = ArticleStatus::Approved;
        QVERIFY2(eddi->save(article, article.revision).ok(), qPrintable(eddi->lastError()));
        Article doomed = draft(u"Weg damit"_s);
        const SaveResult created = eddi->save(doomed, 0);
        QVERIFY2(created.ok() && eddi->moveToTrash(created.id), qPrintable(eddi->lastError()));
        QVERIFY2(eddi->emptyTrash().value_or(0) >= 1, qPrintable(eddi->lastError()));
        QVERIFY2(!eddi->addNewsroomWord(u"Kyjiw"_s), "an editor changed the newsroom dictionary");
    }

    void shouldLetAdminChangeDictionaryAndSections()
    {
        auto ada = openAs(u"ada"_s);
        QVERIFY(ada);
        QVERIFY2(ada->addNewsroomWord(u"Kyjiw"_s), qPrintable(ada->lastError()));
        QVERIFY2(ada->newsroomWords().value_or(QStringList()).contains(u"Kyjiw"_s), qPrintable(ada->lastError()));
        QVERIFY2(ada->setSections({u"Politik"_s, u"Lokales"_s}), qPrintable(ada->lastError()));
    }

    void shouldLetOnlyAdminChangeTheColumnWidthForZeilen()
    {
        // GIVEN a writer, an editor and an admin, each in an editor with the newsroom's settings
        auto wanda = openAs(u"wanda"_s);
        auto eddi = openAs(u"eddi"_s);
        auto ada = openAs(u"ada"_s);
        QVERIFY(wanda && eddi && ada);
        NewsroomConfig wandas(wanda.get());
        NewsroomConfig eddis(eddi.get());
        NewsroomConfig adas(ada.get());
        const int before = wandas.settings().lineColumns;
        NewsroomSettings narrow = wandas.settings();
        narrow.lineColumns = before == 28 ? 30 : 28;
        // WHEN the writer and the editor set another width THEN the server refuses, the editor
        // says why, and both keep counting at the newsroom's width
        for (NewsroomConfig *config : {&wandas, &eddis}) {
            QVERIFY2(!config->save(narrow), "only an admin may change the newsroom settings");
            QVERIFY2(config->errorString().contains(u"permission denied"_s), qPrintable(config->errorString()));
            QCOMPARE(config->settings().lineColumns, before);
        }
        // WHEN the admin does THEN everyone reads it
        QVERIFY2(adas.save(narrow), qPrintable(adas.errorString()));
        QVERIFY2(wandas.reload(), qPrintable(wandas.errorString()));
        QCOMPARE(wandas.settings().lineColumns, narrow.lineColumns);
    }

    void shouldLeaveMigrationsToTheOwner()
    {
        // GIVEN a database one schema behind this Newsdesk
        const int current = PostgresDialect().schemaVersion();
        bool ok = false;
        m_server.psql(m_database, u"COMMENT ON SCHEMA public IS 'newsdesk schema %1'"_s.arg(current - 1), &ok);
        QVERIFY(ok);
        // WHEN the writer's and the editor's editors connect
        RepositoryOpening wanda = RepositoryFactory::open(m_server.url(m_database, u"wanda"_s));
        RepositoryOpening eddi = RepositoryFactory::open(m_server.url(m_database, u"eddi"_s));
        m_server.psql(m_database, u"COMMENT ON SCHEMA public IS 'newsdesk schema %1'"_s.arg(current), &ok);
        QVERIFY(ok);
        // THEN neither migrates: they are told that the owner must
        QVERIFY2(!wanda.repository && wanda.error.contains(u"only its owner"_s), qPrintable(wanda.error));
        QVERIFY2(!eddi.repository && eddi.error.contains(u"only its owner"_s), qPrintable(eddi.error));
    }

    void shouldTurnDirectlyGrantedLoginsIntoWriters()
    {
        // GIVEN a login that an older set-up granted the tables directly (every right)
        QVERIFY2(m_server.createRole(u"lotte"_s, u"lotte-geheim"_s, u"Lotte"_s), qPrintable(m_server.errorString()));
        bool ok = false;
        m_server.psql(m_database, u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO lotte"_s, &ok);
        QVERIFY(ok);
        // WHEN the administrator sets the roles up (what the migration does when it may)
        m_server.psql(m_database, u"SELECT newsdesk_setup_roles()"_s, &ok);
        QVERIFY2(ok, qPrintable(m_server.errorString()));
        // THEN she is a writer, and her old DELETE right is gone
        auto lotte = openAs(u"lotte"_s);
        QVERIFY(lotte);
        QCOMPARE(lotte->newsroomRole().kind(), NewsroomRole::Writer);
        const QString refused = refusal(u"lotte"_s, u"DELETE FROM articles"_s);
        QVERIFY2(refused.contains(u"permission denied"_s), qPrintable(refused));
    }

    void shouldKeepEveryoneAnEditorUntilRolesAreSetUp()
    {
        // GIVEN a database whose owner may not create roles (a single-user or older set-up)
        QVERIFY2(m_server.createRole(u"plain"_s, u"plain-geheim"_s, u"Plain"_s), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createRole(u"paul"_s, u"paul-geheim"_s, u"Paul"_s), qPrintable(m_server.errorString()));
        bool ok = false;
        m_server.psql(u"postgres"_s, u"CREATE DATABASE plainroom OWNER plain"_s, &ok);
        QVERIFY2(ok, qPrintable(m_server.errorString()));
        // WHEN the owner opens it (the migration runs) and grants a colleague the tables
        auto owner = RepositoryFactory::open(m_server.url(u"plainroom"_s, u"plain"_s));
        QVERIFY2(owner.repository, qPrintable(owner.error));
        QCOMPARE(owner.repository->newsroomRole().kind(), NewsroomRole::Admin);
        m_server.psql(u"plainroom"_s, u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO paul; "
                                       "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO paul"_s, &ok);
        QVERIFY(ok);
        // THEN there are no group roles, and the colleague may still publish, as before
        QCOMPARE(m_server.psql(u"plainroom"_s, u"SELECT count(*) FROM pg_roles WHERE rolname LIKE 'plainroom_%'"_s), u"0"_s);
        RepositoryOpening paul = RepositoryFactory::open(m_server.url(u"plainroom"_s, u"paul"_s));
        QVERIFY2(paul.repository, qPrintable(paul.error));
        QCOMPARE(paul.repository->newsroomRole().kind(), NewsroomRole::Editor);
        Article article = draft(u"Alles wie früher"_s);
        article.status = ArticleStatus::Published;
        const SaveResult saved = paul.repository->save(article, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
    }
};

QTEST_GUILESS_MAIN(NewsroomRoleTest)
#include "newsroomroletest.moc"
