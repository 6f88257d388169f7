<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Newsdesk</source>
        <translation>Über Newsdesk</translation>
    </message>
    <message>
        <source>Desktop editor for German-language newsrooms.</source>
        <translation>Editor für deutschsprachige Redaktionen.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>KDE Sonnet %1 (spell checking with Hunspell)</source>
        <translation>KDE Sonnet %1 (Rechtschreibprüfung mit Hunspell)</translation>
    </message>
    <message>
        <source>Built with Qt and KDE Frameworks. Dictionaries by the Hunspell and LibreOffice communities.</source>
        <translation>Erstellt mit Qt und KDE Frameworks. Wörterbücher von den Gemeinschaften von Hunspell und LibreOffice.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export HTML…</source>
        <translation>Als HTML &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;Fragment…</source>
        <translation>Als &amp;Fragment exportieren…</translation>
    </message>
    <message>
        <source>Export n&amp;injs…</source>
        <translation>Als n&amp;injs exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All Articles…</source>
        <translation>&amp;Alle Artikel exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading (&amp;Level 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;oto</source>
        <translation>F&amp;oto</translation>
    </message>
    <message>
        <source>Related &amp;Links</source>
        <translation>Verwandte &amp;Links</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Unknown database address. Use an SQLite file path or a postgresql:// URL.</source>
        <translation>Unbekannte Datenbankadresse. Bitte einen Pfad zu einer SQLite-Datei oder eine postgresql://-Adresse angeben.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. Example: postgresql://user@host:5432/newsdesk</source>
        <translation>Die PostgreSQL-Adresse ist ungültig. Beispiel: postgresql://benutzer@server:5432/newsdesk</translation>
    </message>
    <message>
        <source>The database address contains a password. Newsdesk never stores passwords: remove it and put the password into ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation>Die Datenbankadresse enthält ein Passwort. Newsdesk speichert nie Passwörter: Bitte das Passwort entfernen und in ~/.pgpass oder in der Umgebungsvariablen PGPASSWORD hinterlegen.</translation>
    </message>
</context>
<context>
    <name>ArticleDiff</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit teaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change publication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change related links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished">%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 is too large to import: %2 MB, at most %3 MB are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleSpelling</name>
    <message>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicChecks</name>
    <message numerus="yes">
        <source>%1 is %n character(s) too long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The headline is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teaser is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byline is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, but no publication time is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the spelling of an article (exit 1 on misspelled words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli check ARTICLE-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled word(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Validation findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to check. Activate one to go to its field.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: newsdesk-cli [--database PATH|URL] COMMAND [ARGS]</source>
        <translation>Aufruf: newsdesk-cli [--database PFAD|URL] BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL (default: the editor&apos;s database)</source>
        <translation>SQLite-Datei oder postgresql://-Adresse (Standard: die Datenbank des Editors)</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unbekannte Option: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli %1 ID (a positive article number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List articles (--section, --status, --search, --trash, --limit, --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli list [--section NAME] [--status STATUS] [--search TEXT] [--trash] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use draft, editing, approved or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be a number of 0 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument for list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every field of an article: show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count, characters and reading time of an article: stats ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading time: %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <source>Newsroom Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in this list are accepted for everyone who uses this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New word, e.g. Selenskyj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one word without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped at “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsroom-dictionary.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export articles as HTML pages or ninjs: export [--format F] [--out DIR] (ID...|--all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli export [--format %1] [--fragment] [--out DIR] [--base-url URL] [--template DIR] [--no-resize] [--no-typography] (ID...|--all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option or missing value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an article ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format: %1 (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give article IDs or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give article IDs or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the articles in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export format %1 is not available.</source>
        <translation>Das Exportformat %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Export To Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export Articles To Folder</source>
        <translation>Artikel in Ordner exportieren</translation>
    </message>
    <message>
        <source>Exporting articles…</source>
        <translation>Artikel werden exportiert …</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Article %1 not found.</source>
        <translation>Artikel %1 nicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n article(s).</source>
        <translation>
            <numerusform>Export nach %n Artikel abgebrochen.</numerusform>
            <numerusform>Export nach %n Artikeln abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a free file name for “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write the unsafe file name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Cannot read the export template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import ninjs, HTML or text files as new drafts: import FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli import FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as draft %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the recommended length</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommended length: at most %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>P&amp;hoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty. Create a sample article that shows every feature?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Not Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk was not closed properly. Unsaved changes to “%1” were kept.

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored after a crash, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this article meanwhile (revision %1). Your text is kept in the journal and offered again at the next start; copy what you need and reopen the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading time: %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (https://…); leave empty to remove the link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Not Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Not Duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Moved to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trash Not Emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk User Guide</source>
        <translation>Newsdesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed.</source>
        <translation>Das Benutzerhandbuch ist nicht installiert.</translation>
    </message>
    <message>
        <source>The article could not be saved; your text is kept in the journal and offered again at the next start. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NinjsExporter</name>
    <message>
        <source>IPTC ninjs (JSON)</source>
        <translation>IPTC ninjs (JSON)</translation>
    </message>
</context>
<context>
    <name>NinjsReader</name>
    <message>
        <source>The required field &quot;uri&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is of type &quot;%1&quot;, not a text article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is too long: %2 characters, at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; is too long: %2 entries, at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a date and time with time zone (like 2024-10-25T08:15:00Z): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional picture &quot;%1&quot; was not imported: an article has one lead photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The associated %1 &quot;%2&quot; was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related item &quot;%1&quot; was not imported: only https and http addresses are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo in &quot;%1&quot; is too large: at most %2 MB are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not imported: its data is not base64-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not imported: its base64 data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not imported: it has no embedded image data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not imported: only embedded photos are read, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large: %1 MB, at most %2 MB are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a ninjs item: it holds no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDictionary</name>
    <message>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the personal dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>The photo %1 does not exist.</source>
        <translation>Das Foto %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The photo %1 is larger than %2 MB.</source>
        <translation>Das Foto %1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read: %2</source>
        <translation>Das Foto %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The photo %1 could not be read completely.</source>
        <translation>Das Foto %1 konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP image. Other formats cannot be used as photos.</source>
        <translation>%1 ist kein JPEG-, PNG- oder WebP-Bild. Andere Formate können nicht als Foto verwendet werden.</translation>
    </message>
    <message>
        <source>This installation cannot read %1 images (the Qt image format plugin is missing).</source>
        <translation>Diese Installation kann keine %1-Bilder lesen (das Qt-Bildformat-Plugin fehlt).</translation>
    </message>
    <message>
        <source>The image %1 is incomplete (the file is cut off). Please export or copy it again.</source>
        <translation>Das Bild %1 ist unvollständig (die Datei ist abgeschnitten). Bitte erneut exportieren oder kopieren.</translation>
    </message>
    <message>
        <source>The image %1 is damaged: %2</source>
        <translation>Das Bild %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The image %1 has %2 × %3 pixels, more than the %4 megapixels allowed. Please reduce it first.</source>
        <translation>Das Bild %1 hat %2 × %3 Pixel, mehr als die erlaubten %4 Megapixel. Bitte zuerst verkleinern.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a photo here
or choose one (JPEG, PNG, WebP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2×%3 px · %4 KB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoRenditions</name>
    <message>
        <source>The photo “%1” cannot be read as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be saved as JPEG: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Export Template Folder</source>
        <translation>Ordner der Exportvorlage</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Writing</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>Spei&amp;cherung</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Author &amp;name:</source>
        <translation>Autoren&amp;name:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>A new interface language applies to windows opened afterwards.</source>
        <translation>Eine neue Oberflächensprache gilt für danach geöffnete Fenster.</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Deutsch (Deutschland)</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Deutsch (Österreich)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Deutsch (Schweiz)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Englisch (USA)</translation>
    </message>
    <message>
        <source>Article &amp;language:</source>
        <translation>Artike&amp;lsprache:</translation>
    </message>
    <message>
        <source>Skip words in ca&amp;pitals (abbreviations such as NATO)</source>
        <translation>Wörter in &amp;Großbuchstaben überspringen (Abkürzungen wie NATO)</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>&amp;Reading rate:</source>
        <translation>Lese&amp;tempo:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>&amp;Kicker at most:</source>
        <translation>&amp;Dachzeile höchstens:</translation>
    </message>
    <message>
        <source>&amp;Headline at most:</source>
        <translation>Ü&amp;berschrift höchstens:</translation>
    </message>
    <message>
        <source>T&amp;easer at most:</source>
        <translation>&amp;Vorspann höchstens:</translation>
    </message>
    <message>
        <source>Alt tex&amp;t at most:</source>
        <translation>Alt&amp;ernativtext höchstens:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Eingebaute Vorlage</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>Te&amp;mplate folder:</source>
        <translation>&amp;Vorlagenordner:</translation>
    </message>
    <message>
        <source>Widths in pixels, separated by commas, each from %1 to %2.</source>
        <translation>Breiten in Pixeln, durch Kommas getrennt, jeweils von %1 bis %2.</translation>
    </message>
    <message>
        <source>&amp;Image widths (px):</source>
        <translation>B&amp;ildbreiten (px):</translation>
    </message>
    <message>
        <source>German &amp;quotation marks („…“)</source>
        <translation>Deutsche Anführungs&amp;zeichen („…“)</translation>
    </message>
    <message>
        <source>&amp;Non-breaking spaces (e.g. before units, in “z. B.”)</source>
        <translation>&amp;Geschützte Leerzeichen (z. B. vor Einheiten, in „z. B.“)</translation>
    </message>
    <message>
        <source>&amp;Ellipsis character (… instead of ...)</source>
        <translation>Aus&amp;lassungszeichen (… statt ...)</translation>
    </message>
    <message>
        <source>An SQLite file, or a PostgreSQL address such as postgresql://user@host/newsdesk (without password: use ~/.pgpass).</source>
        <translation>Eine SQLite-Datei oder eine PostgreSQL-Adresse wie postgresql://benutzer@server/newsdesk (ohne Passwort: dafür ~/.pgpass verwenden).</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>A different database is opened at the next start.</source>
        <translation>Eine andere Datenbank wird beim nächsten Start geöffnet.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Save after a &amp;pause in typing of:</source>
        <translation>Speichern nach einer Tipp&amp;pause von:</translation>
    </message>
    <message>
        <source>Save while typing at least &amp;every:</source>
        <translation>Beim Tippen spätestens speichern all&amp;e:</translation>
    </message>
    <message>
        <source>The base URL must be a complete web address starting with https:// or http://.</source>
        <translation>Die Basis-URL muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Image widths: enter one to %1 numbers from %2 to %3, separated by commas.</source>
        <translation>Bildbreiten: eine bis %1 Zahlen von %2 bis %3 eingeben, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>RelatedLinksEditor</name>
    <message>
        <source>Search articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of this newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Mehr zum Thema” in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepositoryFactory</name>
    <message>
        <source>PostgreSQL databases are not supported yet: %1</source>
        <translation>PostgreSQL-Datenbanken werden noch nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SpellCheckDialog</name>
    <message>
        <source>Check Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;gnore All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;my dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;newsroom dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the dictionary, in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spelling check finished: %n word(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to a dictionary</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>No spell checker is available for %1: install the hunspell dictionary (e.g. hunspell-de-de) and the Sonnet hunspell plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spell checker for %1 accepts every word: its dictionary or backend is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingContextMenu</name>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to newsroom dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlArticleRepository</name>
    <message>
        <source>The database %1 is locked by another program. Nothing was changed; please try again in a moment.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt. Es wurde nichts geändert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>%1 (database error: %2)</source>
        <translation>%1 (Datenbankfehler: %2)</translation>
    </message>
    <message>
        <source>The database %1 could not be read</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written</source>
        <translation>Die Datenbank %1 konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>Die Datenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The database driver %1 is not installed.</source>
        <translation>Der Datenbanktreiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot set up the database %1</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Newsdesk. Please update Newsdesk.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Newsdesk-Version geschrieben. Bitte Newsdesk aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema %2</source>
        <translation>Die Datenbank %1 kann nicht auf Schema %2 aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema %2 (database error: %3)</source>
        <translation>Die Datenbank %1 kann nicht auf Schema %2 aktualisiert werden (Datenbankfehler: %3)</translation>
    </message>
    <message>
        <source>Cannot start writing to the database %1</source>
        <translation>Das Schreiben in die Datenbank %1 kann nicht beginnen</translation>
    </message>
    <message>
        <source>Cannot write to the database %1</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The photo could not be stored in %1.</source>
        <translation>Das Foto konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The photo of article %1 is missing in %2.</source>
        <translation>Das Foto von Artikel %1 fehlt in %2.</translation>
    </message>
    <message>
        <source>There is no article %1 in %2.</source>
        <translation>In %2 gibt es keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Article %1 in %2 is damaged: %3</source>
        <translation>Artikel %1 in %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>The new article could not be stored in %1.</source>
        <translation>Der neue Artikel konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no article %1 in %2; it may have been deleted from the trash.</source>
        <translation>In %2 gibt es keinen Artikel %1; vielleicht wurde er aus dem Papierkorb gelöscht.</translation>
    </message>
    <message>
        <source>Article %1 was saved elsewhere in the meantime (revision %2; you edited revision %3). Nothing was overwritten.</source>
        <translation>Artikel %1 wurde inzwischen an anderer Stelle gespeichert (Fassung %2; Sie haben Fassung %3 bearbeitet). Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>Article %1 has no revision %2 in %3.</source>
        <translation>Artikel %1 hat in %3 keine Fassung %2.</translation>
    </message>
    <message>
        <source>Revision %1 of article %2 is damaged: %3</source>
        <translation>Fassung %1 von Artikel %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>There is no article %1 outside the trash.</source>
        <translation>Außerhalb des Papierkorbs gibt es keinen Artikel %1.</translation>
    </message>
    <message>
        <source>There is no article %1 in the trash.</source>
        <translation>Im Papierkorb gibt es keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Section names must not be empty or repeated: &quot;%1&quot;.</source>
        <translation>Ressortnamen dürfen weder leer sein noch doppelt vorkommen: „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single word.</source>
        <translation>„%1“ ist kein einzelnes Wort.</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>Cannot create the database %1: %2 is not a folder.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: permission denied.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a Newsdesk database. It was left unchanged.</source>
        <translation>Die Datei %1 ist leer; sie ist keine Newsdesk-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Newsdesk database or it is damaged. It was left unchanged.</source>
        <translation>Die Datei %1 ist keine Newsdesk-Datenbank oder beschädigt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The file %1 is not a Newsdesk database or it is damaged (%2). It was left unchanged.</source>
        <translation>Die Datei %1 ist keine Newsdesk-Datenbank oder beschädigt (%2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Newsdesk (schema %2, this version knows %3). Please update Newsdesk.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Newsdesk-Version geschrieben (Schema %2, diese Version kennt %3). Bitte Newsdesk aktualisieren.</translation>
    </message>
    <message>
        <source>%1 is a database of another program. Newsdesk does not open it, so that it stays unchanged.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms. Newsdesk öffnet sie nicht, damit sie unverändert bleibt.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The placeholder &quot;%1&quot; is still in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder &quot;TK&quot; (to come) is still in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kicker has %1 characters; at most %2 are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline has %1 characters; at most %2 are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teaser has %1 characters; at most %2 are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no alternative text for blind and visually impaired readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternative text has %1 characters; at most %2 are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternative text repeats the caption; describe what the photo shows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternative text is only the file name; describe what the photo shows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subheading is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related link %1 points to this article itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related link %1 repeats an earlier link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related link %1 has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related link %1 is not a web address (only https and http are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related link %1 is not encrypted; use https if the site offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related link %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
</context>
</TS>
