#pragma once

#include <QUndoCommand>

class QTextDocument;
class QUndoStack;

// The body's part of "Replace all" on the form's undo stack. The replacement itself is one
// edit block in the body document (its own undo); this command steps that block back and
// forth, so that one Ctrl+Z takes back the body and every field together.
class BodyReplaceCommand : public QUndoCommand
{
public:
    explicit BodyReplaceCommand(QTextDocument *document, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // Whether the next undo (or redo) of `stack` takes back (or repeats) the body's latest (or
    // next) edit block: then Ctrl+Z in the body goes through the form's history, so that the
    // fields changed in the same step follow.
    [[nodiscard]] static bool ownsNextBodyStep(const QUndoStack *stack, const QTextDocument *document, bool redo);

private:
    QTextDocument *m_document;
    int m_steps; // the document's undo steps right after the change, its undo or its redo
    bool m_undone = false;
    bool m_applied = true; // pushed after the document already changed
};
