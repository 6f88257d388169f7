#pragma once

#include "article.h"
#include "export/exporterregistry.h"
#include "export/exportoptions.h"

#include <QObject>

class AppSettings;
class ArticleRepository;
class DialogInterface;
class QProgressDialog;
class QWidget;

// The editor's File → Export commands: one article or a batch into a folder the user chooses,
// through the ExporterRegistry's formats and FolderExport's atomic writes. The folder is asked
// through the window's DialogInterface, so that tests never open a blocking dialog.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent);

    void setSettings(const AppSettings *settings) { m_settings = settings; }
    [[nodiscard]] const ExporterRegistry &registry() const { return m_registry; }

    // The export options from the preferences (defaults without settings).
    [[nodiscard]] ExportOptions options() const;
    [[nodiscard]] static ExportOptions optionsFrom(const AppSettings *settings);

    // Asks for a folder and exports the article there; reports through message().
    // fragment: HTML only, the <article> element. Returns the main file or an empty string.
    QString exportArticle(const Article &article, const QString &formatId, bool fragment = false);
    // Asks for a folder and exports these articles (loaded from the repository) with a
    // cancellable progress dialog. Returns the number exported.
    int exportArticles(const QList<qint64> &ids, const QString &formatId);
    // The batch's progress dialog while a batch runs (tests cancel it from progressed()).
    [[nodiscard]] QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    // A status-bar text: success or a clear error.
    void message(const QString &text);
    // After each article of a batch.
    void progressed(int done, int total);

private:
    [[nodiscard]] ExportRequest requestFor(const Article &article) const;

    ArticleRepository *m_repository;
    DialogInterface *m_dialogs;
    QWidget *m_parent;
    const AppSettings *m_settings = nullptr;
    ExporterRegistry m_registry;
    QProgressDialog *m_progress = nullptr;
};
