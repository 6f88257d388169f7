#pragma once

#include <QDialog>

class QTextBrowser;

// Help → User Guide: the German user guide (docs/user-guide.md, compiled in) rendered from
// Markdown, its screenshots scaled to the dialog's width.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

private:
    void fitPictures();

    QTextBrowser *m_browser;
};
