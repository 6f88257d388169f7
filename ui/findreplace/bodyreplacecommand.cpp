#include "findreplace/bodyreplacecommand.h"

#include <QTextDocument>

BodyReplaceCommand::BodyReplaceCommand(QTextDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
}

void BodyReplaceCommand::undo()
{
    m_document->undo();
}

void BodyReplaceCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_document->redo();
}
