#include "newsroomrole.h"

using namespace Qt::StringLiterals;

NewsroomRole NewsroomRole::fromDatabaseName(const QString &name)
{
    if (name == u"admin"_s)
        return NewsroomRole(Admin);
    if (name == u"editor"_s)
        return NewsroomRole(Editor);
    return NewsroomRole(Writer);
}

QString NewsroomRole::label() const
{
    switch (m_kind) {
    case Writer:
        return tr("Writer");
    case Editor:
        return tr("Editor (Chef vom Dienst)");
    case Admin:
        break;
    }
    return tr("Administrator");
}
