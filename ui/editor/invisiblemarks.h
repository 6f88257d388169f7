#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractScrollArea;
class QTextDocument;
class QWidget;

// View → Show Invisible Characters: in every text field, spaces and paragraph ends as Qt
// draws them (QTextOption::ShowTabsAndSpaces, ShowLineAndParagraphSeparators), and on top a
// mark of its own for what a copy editor must see and Qt does not draw: a no-break space
// (U+00A0, U+202F) gets a small bracket below it, a soft hyphen (U+00AD) a "-" above the line.
class InvisibleMarks : public QObject
{
    Q_OBJECT

public:
    explicit InvisibleMarks(QObject *parent = nullptr);

    // Every QTextEdit and QPlainTextEdit below `container` (the form, the photo panel).
    void attachAll(QWidget *container);
    void attach(QAbstractScrollArea *edit);
    [[nodiscard]] bool isShown() const { return m_shown; }
    void setShown(bool shown);

    [[nodiscard]] static bool isMarked(QChar c);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(QAbstractScrollArea *edit);
    void paintMarks(QAbstractScrollArea *edit);

    QList<QPointer<QAbstractScrollArea>> m_edits;
    bool m_shown = false;
    bool m_painting = false;
};
