#pragma once

#include <QObject>

class AppActions;
class AppSettings;
class ArticleForm;
class ArticleSession;
class ImportController;
class QDockWidget;
class QLabel;
class QMainWindow;
class QPushButton;

// Typography beyond the keystroke, in one object so that the window needs two lines for it:
// Edit → Apply Typography to Article (one undo step, "12 changes" in the status bar), and for
// an article just imported a bar above the form that offers it, because an agency item is
// stored as it came and never changed silently. With the preference "right after an import"
// the typography is applied at once and saved as a version of its own, so that the history
// keeps the agency's text. It also passes the typing preferences on to TypographyTyping.
class TypographyDesk : public QObject
{
    Q_OBJECT

public:
    TypographyDesk(AppActions *actions, ArticleForm *form, ArticleSession *session, ImportController *importer,
                   QMainWindow *window);

    void setSettings(const AppSettings *settings);

    // Applies the rules to the open article; returns the number of changes.
    int applyToArticle();
    [[nodiscard]] QDockWidget *offerBar() const { return m_bar; }
    [[nodiscard]] QString offerText() const;
    [[nodiscard]] QPushButton *offerButton() const { return m_applyButton; }
    // What the last application said ("12 changes"), for tests.
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }

private:
    void applySettings();
    void imported(qint64 lastImportedId);
    void say(const QString &text);

    ArticleForm *m_form;
    ArticleSession *m_session;
    QMainWindow *m_window;
    const AppSettings *m_settings = nullptr;
    QDockWidget *m_bar;
    QLabel *m_offer;
    QPushButton *m_applyButton;
    qint64 m_offeredId = 0;
    QString m_lastMessage;
};
