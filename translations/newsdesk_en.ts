<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleCommands</name>
    <message numerus="yes">
        <source>%n article(s) moved to the trash</source>
        <translation>
            <numerusform>%n article moved to the trash</numerusform>
            <numerusform>%n articles moved to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n article in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n articles in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ArticleImporter</name>
    <message numerus="yes">
        <source>%n tracked change(s) accepted: the article holds the document&apos;s final text.</source>
        <translation>
            <numerusform>%n tracked change accepted: the article holds the document&apos;s final text.</numerusform>
            <numerusform>%n tracked changes accepted: the article holds the document&apos;s final text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracked change(s) rejected: the article holds the text before the changes.</source>
        <translation>
            <numerusform>%n tracked change rejected: the article holds the text before the changes.</numerusform>
            <numerusform>%n tracked changes rejected: the article holds the text before the changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from a document with %n tracked change(s), all accepted: check the text against the author&apos;s final version.</source>
        <translation>
            <numerusform>Imported from a document with %n tracked change, all accepted: check the text against the author&apos;s final version.</numerusform>
            <numerusform>Imported from a document with %n tracked changes, all accepted: check the text against the author&apos;s final version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from a document with %n tracked change(s), all rejected: check the text against the author&apos;s final version.</source>
        <translation>
            <numerusform>Imported from a document with %n tracked change, all rejected: check the text against the author&apos;s final version.</numerusform>
            <numerusform>Imported from a document with %n tracked changes, all rejected: check the text against the author&apos;s final version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The document had %n comment(s); they were not imported (see the import summary).</source>
        <translation>
            <numerusform>The document had %n comment; it was not imported (see the import summary).</numerusform>
            <numerusform>The document had %n comments; they were not imported (see the import summary).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) dropped; their text is kept as paragraphs.</source>
        <translation>
            <numerusform>%n table dropped; its text is kept as paragraphs.</numerusform>
            <numerusform>%n tables dropped; their text is kept as paragraphs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) appended as paragraphs at the end.</source>
        <translation>
            <numerusform>%n footnote appended as a paragraph at the end.</numerusform>
            <numerusform>%n footnotes appended as paragraphs at the end.</numerusform>
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
    <name>ChecklistController</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
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
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n field changed.</numerusform>
            <numerusform>%n fields changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message numerus="yes">
        <source>%n unchanged paragraph(s)</source>
        <translation>
            <numerusform>%n unchanged paragraph</numerusform>
            <numerusform>%n unchanged paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>%1 saved this article (revision %2) while you were editing revision %3. Every change to different fields and paragraphs has been merged; only the %n place(s) below were changed on both sides. Nothing has been overwritten; both versions are kept either way.</source>
        <translation>
            <numerusform>%1 saved this article (revision %2) while you were editing revision %3. Every change to different fields and paragraphs has been merged; only %n place (below) was changed on both sides. Nothing has been overwritten; both versions are kept either way.</numerusform>
            <numerusform>%1 saved this article (revision %2) while you were editing revision %3. Every change to different fields and paragraphs has been merged; only %n places (below) were changed on both sides. Nothing has been overwritten; both versions are kept either way.</numerusform>
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
    <name>ExportConcerns</name>
    <message numerus="yes">
        <source>%n more article(s) not approved.</source>
        <translation>
            <numerusform>%n more article not approved.</numerusform>
            <numerusform>%n more articles not approved.</numerusform>
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
    <name>ImportController</name>
    <message numerus="yes">
        <source>%1 contains %n image(s). Use the first one as the article&apos;s lead photo? Caption, credit and alt text then still need to be written.</source>
        <translation>
            <numerusform>%1 contains %n image. Use it as the article&apos;s lead photo? Caption, credit and alt text then still need to be written.</numerusform>
            <numerusform>%1 contains %n images. Use the first one as the article&apos;s lead photo? Caption, credit and alt text then still need to be written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related item(s) not found</source>
        <translation>
            <numerusform>%n related item not found</numerusform>
            <numerusform>%n related items not found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthChecks</name>
    <message numerus="yes">
        <source>The kicker has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>The kicker has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
            <numerusform>The kicker has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The headline has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>The headline has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
            <numerusform>The headline has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The teaser has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>The teaser has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
            <numerusform>The teaser has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The caption has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>The caption has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
            <numerusform>The caption has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alternative text has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>The alternative text has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
            <numerusform>The alternative text has %1 characters, %n more than the newsroom&apos;s limit of %2.</numerusform>
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
    <name>LengthStatus</name>
    <message numerus="yes">
        <source>Lines at %n character(s) a line</source>
        <translation>
            <numerusform>Lines at %n character a line</numerusform>
            <numerusform>Lines at %n characters a line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthTargetStatus</name>
    <message numerus="yes">
        <source>%n line(s) too long</source>
        <translation>
            <numerusform>%n line too long</numerusform>
            <numerusform>%n lines too long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n character too long</numerusform>
            <numerusform>%n characters too long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) too long</source>
        <translation>
            <numerusform>%n word too long</numerusform>
            <numerusform>%n words too long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) to go</source>
        <translation>
            <numerusform>%n more line to go</numerusform>
            <numerusform>%n more lines to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) to go</source>
        <translation>
            <numerusform>%n more character to go</numerusform>
            <numerusform>%n more characters to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more word(s) to go</source>
        <translation>
            <numerusform>%n more word to go</numerusform>
            <numerusform>%n more words to go</numerusform>
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
    <name>PandocConverter</name>
    <message numerus="yes">
        <source>pandoc did not finish converting the document within %n second(s); the document may be damaged or built to exhaust the computer.</source>
        <translation>
            <numerusform>pandoc did not finish converting the document within %n second; the document may be damaged or built to exhaust the computer.</numerusform>
            <numerusform>pandoc did not finish converting the document within %n seconds; the document may be damaged or built to exhaust the computer.</numerusform>
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
<context>
    <name>SpellingStatus</name>
    <message numerus="yes">
        <source>%n misspelled word(s)</source>
        <translation>
            <numerusform>%n misspelled word</numerusform>
            <numerusform>%n misspelled words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypographyDesk</name>
    <message numerus="yes">
        <source>Typography: %n change(s)</source>
        <translation>
            <numerusform>Typography: %n change</numerusform>
            <numerusform>Typography: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Typography after the import: %n change(s), saved as a version of its own</source>
        <translation>
            <numerusform>Typography after the import: %n change, saved as a version of its own</numerusform>
            <numerusform>Typography after the import: %n changes, saved as a version of its own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article is stored as it was imported. Typography would change %n place(s): quotes, dashes, ellipses and no-break spaces.</source>
        <translation>
            <numerusform>This article is stored as it was imported. Typography would change %n place: quotes, dashes, ellipses and no-break spaces.</numerusform>
            <numerusform>This article is stored as it was imported. Typography would change %n places: quotes, dashes, ellipses and no-break spaces.</numerusform>
        </translation>
    </message>
</context>
</TS>
