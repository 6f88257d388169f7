<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleFindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n field(s)</source>
        <translation>
            <numerusform>in %n field</numerusform>
            <numerusform>in %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasicChecks</name>
    <message numerus="yes">
        <source>%1 is %n character(s) too long.</source>
        <translation>
            <numerusform>%1 is %n character too long.</numerusform>
            <numerusform>%1 is %n characters too long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n misspelled word(s).</source>
        <translation>
            <numerusform>%n misspelled word.</numerusform>
            <numerusform>%n misspelled words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source>%n point(s) to check. Activate one to go to its field.</source>
        <translation>
            <numerusform>%n point to check. Activate one to go to its field.</numerusform>
            <numerusform>%n points to check. Activate one to go to its field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message numerus="yes">
        <source>%n article(s) copied and verified.</source>
        <translation>
            <numerusform>%n article copied and verified.</numerusform>
            <numerusform>%n articles copied and verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n article(s).</source>
        <translation>
            <numerusform>Exported %n article.</numerusform>
            <numerusform>Exported %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Export cancelled: %n of %1 article(s) written to %2.</source>
        <translation>
            <numerusform>Export cancelled: %n of %1 articles written to %2.</numerusform>
            <numerusform>Export cancelled: %n of %1 articles written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>Exported %n article to %1</numerusform>
            <numerusform>Exported %n articles to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n word</numerusform>
            <numerusform>%1 · %2 · %3 · %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message numerus="yes">
        <source>%n character(s) over the recommended length</source>
        <translation>
            <numerusform>%n character over the recommended length</numerusform>
            <numerusform>%n characters over the recommended length</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommended length: at most %n character(s)</source>
        <translation>
            <numerusform>Recommended length: at most %n character</numerusform>
            <numerusform>Recommended length: at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthText</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) without spaces</source>
        <translation>
            <numerusform>%n character without spaces</numerusform>
            <numerusform>%n characters without spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading time: %n min</source>
        <translation>
            <numerusform>Reading time: %n min</numerusform>
            <numerusform>Reading time: %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n article in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n articles in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled word(s)</source>
        <translation>
            <numerusform>%n misspelled word</numerusform>
            <numerusform>%n misspelled words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the trash</source>
        <translation>
            <numerusform>%n article moved to the trash</numerusform>
            <numerusform>%n articles moved to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines at %n character(s) a line</source>
        <translation>
            <numerusform>Lines at %n character a line</numerusform>
            <numerusform>Lines at %n characters a line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceCommand</name>
    <message numerus="yes">
        <source>Article %1 (%2): %n replacement(s)</source>
        <translation>
            <numerusform>Article %1 (%2): %n replacement</numerusform>
            <numerusform>Article %1 (%2): %n replacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n replacement(s) would be made</source>
        <translation>
            <numerusform>Dry run: %n replacement would be made</numerusform>
            <numerusform>Dry run: %n replacements would be made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) made</source>
        <translation>
            <numerusform>%n replacement made</numerusform>
            <numerusform>%n replacements made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s).</source>
        <translation>
            <numerusform>in %n article.</numerusform>
            <numerusform>in %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellCheckDialog</name>
    <message numerus="yes">
        <source>Spelling check finished: %n word(s) found</source>
        <translation>
            <numerusform>Spelling check finished: %n word found</numerusform>
            <numerusform>Spelling check finished: %n words found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ignored</source>
        <translation>
            <numerusform>%n ignored</numerusform>
            <numerusform>%n ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to a dictionary</source>
        <translation>
            <numerusform>%n added to a dictionary</numerusform>
            <numerusform>%n added to a dictionary</numerusform>
        </translation>
    </message>
</context>
</TS>
