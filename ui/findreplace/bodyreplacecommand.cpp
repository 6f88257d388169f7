#include "findreplace/bodyreplacecommand.h"

#include <QTextDocument>
#include <QUndoStack>

BodyReplaceCommand::BodyReplaceCommand(QTextDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_steps(document->availableUndoSteps())
{
}

bool BodyReplaceCommand::ownsNextBodyStep(const QUndoStack *stack, const QTextDocument *document, bool redo)
{
    const QUndoCommand *next = stack->command(redo ? stack->index() : stack->index() - 1);
    if (!next)
        return false;
    QList<const QUndoCommand *> commands{next};
    for (int i = 0; i < next->childCount(); ++i)
        commands.append(next->child(i));
    for (const QUndoCommand *command : std::as_const(commands)) {
        const auto *body = dynamic_cast<const BodyReplaceCommand *>(command);
        if (!body || body->m_document != document)
            continue;
        // Counted right after our own undo and redo: nothing happened in the body since.
        return redo ? body->m_undone && document->isRedoAvailable() && document->availableUndoSteps() == body->m_steps
                    : !body->m_undone && document->availableUndoSteps() == body->m_steps;
    }
    return false;
}

void BodyReplaceCommand::undo()
{
    m_document->undo();
    m_undone = true;
    m_steps = m_document->availableUndoSteps();
}

void BodyReplaceCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_document->redo();
    m_undone = false;
    m_steps = m_document->availableUndoSteps();
}
