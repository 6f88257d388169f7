#pragma once

#include "articlefield.h"
#include "text/linecounter.h"
#include "validation/validationlimits.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QString>

// What a newsroom decides once for everyone: a recommended and a hard length for each short
// field, the print column Zeilen are counted in, and which readability hints the checklist gives. Stored as key/value rows in the
// database (ArticleRepository::newsroomSettings), so a shared PostgreSQL database carries them
// for the whole newsroom and an SQLite file for itself. Every key has its default and range
// here; values are clamped when read, so a row written by hand cannot break the editor.
struct NewsroomSettings {
    Q_DECLARE_TR_FUNCTIONS(NewsroomSettings)

public:
    struct FieldLimit {
        int recommended = 0; // characters; over it: a warning
        int hard = 0; // characters; over it: no Published status, no export without --force
        bool operator==(const FieldLimit &) const = default;
    };
    struct LimitSetting {
        ArticleField field;
        QLatin1StringView key; // "limits/headline" holds "90/120"
        FieldLimit defaults;
        int minimum;
        int maximum;
    };
    struct IntSetting {
        QLatin1StringView key;
        int defaultValue;
        int minimum;
        int maximum;
    };
    struct BoolSetting {
        QLatin1StringView key;
        bool defaultValue;
    };

    // The limited fields, in the form's order.
    [[nodiscard]] static QList<LimitSetting> limitSettings();
    // The print column Zeilen are counted in ("80 Zeilen à 34 Anschläge"): one width for the
    // whole newsroom, so that every editor, the checklist and newsdesk-cli stats count alike.
    static constexpr IntSetting LineColumns{QLatin1StringView("copydesk/lineColumns"), LineCounter::defaultColumns,
                                            LineCounter::minColumns, LineCounter::maxColumns};
    static constexpr BoolSetting LongSentences{QLatin1StringView("readability/longSentences"), true};
    static constexpr IntSetting LongSentenceWords{QLatin1StringView("readability/longSentenceWords"), 25, 10, 80};
    static constexpr BoolSetting Flesch{QLatin1StringView("readability/flesch"), true};
    // Below this Amstad score the hint is a warning, not only information (0–30: very hard).
    static constexpr IntSetting FleschMinimum{QLatin1StringView("readability/fleschMinimum"), 30, 0, 100};
    static constexpr BoolSetting LongParagraphs{QLatin1StringView("readability/longParagraphs"), true};
    static constexpr IntSetting LongParagraphWords{QLatin1StringView("readability/longParagraphWords"), 150, 30, 1000};
    static constexpr BoolSetting RepeatedStarts{QLatin1StringView("readability/repeatedStarts"), true};
    // Sentences in a row that start with the same word before the checklist says so.
    static constexpr int repeatedStartRun = 3;

    NewsroomSettings(); // the defaults

    [[nodiscard]] static NewsroomSettings fromMap(const QMap<QString, QString> &values);
    [[nodiscard]] QMap<QString, QString> toMap() const;

    [[nodiscard]] FieldLimit limit(ArticleField field) const { return m_limits.value(field); }
    [[nodiscard]] bool hasLimit(ArticleField field) const { return m_limits.contains(field); }
    // Clamped to the field's range, the hard limit never below the recommended one.
    void setLimit(ArticleField field, FieldLimit limit);
    // The recommended limits in the form the Validator and the form's counters take.
    [[nodiscard]] ValidationLimits recommendedLimits() const;
    // Zeilen at the newsroom's column width, with the article language's patterns (or none).
    [[nodiscard]] LineCounter lineCounter(const Hyphenator *hyphenator) const
    {
        return LineCounter(lineColumns, hyphenator);
    }

    int lineColumns = LineColumns.defaultValue;
    bool longSentences = LongSentences.defaultValue;
    int longSentenceWords = LongSentenceWords.defaultValue;
    bool flesch = Flesch.defaultValue;
    int fleschMinimum = FleschMinimum.defaultValue;
    bool longParagraphs = LongParagraphs.defaultValue;
    int longParagraphWords = LongParagraphWords.defaultValue;
    bool repeatedStarts = RepeatedStarts.defaultValue;

    bool operator==(const NewsroomSettings &) const = default;

private:
    QMap<ArticleField, FieldLimit> m_limits;
};
