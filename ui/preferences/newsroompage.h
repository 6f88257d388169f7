#pragma once

#include "settings/newsroomsettings.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

// Preferences → Newsroom: the recommended and hard length of each short field, the column
// width Zeilen are counted in, and the readability hints, as the whole newsroom uses them (NewsroomConfig stores them in the
// database). The hard limit can never be set below the recommended one.
class NewsroomPage : public QWidget
{
    Q_OBJECT

public:
    explicit NewsroomPage(QWidget *parent = nullptr);

    void setSettings(const NewsroomSettings &settings);
    [[nodiscard]] NewsroomSettings settings() const;
    // Shows the values but lets nobody change them, with the reason in the page's note.
    void setReadOnly(const QString &reason);

private:
    struct LimitRow {
        QSpinBox *recommended = nullptr;
        QSpinBox *hard = nullptr;
    };
    QLabel *m_note = nullptr;
    QMap<ArticleField, LimitRow> m_limits;
    QSpinBox *m_lineColumns = nullptr;
    QCheckBox *m_longSentences = nullptr;
    QSpinBox *m_longSentenceWords = nullptr;
    QCheckBox *m_flesch = nullptr;
    QSpinBox *m_fleschMinimum = nullptr;
    QCheckBox *m_longParagraphs = nullptr;
    QSpinBox *m_longParagraphWords = nullptr;
    QCheckBox *m_repeatedStarts = nullptr;
};
