// Helper for journalrecoverytest: writes journal entries into the database given as argument,
// as an editor's autosave would, and reports each one after it was committed, until killed.
#include "articlerepository.h"
#include "storage/repositoryfactory.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: newsdesk-journal-writer DATABASE\n");
        return 2;
    }
    RepositoryOpening opening = RepositoryFactory::open(app.arguments().at(1));
    if (!opening.repository) {
        std::fprintf(stderr, "%s\n", qPrintable(opening.error));
        return 1;
    }
    Article draft;
    draft.headline = u"Entwurf über die Übergangsfinanzierung"_s;
    QString body;
    // Bounded, so that a test that dies before killing us leaves no process behind for long.
    for (int entry = 1; entry <= 20000; ++entry) {
        body += u"<p>Absatz %1: Die Straßenbahn fährt größere Bögen.</p>"_s.arg(entry);
        draft.bodyHtml = body;
        draft.kicker = u"Fassung %1"_s.arg(entry);
        if (!opening.repository->writeJournal(draft)) {
            std::fprintf(stderr, "%s\n", qPrintable(opening.repository->lastError()));
            return 1;
        }
        std::printf("geschrieben %d\n", entry);
        std::fflush(stdout);
    }
    return 0;
}
