#pragma once

#include <QUndoCommand>

class QTextDocument;

// The body's part of "Replace all" on the form's undo stack. The replacement itself is one
// edit block in the body document (its own undo); this command steps that block back and
// forth, so that one Ctrl+Z takes back the body and every field together.
class BodyReplaceCommand : public QUndoCommand
{
public:
    explicit BodyReplaceCommand(QTextDocument *document, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    QTextDocument *m_document;
    bool m_applied = true; // pushed after the document already changed
};
