#include "editor/formeditcommand.h"

#include "editor/articleform.h"

namespace {
bool isTypedField(ArticleField field)
{
    switch (field) {
    case ArticleField::Kicker:
    case ArticleField::Headline:
    case ArticleField::Teaser:
    case ArticleField::Byline:
    case ArticleField::Dateline:
    case ArticleField::Tags:
    case ArticleField::Section:
    case ArticleField::PhotoCaption:
    case ArticleField::PhotoCredit:
    case ArticleField::PhotoAlt:
        return true;
    default:
        return false;
    }
}

QString describe(ArticleField field)
{
    switch (field) {
    case ArticleField::Section: return ArticleForm::tr("Edit section");
    case ArticleField::Kicker: return ArticleForm::tr("Edit kicker");
    case ArticleField::Headline: return ArticleForm::tr("Edit headline");
    case ArticleField::Teaser: return ArticleForm::tr("Edit teaser");
    case ArticleField::Byline: return ArticleForm::tr("Edit byline");
    case ArticleField::Dateline: return ArticleForm::tr("Edit dateline");
    case ArticleField::Published: return ArticleForm::tr("Change publication time");
    case ArticleField::Status: return ArticleForm::tr("Change status");
    case ArticleField::Tags: return ArticleForm::tr("Edit tags");
    case ArticleField::Language: return ArticleForm::tr("Change language");
    case ArticleField::Photo: return ArticleForm::tr("Change photo");
    case ArticleField::PhotoCaption: return ArticleForm::tr("Edit caption");
    case ArticleField::PhotoCredit: return ArticleForm::tr("Edit credit");
    case ArticleField::PhotoAlt: return ArticleForm::tr("Edit alt text");
    case ArticleField::Related: return ArticleForm::tr("Change related links");
    case ArticleField::Body: break;
    }
    return ArticleForm::tr("Edit");
}
} // namespace

FormEditCommand::FormEditCommand(ArticleForm *form, ArticleField field, const Article &before, const Article &after)
    : m_form(form)
    , m_field(field)
    , m_before(before)
    , m_after(after)
{
    setText(describe(field));
}

void FormEditCommand::undo()
{
    // Only this command's field: the other fields may have changed meanwhile on another
    // undo history (the side panel's), and those changes stay.
    m_form->applyField(m_before, m_field);
}

void FormEditCommand::redo()
{
    // QUndoStack::push() calls redo(); the widget already shows the change then.
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_form->applyField(m_after, m_field);
}

int FormEditCommand::id() const
{
    return m_mergeable && isTypedField(m_field) ? 1000 + int(m_field) : -1;
}

bool FormEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const FormEditCommand *>(other);
    if (edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    return true;
}
