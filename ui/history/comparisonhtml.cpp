#include "history/comparisonhtml.h"

#include "body/htmlwriter.h"
#include "compare/articlecomparison.h"

using namespace Qt::StringLiterals;

namespace {
const QString insertedStyle = u"background-color:#c8f0c8; color:#0b4f0b; text-decoration:underline"_s;
const QString deletedStyle = u"background-color:#f7cdcd; color:#7a0c0c; text-decoration:line-through"_s;

bool blank(const QString &text)
{
    return !text.isEmpty() && text.trimmed().isEmpty();
}

// Unchanged text keeps its paragraphs, with a gap between them as in the editor.
QString sameHtml(const QString &text)
{
    return HtmlWriter::escape(text).replace(u'\n', u"<br><br>"_s);
}

// Changed text reads as text; only a change made of nothing but whitespace shows its spaces
// (␣), and a changed line break shows as ¶, so that such a change is seen rather than guessed.
QString changedHtml(const QString &text)
{
    const bool visibleSpaces = blank(text);
    QString html;
    for (const QChar c : text) {
        if (c == u'\n')
            html += u"¶<br>"_s;
        else if (visibleSpaces && (c == u' ' || c == QChar::Nbsp))
            html += c == u' ' ? u"␣"_s : u"°"_s;
        else if (visibleSpaces && c == u'\t')
            html += u"→"_s;
        else
            html += HtmlWriter::escape(QString(c));
    }
    return html;
}

// In a long unchanged stretch of a field only the paragraph next to each change stays; the
// rest folds into one line that says how many paragraphs were left out.
QList<DiffSegment> folded(const QList<DiffSegment> &segments)
{
    QList<DiffSegment> result;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const DiffSegment &segment = segments.at(i);
        const QStringList lines = segment.text.split(u'\n');
        const bool changeBefore = i > 0;
        const bool changeAfter = i + 1 < segments.size();
        const qsizetype head = changeBefore ? 2 : 0; // the rest of the changed line and one more
        const qsizetype tail = changeAfter ? 2 : 0; // one more and the start of the changed line
        if (segment.kind != DiffSegment::Kind::Same || lines.size() <= head + tail + 1) {
            result.append(segment);
            continue;
        }
        const qsizetype hidden = lines.size() - head - tail;
        QStringList kept = lines.mid(0, head);
        kept.append(u"\u22EF "_s + ComparisonHtml::tr("%n unchanged paragraph(s)", nullptr, int(hidden)) + u" \u22EF"_s);
        kept.append(lines.mid(lines.size() - tail));
        result.append({DiffSegment::Kind::Same, kept.join(u'\n')});
    }
    return result;
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

QString ComparisonHtml::render(const ArticleComparison &comparison, Fields fields, Context context)
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
        QString text = segmentsHtml(context == Context::Folded && changed ? folded(field.segments) : field.segments);
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
