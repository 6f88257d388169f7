#pragma once

#include "articlefield.h"

#include <QList>
#include <QString>

class ArticleForm;
class QTextDocument;
class Typography;

// Typography for the whole open article at once (Edit → Apply Typography to Article): the body
// and every text field become what typing and the export make of them (Typography, the one
// rule set), in the article's language, as one undo step on the form's history. Formats and
// links stay; only quotes, dashes, ellipses and spaces change.
class ArticleTypesetter
{
public:
    explicit ArticleTypesetter(ArticleForm *form);

    // The fields it sets, the body among them (the same as Find and Replace in Article).
    [[nodiscard]] static QList<ArticleField> fields();
    // How many places would change; nothing changes.
    [[nodiscard]] int pendingChanges() const;
    // Applies the rules as one undo step named `undoText`; returns the number of changes
    // (0: nothing to do, no undo step).
    int apply(const QString &undoText);

    // The rules on `length` characters of `document` from `position`, each piece keeping its
    // format, as one edit block when `apply` is true; returns the number of changes.
    static int typesetDocument(QTextDocument *document, const Typography &typography, int position, int length,
                               bool apply);

private:
    [[nodiscard]] Typography typography() const;
    int run(bool apply);

    ArticleForm *m_form;
};
