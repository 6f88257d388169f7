#include "history/comparisonhtml.h"

#include "body/htmlwriter.h"
#include "compare/articlecomparison.h"

using namespace Qt::StringLiterals;

namespace {
const QString insertedStyle = u"background-color:#c8f0c8; color:#0b4f0b; text-decoration:underline"_s;
const QString deletedStyle = u"background-color:#f7cdcd; color:#7a0c0c; text-decoration:line-through"_s;

// Unchanged text keeps its line breaks; changed whitespace becomes visible.
QString sameHtml(const QString &text)
{
    return HtmlWriter::escape(text).replace(u'\n', u"<br>"_s);
}

QString changedHtml(const QString &text)
{
    QString html;
    for (const QChar c : text) {
        if (c == u'\n')
            html += u"¶<br>"_s;
        else if (c == u' ' || c == QChar::Nbsp)
            html += u"␣"_s;
        else if (c == u'\t')
            html += u"→"_s;
        else
            html += HtmlWriter::escape(QString(c));
    }
    return html;
}

QString segmentsHtml(const QList<DiffSegment> &segments)
{
    QString html;
    for (const DiffSegment &segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            html += sameHtml(segment.text);
            break;
        case DiffSegment::Kind::Inserted:
            html += u"<span style=\""_s + insertedStyle + u"\">"_s + changedHtml(segment.text) + u"</span>"_s;
            break;
        case DiffSegment::Kind::Deleted:
            html += u"<span style=\""_s + deletedStyle + u"\">"_s + changedHtml(segment.text) + u"</span>"_s;
            break;
        }
    }
    return html;
}
} // namespace

QString ComparisonHtml::render(const ArticleComparison &comparison, Fields fields)
{
    QString rows;
    for (const FieldComparison &field : comparison.fields()) {
        const bool changed = field.changed();
        if (!changed && fields == Fields::ChangedOnly)
            continue;
        QString note;
        if (field.whitespaceOnly())
            note = tr("only spaces or line breaks changed");
        else if (field.formattingOnly)
            note = tr("only the formatting changed");
        else if (!changed)
            note = tr("unchanged");
        QString text = segmentsHtml(field.segments);
        if (TextDiff::before(field.segments).isEmpty() && TextDiff::after(field.segments).isEmpty())
            text = u"<i>"_s + HtmlWriter::escape(tr("(empty)")) + u"</i>"_s;
        const QString colour = changed ? QString() : u" style=\"color:#808080\""_s;
        rows += u"<tr><td valign=\"top\" width=\"22%\""_s + colour + u"><b>"_s + HtmlWriter::escape(field.label)
                + u"</b>"_s + (note.isEmpty() ? QString() : u"<br><small>"_s + HtmlWriter::escape(note) + u"</small>"_s)
                + u"</td><td valign=\"top\""_s + colour + u">"_s + text + u"</td></tr>"_s;
    }
    if (rows.isEmpty())
        return u"<p>"_s + HtmlWriter::escape(tr("The two versions are identical.")) + u"</p>"_s;
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"_s + rows + u"</table>"_s;
}

QString ComparisonHtml::legend()
{
    return u"<span style=\""_s + insertedStyle + u"\">"_s + HtmlWriter::escape(tr("inserted")) + u"</span> &nbsp; <span style=\""_s
         + deletedStyle + u"\">"_s + HtmlWriter::escape(tr("deleted")) + u"</span> &nbsp; "_s
         + HtmlWriter::escape(tr("␣ space, ¶ line break"));
}
