#include "editor/articletypesetter.h"

#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "export/typography.h"
#include "findreplace/bodyreplacecommand.h"

#include <QComboBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

ArticleTypesetter::ArticleTypesetter(ArticleForm *form)
    : m_form(form)
{
}

QList<ArticleField> ArticleTypesetter::fields()
{
    return {ArticleField::Kicker,   ArticleField::Headline,     ArticleField::Teaser,
            ArticleField::Body,     ArticleField::Byline,       ArticleField::Dateline,
            ArticleField::PhotoCaption, ArticleField::PhotoCredit, ArticleField::PhotoAlt};
}

Typography ArticleTypesetter::typography() const
{
    return Typography(true, Typography::styleFor(m_form->languageCombo()->currentData().toString()));
}

int ArticleTypesetter::pendingChanges() const
{
    return const_cast<ArticleTypesetter *>(this)->run(false);
}

int ArticleTypesetter::apply(const QString &undoText)
{
    if (!m_form->hasArticle() || !m_form->isEditable() || pendingChanges() == 0)
        return 0;
    m_form->beginCompoundEdit(undoText);
    const int changes = run(true);
    m_form->endCompoundEdit();
    return changes;
}

int ArticleTypesetter::run(bool apply)
{
    if (!m_form->hasArticle())
        return 0;
    const Typography rules = typography();
    int total = 0;
    for (const ArticleField field : fields()) {
        if (field == ArticleField::Body) {
            QTextDocument *document = m_form->bodyEditor()->document();
            const int changes = typesetDocument(document, rules, 0, document->characterCount() - 1, apply);
            if (apply && changes > 0)
                m_form->undoStack()->push(new BodyReplaceCommand(document));
            total += changes;
        } else if (auto *edit = qobject_cast<FormLineEdit *>(m_form->fieldWidget(field))) {
            const QString text = edit->text();
            const QString typeset = rules.apply(text);
            if (typeset == text)
                continue;
            total += Typography::countChanges(text, typeset);
            if (apply)
                edit->setText(typeset); // recorded by the form, inside the compound step
        }
    }
    return total;
}

int ArticleTypesetter::typesetDocument(QTextDocument *document, const Typography &typography, int position, int length,
                                       bool apply)
{
    struct Piece {
        int start;
        int length;
        QString text;
        QTextCharFormat format;
    };
    QList<Piece> pieces;
    int changes = 0;
    const int end = position + length;
    for (QTextBlock block = document->findBlock(position); block.isValid() && block.position() < end;
         block = block.next()) {
        const QString paragraph = block.text();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(fragment.position(), position);
            const int to = std::min(fragment.position() + fragment.length(), end);
            if (from >= to)
                continue;
            const QString text = fragment.text().mid(from - fragment.position(), to - from);
            // The character before the piece in its paragraph, so that a quote right after a
            // bold word is still recognised as closing.
            const int inBlock = from - block.position();
            const QString typeset = typography.apply(text, inBlock > 0 ? paragraph.at(inBlock - 1) : QChar());
            if (typeset == text)
                continue;
            changes += Typography::countChanges(text, typeset);
            pieces.append({from, to - from, typeset, fragment.charFormat()});
        }
    }
    if (!apply || pieces.isEmpty())
        return changes;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // From the end, so that the earlier positions stay valid.
    for (auto it = pieces.crbegin(); it != pieces.crend(); ++it) {
        cursor.setPosition(it->start);
        cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->text, it->format);
    }
    cursor.endEditBlock();
    return changes;
}
