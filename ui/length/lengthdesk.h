#pragma once

#include "validation/checklistfinding.h"

#include <QList>
#include <QObject>

struct Article;
struct TextMetrics;
class ArticleForm;
class ArticleRepository;
class InvisibleMarks;
class LengthStatus;
class LengthTargetLabel;
class NewsroomConfig;
class QStatusBar;

// The copy desk's tools around the form, in one object so the main window needs only a few
// lines for them: the newsroom's rules (NewsroomConfig: field limits for the counters, the
// checklist and the Published status; the column width the status bar counts Zeilen in;
// readability hints), the length-target verdict in the status bar, and View → Show Invisible
// Characters in every field.
class LengthDesk : public QObject
{
    Q_OBJECT

public:
    LengthDesk(ArticleRepository *repository, ArticleForm *form, LengthStatus *length, QStatusBar *statusBar,
               QObject *parent = nullptr);

    [[nodiscard]] NewsroomConfig *newsroom() const { return m_newsroom; }
    [[nodiscard]] InvisibleMarks *invisibleMarks() const { return m_invisibles; }
    [[nodiscard]] LengthTargetLabel *targetLabel() const { return m_targetLabel; }

    // The status bar's verdict for the open article, from the counts the status bar shows.
    void updateTarget(const TextMetrics &article);
    // The checklist's findings: the Validator with the newsroom's limits, the length target
    // and the readability hints, Zeilen counted as the status bar counts them.
    [[nodiscard]] QList<ChecklistFinding> findings(const Article &article) const;

Q_SIGNALS:
    // The newsroom's rules changed: the checklist must be checked again.
    void changed();

private:
    void applyNewsroom();

    ArticleForm *m_form;
    LengthStatus *m_length;
    NewsroomConfig *m_newsroom;
    LengthTargetLabel *m_targetLabel;
    InvisibleMarks *m_invisibles;
};
