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
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>D&amp;uplicate Article</source>
        <translation>Artikel d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>A&amp;usschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find Articles…</source>
        <translation>Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Absatz</translation>
    </message>
    <message>
        <source>&amp;Subheading</source>
        <translation>&amp;Zwischenüberschrift</translation>
    </message>
    <message>
        <source>Subheading (&amp;Level 3)</source>
        <translation>Zwischenüberschrift (&amp;Ebene 3)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Zi&amp;tat</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>A&amp;ufzählung</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb l&amp;eeren…</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>C&amp;heckliste</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Über Newsdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
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
        <source>Pr&amp;eferences…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <source>Ph&amp;oto</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>Related &amp;Links</source>
        <translation>&amp;Mehr zum Thema</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Check &amp;Spelling…</source>
        <translation>&amp;Rechtschreibprüfung…</translation>
    </message>
    <message>
        <source>&amp;Newsroom Dictionary…</source>
        <translation>Redaktions&amp;wörterbuch…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>To Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>Export Se&amp;lected as HTML…</source>
        <translation>Auswah&amp;l als HTML exportieren…</translation>
    </message>
    <message>
        <source>Export Selected as nin&amp;js…</source>
        <translation>Auswahl als nin&amp;js exportieren…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Paste as P&amp;lain Text</source>
        <translation>Als reinen Te&amp;xt einfügen</translation>
    </message>
    <message>
        <source>Find and Replace &amp;in Article…</source>
        <translation>Im Artikel suchen und erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Show &amp;Invisible Characters</source>
        <translation>&amp;Unsichtbare Zeichen anzeigen</translation>
    </message>
    <message>
        <source>Apply T&amp;ypography to Article</source>
        <translation>T&amp;ypografie anwenden</translation>
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
        <source>The database address contains a password. Newsdesk never stores passwords: remove it and put the password into ~/.pgpass or the file the PGPASSFILE environment variable names.</source>
        <translation>Die Datenbankadresse enthält ein Passwort. Newsdesk speichert nie Passwörter: Bitte das Passwort entfernen und in ~/.pgpass oder in der Datei hinterlegen, die die Umgebungsvariable PGPASSFILE nennt.</translation>
    </message>
</context>
<context>
    <name>ArticleChangeListener</name>
    <message>
        <source>Cannot open the database %1 (database error: %2)</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden (Datenbankfehler: %2)</translation>
    </message>
    <message>
        <source>Cannot listen for changes in %1 (database error: %2)</source>
        <translation>Änderungen in %1 können nicht verfolgt werden (Datenbankfehler: %2)</translation>
    </message>
    <message>
        <source>The connection to %1 for live updates was lost (database error: %2)</source>
        <translation>Die Verbindung zu %1 für Live-Aktualisierungen ist abgebrochen (Datenbankfehler: %2)</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message numerus="yes">
        <source>%n article(s) moved to the trash</source>
        <translation>
            <numerusform>%n Artikel in den Papierkorb verschoben</numerusform>
            <numerusform>%n Artikel in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Artikel im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Artikel im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleComparison</name>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>Mehr zum Thema</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>(kein Foto)</translation>
    </message>
    <message>
        <source>unnamed photo</source>
        <translation>Foto ohne Namen</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>%1 (article %2)</source>
        <translation>%1 (Artikel %2)</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Sperrfrist</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>Ziellänge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>%1 ± %2 %3</source>
        <translation>%1 ± %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
</context>
<context>
    <name>ArticleDiff</name>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>Mehr zum Thema</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Sperrfrist</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>Ziellänge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>ArticleFindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer Ausdr&amp;uck</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>In diesem Artikel suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find and replace (Esc)</source>
        <translation>Suchen und Ersetzen schließen (Esc)</translation>
    </message>
    <message>
        <source>F&amp;ind in article:</source>
        <translation>&amp;Im Artikel suchen:</translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Not found in this article</source>
        <translation>In diesem Artikel nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n field(s)</source>
        <translation>
            <numerusform>in %n Feld</numerusform>
            <numerusform>in %n Feldern</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2 (%3)</source>
        <translation>Treffer %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n Ersetzung</numerusform>
            <numerusform>%n Ersetzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>&amp;Publication:</source>
        <translation>Veröffentlich&amp;ung:</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Ressort:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation>&amp;Dachzeile:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>Über&amp;schrift:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>Autoren&amp;zeile:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schla&amp;gwörter:</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Ressort ändern</translation>
    </message>
    <message>
        <source>Edit kicker</source>
        <translation>Dachzeile bearbeiten</translation>
    </message>
    <message>
        <source>Edit headline</source>
        <translation>Überschrift bearbeiten</translation>
    </message>
    <message>
        <source>Edit teaser</source>
        <translation>Vorspann bearbeiten</translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation>Autorenzeile bearbeiten</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>Ortsmarke bearbeiten</translation>
    </message>
    <message>
        <source>Change publication time</source>
        <translation>Veröffentlichungszeit ändern</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Foto ändern</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Bildunterschrift bearbeiten</translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation>Bildnachweis bearbeiten</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>Alternativtext bearbeiten</translation>
    </message>
    <message>
        <source>Change related links</source>
        <translation>„Mehr zum Thema“ ändern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Te&amp;aser:</source>
        <translation>Vors&amp;pann:</translation>
    </message>
    <message>
        <source>Dateli&amp;ne:</source>
        <translation>Ortsmar&amp;ke:</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Fließtext bearbeiten</translation>
    </message>
    <message>
        <source>Fill in caption and credit from the photo</source>
        <translation>Bildunterschrift und Bildnachweis aus dem Foto übernehmen</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typografie</translation>
    </message>
    <message>
        <source>%1 (no dictionary)</source>
        <translation>%1 (kein Wörterbuch)</translation>
    </message>
    <message>
        <source>Embargo (not be&amp;fore):</source>
        <translation>Sperrfrist &amp;bis:</translation>
    </message>
    <message>
        <source>Cannot Publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>Shorten the text, or ask for the newsroom&apos;s limits to be changed in Preferences → Newsroom.</source>
        <translation>Kürzen Sie den Text, oder lassen Sie die Limits der Redaktion unter Einstellungen → Redaktion ändern.</translation>
    </message>
    <message>
        <source>Change length target</source>
        <translation>Ziellänge ändern</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 is too large to import: %2 MB, at most %3 MB are accepted.</source>
        <translation>Die Datei %1 ist zu groß für den Import: %2 MB, höchstens %3 MB sind erlaubt.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no text to import.</source>
        <translation>Die Datei %1 enthält keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>IPTC ninjs</source>
        <translation>IPTC ninjs</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Textdokument</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>RTF-Dokument</translation>
    </message>
    <message>
        <source>All supported files</source>
        <translation>Alle unterstützten Dateien</translation>
    </message>
    <message>
        <source>This is not a real %1: it does not begin with {\rtf.</source>
        <translation>Dies ist kein echtes %1: Es beginnt nicht mit {\rtf.</translation>
    </message>
    <message>
        <source>The document holds no text to import.</source>
        <translation>Das Dokument enthält keinen Text zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracked change(s) accepted: the article holds the document&apos;s final text.</source>
        <translation>
            <numerusform>%n nachverfolgte Änderung angenommen: Der Artikel enthält den endgültigen Text des Dokuments.</numerusform>
            <numerusform>%n nachverfolgte Änderungen angenommen: Der Artikel enthält den endgültigen Text des Dokuments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracked change(s) rejected: the article holds the text before the changes.</source>
        <translation>
            <numerusform>%n nachverfolgte Änderung abgelehnt: Der Artikel enthält den Text vor der Änderung.</numerusform>
            <numerusform>%n nachverfolgte Änderungen abgelehnt: Der Artikel enthält den Text vor den Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from a document with %n tracked change(s), all accepted: check the text against the author&apos;s final version.</source>
        <translation>
            <numerusform>Aus einem Dokument mit %n nachverfolgten Änderung importiert, angenommen: Text mit der endgültigen Fassung des Autors abgleichen.</numerusform>
            <numerusform>Aus einem Dokument mit %n nachverfolgten Änderungen importiert, alle angenommen: Text mit der endgültigen Fassung des Autors abgleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from a document with %n tracked change(s), all rejected: check the text against the author&apos;s final version.</source>
        <translation>
            <numerusform>Aus einem Dokument mit %n nachverfolgten Änderung importiert, abgelehnt: Text mit der endgültigen Fassung des Autors abgleichen.</numerusform>
            <numerusform>Aus einem Dokument mit %n nachverfolgten Änderungen importiert, alle abgelehnt: Text mit der endgültigen Fassung des Autors abgleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment not imported: %1</source>
        <translation>Kommentar nicht übernommen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The document had %n comment(s); they were not imported (see the import summary).</source>
        <translation>
            <numerusform>Das Dokument hatte %n Kommentar; er wurde nicht übernommen (siehe Import-Übersicht).</numerusform>
            <numerusform>Das Dokument hatte %n Kommentare; sie wurden nicht übernommen (siehe Import-Übersicht).</numerusform>
        </translation>
    </message>
    <message>
        <source>Image not imported: %1</source>
        <translation>Bild nicht in den Text übernommen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) dropped; their text is kept as paragraphs.</source>
        <translation>
            <numerusform>%n Tabelle entfernt; ihr Text steht als Absätze im Artikel.</numerusform>
            <numerusform>%n Tabellen entfernt; ihr Text steht als Absätze im Artikel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) appended as paragraphs at the end.</source>
        <translation>
            <numerusform>%n Fußnote als Absatz ans Ende gestellt.</numerusform>
            <numerusform>%n Fußnoten als Absätze ans Ende gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text contains HTML markup such as „&lt;script&gt;“; it was kept as visible text, nothing of it runs.</source>
        <translation>Der Text enthält HTML-Auszeichnungen wie „&lt;script&gt;“; sie bleiben sichtbarer Text, nichts davon wird ausgeführt.</translation>
    </message>
    <message>
        <source>No headline was recognised; the whole text is in the body and the checklist asks for one.</source>
        <translation>Keine Überschrift erkannt; der ganze Text steht im Haupttext, die Checkliste fragt nach einer Überschrift.</translation>
    </message>
    <message>
        <source>Fonts, colours and page layout are not taken over; fields keep the text they showed.</source>
        <translation>Schriften, Farben und Seitenlayout werden nicht übernommen; Felder behalten den angezeigten Text.</translation>
    </message>
    <message>
        <source>IPTC NewsML-G2</source>
        <translation>IPTC NewsML-G2</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>ein WebP-Bild</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>ein TIFF-Bild</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>an old Microsoft Office document (.doc, .xls)</source>
        <translation>ein altes Microsoft-Office-Dokument (.doc, .xls)</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>eine Binärdatei</translation>
    </message>
    <message>
        <source>XML of another kind (root element &lt;%1&gt;)</source>
        <translation>XML anderer Art (Wurzelelement &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>This file is not imported: it looks like %1. Newsdesk imports ninjs, NewsML-G2, HTML, text, Word, OpenDocument and RTF files.</source>
        <translation>Diese Datei wird nicht importiert: Sie sieht aus wie %1. Newsdesk importiert ninjs-, NewsML-G2-, HTML-, Text-, Word-, OpenDocument- und RTF-Dateien.</translation>
    </message>
    <message>
        <source>The language „%1“ is not a language tag; the article is set to %2.</source>
        <translation>Die Sprache „%1“ ist keine Sprachkennung; der Artikel wird auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>The photo %1 is on another server; it was not fetched. Add it in the editor if it is needed.</source>
        <translation>Das Foto %1 liegt auf einem anderen Server; es wurde nicht abgerufen. Fügen Sie es bei Bedarf im Editor hinzu.</translation>
    </message>
    <message>
        <source>The photo %1 is given as a file, but the import has no folder to read it from.</source>
        <translation>Das Foto %1 ist als Datei angegeben, aber der Import hat keinen Ordner, aus dem es gelesen werden könnte.</translation>
    </message>
    <message>
        <source>The photo %1 was not found beside the imported file.</source>
        <translation>Das Foto %1 wurde neben der importierten Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>The photo %1 lies outside the folder of the imported file; it was not read.</source>
        <translation>Das Foto %1 liegt außerhalb des Ordners der importierten Datei; es wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The photo %1 was not imported: %2</source>
        <translation>Das Foto %1 wurde nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesezeit</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation>Ressortfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle Ressorts</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>Article Not Opened</source>
        <translation>Artikel nicht geöffnet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>No changes to save</source>
        <translation>Keine Änderungen zu speichern</translation>
    </message>
    <message>
        <source>Someone else saved this article meanwhile (revision %1). Your text is kept in the journal and offered again at the next start; copy what you need and reopen the article.</source>
        <translation>Jemand anderes hat diesen Artikel inzwischen gespeichert (Fassung %1). Ihr Text bleibt im Journal und wird beim nächsten Start wieder angeboten; kopieren Sie, was Sie brauchen, und öffnen Sie den Artikel erneut.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Article Not Saved</source>
        <translation>Artikel nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as version %1 at %2</source>
        <translation>Als Version %1 gespeichert, %2 Uhr</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Autosaved %1 in the journal on this computer, not yet saved as a version</source>
        <translation>Um %1 im Journal auf diesem Computer gesichert, noch nicht als Version gespeichert</translation>
    </message>
    <message>
        <source>Restored after a crash, not saved yet</source>
        <translation>Nach einem Absturz wiederhergestellt, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Article Not Created</source>
        <translation>Artikel nicht angelegt</translation>
    </message>
    <message>
        <source>Not saved yet, kept in the journal</source>
        <translation>Noch nicht gespeichert, im Journal gesichert</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Article Not Duplicated</source>
        <translation>Artikel nicht dupliziert</translation>
    </message>
    <message>
        <source>Not Moved to Trash</source>
        <translation>Nicht in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Trash Not Emptied</source>
        <translation>Papierkorb nicht geleert</translation>
    </message>
    <message>
        <source>Revision Not Restored</source>
        <translation>Fassung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Sample Not Created</source>
        <translation>Beispiel nicht angelegt</translation>
    </message>
</context>
<context>
    <name>ArticleSpelling</name>
    <message>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>In Redaktion</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Überschrift</translation>
    </message>
</context>
<context>
    <name>BasicChecks</name>
    <message numerus="yes">
        <source>%1 is %n character(s) too long.</source>
        <translation>
            <numerusform>%1 ist %n Zeichen zu lang.</numerusform>
            <numerusform>%1 ist %n Zeichen zu lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>The headline is missing.</source>
        <translation>Die Überschrift fehlt.</translation>
    </message>
    <message>
        <source>No section is chosen.</source>
        <translation>Es ist kein Ressort gewählt.</translation>
    </message>
    <message>
        <source>The teaser is missing.</source>
        <translation>Der Vorspann fehlt.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>The byline is missing.</source>
        <translation>Die Autorenzeile fehlt.</translation>
    </message>
    <message>
        <source>The kicker</source>
        <translation>Die Dachzeile</translation>
    </message>
    <message>
        <source>The headline</source>
        <translation>Die Überschrift</translation>
    </message>
    <message>
        <source>The teaser</source>
        <translation>Der Vorspann</translation>
    </message>
    <message>
        <source>The photo has no alt text.</source>
        <translation>Das Foto hat keinen Alternativtext.</translation>
    </message>
    <message>
        <source>The alt text</source>
        <translation>Der Alternativtext</translation>
    </message>
    <message>
        <source>The photo has no credit.</source>
        <translation>Das Foto hat keinen Bildnachweis.</translation>
    </message>
    <message>
        <source>The photo has no caption.</source>
        <translation>Das Foto hat keine Bildunterschrift.</translation>
    </message>
    <message>
        <source>Published, but no publication time is set.</source>
        <translation>Veröffentlicht, aber ohne Veröffentlichungszeit.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n misspelled word(s).</source>
        <translation>
            <numerusform>%n falsch geschriebenes Wort.</numerusform>
            <numerusform>%n falsch geschriebene Wörter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling of an article; exit 1 on misspelled words, 5 when no dictionary is installed for its language.</source>
        <translation>Rechtschreibung eines Artikels prüfen; Exit-Code 1 bei Fehlern, 5 wenn für seine Sprache kein Wörterbuch installiert ist.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Validation findings</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Zum Feld springen</translation>
    </message>
    <message>
        <source>Everything is in place.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to check. Activate one to go to its field.</source>
        <translation>
            <numerusform>%n Punkt zu prüfen. Ein Klick darauf springt zum Feld.</numerusform>
            <numerusform>%n Punkte zu prüfen. Ein Klick auf einen Punkt springt zu seinem Feld.</numerusform>
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
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Status „%1“; erlaubt ist einer von: %2.</translation>
    </message>
    <message>
        <source>The limit must be a number of 0 or more, not &quot;%1&quot;.</source>
        <translation>Das Limit muss eine Zahl ab 0 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown argument for list: %1</source>
        <translation>Unbekanntes Argument für list: %1</translation>
    </message>
    <message>
        <source>No articles found.</source>
        <translation>Keine Artikel gefunden.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Mehr zum Thema</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Zeichen: %1</translation>
    </message>
    <message>
        <source>Characters without spaces: %1</source>
        <translation>Zeichen ohne Leerzeichen: %1</translation>
    </message>
    <message>
        <source>Lines at %1 characters: %2</source>
        <translation>Zeilen à %1 Anschläge: %2</translation>
    </message>
    <message>
        <source>The article number.</source>
        <translation>Die Artikelnummer.</translation>
    </message>
    <message>
        <source>give one article number (a positive whole number)</source>
        <translation>bitte eine Artikelnummer angeben (eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is required</source>
        <translation>die Option „%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>Values: %1.</source>
        <translation>Werte: %1.</translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli %1</source>
        <translation>Aufruf: newsdesk-cli %1</translation>
    </message>
    <message>
        <source>&apos;newsdesk-cli help COMMAND&apos; shows the options of a command.</source>
        <translation>„newsdesk-cli help BEFEHL“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Try &apos;newsdesk-cli --help&apos; for more information.</source>
        <translation>Mehr dazu mit „newsdesk-cli --help“.</translation>
    </message>
    <message>
        <source>Try &apos;newsdesk-cli help %1&apos; for more information.</source>
        <translation>Mehr dazu mit „newsdesk-cli help %1“.</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPTIONEN]</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>die Option „%1“ braucht einen Wert</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes no value</source>
        <translation>die Option „%1“ nimmt keinen Wert</translation>
    </message>
    <message>
        <source>List the articles, newest first.</source>
        <translation>Die Artikel auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Only articles of this section.</source>
        <translation>Nur Artikel dieses Ressorts.</translation>
    </message>
    <message>
        <source>Only articles with this status.</source>
        <translation>Nur Artikel mit diesem Status.</translation>
    </message>
    <message>
        <source>Only articles that contain the text.</source>
        <translation>Nur Artikel, die den Text enthalten.</translation>
    </message>
    <message>
        <source>The articles in the trash instead.</source>
        <translation>Stattdessen die Artikel im Papierkorb.</translation>
    </message>
    <message>
        <source>At most N articles.</source>
        <translation>Höchstens N Artikel.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Show every field of an article.</source>
        <translation>Alle Felder eines Artikels anzeigen.</translation>
    </message>
    <message>
        <source>Show words, characters, lines and reading time of an article.</source>
        <translation>Wörter, Zeichen, Zeilen und Lesezeit eines Artikels anzeigen.</translation>
    </message>
    <message>
        <source>Target %1: %2</source>
        <translation>Ziel %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the newsroom settings: %1</source>
        <translation>Die Einstellungen der Redaktion können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CollaborationController</name>
    <message>
        <source>Offline: %1 cannot be reached – your work is kept on this computer</source>
        <translation>Offline: %1 ist nicht erreichbar – Ihre Arbeit bleibt auf diesem Rechner</translation>
    </message>
    <message>
        <source>The shared database cannot be reached (%1). Your work is kept on this computer and saved when the connection is back.</source>
        <translation>Die gemeinsame Datenbank ist nicht erreichbar (%1). Ihre Arbeit bleibt auf diesem Rechner und wird gespeichert, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Login rejected by %1 – check user name and password file; your work is kept on this computer</source>
        <translation>Anmeldung von %1 abgelehnt – bitte Benutzernamen und Passwortdatei prüfen; Ihre Arbeit bleibt auf diesem Rechner</translation>
    </message>
    <message>
        <source>No rights on the shared database – ask the administrator (details in the tooltip)</source>
        <translation>Keine Rechte auf der gemeinsamen Datenbank – bitte an die Administration wenden (Einzelheiten im Tooltip)</translation>
    </message>
    <message>
        <source>No Rights on the Shared Database</source>
        <translation>Keine Rechte auf der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <source>Not saved – %1</source>
        <translation>Nicht gespeichert – %1</translation>
    </message>
    <message>
        <source>%1; you changed the same place – saving will show both versions.</source>
        <translation>%1; Sie haben dieselbe Stelle geändert – beim Speichern werden beide Fassungen gezeigt.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Versions – %1</source>
        <translation>Fassungen vergleichen – %1</translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation>&amp;Unveränderte Felder zeigen</translation>
    </message>
    <message>
        <source>&amp;Earlier version:</source>
        <translation>&amp;Frühere Fassung:</translation>
    </message>
    <message>
        <source>&amp;Later version:</source>
        <translation>&amp;Spätere Fassung:</translation>
    </message>
    <message>
        <source>This version could not be read from the database.</source>
        <translation>Diese Fassung konnte nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>No field differs.</source>
        <translation>Kein Feld unterscheidet sich.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n Feld geändert.</numerusform>
            <numerusform>%n Felder geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>only spaces or line breaks changed</source>
        <translation>nur Leerzeichen oder Zeilenumbrüche geändert</translation>
    </message>
    <message>
        <source>only the formatting changed</source>
        <translation>nur die Formatierung geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The two versions are identical.</source>
        <translation>Die beiden Fassungen sind gleich.</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>␣ space, ¶ line break</source>
        <translation>␣ Leerzeichen, ¶ Zeilenumbruch</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged paragraph(s)</source>
        <translation>
            <numerusform>%n unveränderter Absatz</numerusform>
            <numerusform>%n unveränderte Absätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <source>Print the completion script for bash or zsh.</source>
        <translation>Das Vervollständigungsskript für bash oder zsh ausgeben.</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash oder zsh.</translation>
    </message>
    <message>
        <source>give bash or zsh</source>
        <translation>bitte bash oder zsh angeben</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved elsewhere in the meantime</source>
        <translation>Inzwischen anderswo gespeichert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Keep mine as a new revision</source>
        <translation>Meine als neue Fassung &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Deren Fassung &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Copy mine into a new article</source>
        <translation>Meine in einen neuen Artikel &amp;kopieren</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <source>%1 saved this article (revision %2) while you were editing revision %3. Nothing has been overwritten. Choose how to go on; both versions are kept either way.</source>
        <translation>%1 hat diesen Artikel gespeichert (Fassung %2), während Sie Fassung %3 bearbeitet haben. Nichts wurde überschrieben. Wählen Sie, wie es weitergeht; beide Fassungen bleiben in jedem Fall erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 saved this article (revision %2) while you were editing revision %3. Every change to different fields and paragraphs has been merged; only the %n place(s) below were changed on both sides. Nothing has been overwritten; both versions are kept either way.</source>
        <translation>
            <numerusform>%1 hat diesen Artikel gespeichert (Fassung %2), während Sie Fassung %3 bearbeitet haben. Alle Änderungen an verschiedenen Feldern und Absätzen wurden zusammengeführt; nur %n Stelle (unten) wurde auf beiden Seiten geändert. Nichts wurde überschrieben; beide Fassungen bleiben in jedem Fall erhalten.</numerusform>
            <numerusform>%1 hat diesen Artikel gespeichert (Fassung %2), während Sie Fassung %3 bearbeitet haben. Alle Änderungen an verschiedenen Feldern und Absätzen wurden zusammengeführt; nur %n Stellen (unten) wurden auf beiden Seiten geändert. Nichts wurde überschrieben; beide Fassungen bleiben in jedem Fall erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version of %1 (revision %2)</source>
        <translation>Fassung von %1 (Fassung %2)</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>copy needs --from and --to.</source>
        <translation>copy braucht --from und --to.</translation>
    </message>
    <message>
        <source>Only SQL databases can be copied.</source>
        <translation>Nur SQL-Datenbanken können kopiert werden.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) copied and verified.</source>
        <translation>
            <numerusform>%n Artikel kopiert und geprüft.</numerusform>
            <numerusform>%n Artikel kopiert und geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a whole database, e.g. from sqlite:PATH to postgresql://user@host:port/db (or back).</source>
        <translation>Eine ganze Datenbank kopieren, z. B. von sqlite:PFAD nach postgresql://benutzer@server:port/db (oder zurück).</translation>
    </message>
    <message>
        <source>The database to copy: sqlite:PATH or a postgresql:// URL.</source>
        <translation>Die zu kopierende Datenbank: sqlite:PFAD oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>The database to copy into; it must hold no articles.</source>
        <translation>Die Zieldatenbank; sie darf keine Artikel enthalten.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 already holds articles. Copy only into a new, empty database, so that nothing there is mixed up or overwritten.</source>
        <translation>%1 enthält schon Artikel. Kopieren Sie nur in eine neue, leere Datenbank, damit dort nichts vermischt oder überschrieben wird.</translation>
    </message>
    <message>
        <source>Copying into %1 failed; nothing was changed there (database error: %2)</source>
        <translation>Das Kopieren nach %1 ist fehlgeschlagen; dort wurde nichts geändert (Datenbankfehler: %2)</translation>
    </message>
    <message>
        <source>Cannot start writing to %1: %2</source>
        <translation>Das Schreiben in %1 kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>the newest revision of article %1 is damaged</source>
        <translation>die neueste Fassung von Artikel %1 ist beschädigt</translation>
    </message>
    <message>
        <source>The copy in %1 cannot be read back: %2</source>
        <translation>Die Kopie in %1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>The copy in %1 differs from %2 (counts or checksums).</source>
        <translation>Die Kopie in %1 weicht von %2 ab (Anzahlen oder Prüfsummen).</translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <source>Newsroom Dictionary</source>
        <translation>Redaktionswörterbuch</translation>
    </message>
    <message>
        <source>Words in this list are accepted for everyone who uses this database.</source>
        <translation>Wörter in dieser Liste gelten für alle, die diese Datenbank nutzen, als richtig.</translation>
    </message>
    <message>
        <source>New word, e.g. Selenskyj</source>
        <translation>Neues Wort, z. B. Selenskyj</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Enter one word without spaces.</source>
        <translation>Bitte ein Wort ohne Leerzeichen eingeben.</translation>
    </message>
    <message>
        <source>Could not add “%1”: %2</source>
        <translation>„%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Import Word List</source>
        <translation>Wortliste importieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import stopped at “%1”: %2</source>
        <translation>Import bei „%1“ abgebrochen: %2</translation>
    </message>
    <message>
        <source>Export Word List</source>
        <translation>Wortliste exportieren</translation>
    </message>
    <message>
        <source>newsroom-dictionary.txt</source>
        <translation>redaktionswoerterbuch.txt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Wieder&amp;herstellen: %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Web address (https://…); leave empty to remove the link:</source>
        <translation>Webadresse (https://…); leer lassen, um den Link zu entfernen:</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <source>Edit locks need a shared PostgreSQL database; %1 is not one.</source>
        <translation>Bearbeitungshinweise brauchen eine gemeinsame PostgreSQL-Datenbank; %1 ist keine.</translation>
    </message>
    <message>
        <source>Cannot open the database %1 (database error: %2)</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden (Datenbankfehler: %2)</translation>
    </message>
    <message>
        <source>Cannot announce the open article (database error: %1)</source>
        <translation>Der geöffnete Artikel kann nicht gemeldet werden (Datenbankfehler: %1)</translation>
    </message>
    <message>
        <source>Cannot release the open article (database error: %1)</source>
        <translation>Der geöffnete Artikel kann nicht freigegeben werden (Datenbankfehler: %1)</translation>
    </message>
    <message>
        <source>Cannot read who has the article open (database error: %1)</source>
        <translation>Es lässt sich nicht lesen, wer den Artikel geöffnet hat (Datenbankfehler: %1)</translation>
    </message>
    <message>
        <source>Cannot remove stale edit locks (database error: %1)</source>
        <translation>Veraltete Bearbeitungshinweise können nicht entfernt werden (Datenbankfehler: %1)</translation>
    </message>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>Bearbeitet von %1 seit %2</translation>
    </message>
    <message>
        <source>Being edited by a colleague since %1</source>
        <translation>Wird seit %1 von einer Kollegin oder einem Kollegen bearbeitet</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <source>Being edited by %1</source>
        <translation>Wird bearbeitet von %1</translation>
    </message>
</context>
<context>
    <name>EmbargoCheck</name>
    <message>
        <source>The publication (%1) is before the embargo ends (%2).</source>
        <translation>Die Veröffentlichung (%1) liegt vor dem Ende der Sperrfrist (%2).</translation>
    </message>
    <message>
        <source>Embargo until %1: not before then.</source>
        <translation>Sperrfrist bis %1: nicht früher veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export Anyway?</source>
        <translation>Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Trotzdem exportieren?</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Not an article ID: %1</source>
        <translation>Keine Artikel-ID: %1</translation>
    </message>
    <message>
        <source>Unknown format: %1 (available: %2)</source>
        <translation>Unbekanntes Format: %1 (verfügbar: %2)</translation>
    </message>
    <message>
        <source>Give article IDs or --all, not both.</source>
        <translation>Bitte Artikel-IDs oder --all angeben, nicht beides.</translation>
    </message>
    <message>
        <source>Give article IDs or --all.</source>
        <translation>Bitte Artikel-IDs oder --all angeben.</translation>
    </message>
    <message>
        <source>Cannot list the articles in %1: %2</source>
        <translation>Die Artikel in %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 …</source>
        <translation>Exportiere %1 von %2…</translation>
    </message>
    <message>
        <source>Article %1 not found.</source>
        <translation>Artikel %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Article %1 not found: %2</source>
        <translation>Artikel %1 nicht gefunden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s).</source>
        <translation>
            <numerusform>%n Artikel exportiert.</numerusform>
            <numerusform>%n Artikel exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported; give --force to export anyway.</source>
        <translation>Nicht exportiert; mit --force wird trotzdem exportiert.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Export articles as HTML pages or ninjs.</source>
        <translation>Artikel als HTML-Seiten oder ninjs exportieren.</translation>
    </message>
    <message>
        <source>The format to write (default: html).</source>
        <translation>Das Ausgabeformat (Standard: html).</translation>
    </message>
    <message>
        <source>The folder to write into (default: the current folder).</source>
        <translation>Der Zielordner (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>Export every article.</source>
        <translation>Alle Artikel exportieren.</translation>
    </message>
    <message>
        <source>Write only the &lt;article&gt; element, for pasting into a site&apos;s CMS.</source>
        <translation>Nur das &lt;article&gt;-Element schreiben, zum Einfügen in das CMS einer Website.</translation>
    </message>
    <message>
        <source>The address the pages will have (http or https), for canonical links.</source>
        <translation>Die Adresse, unter der die Seiten erscheinen (http oder https), für kanonische Links.</translation>
    </message>
    <message>
        <source>A folder with page.html, fragment.html or style.css to use instead.</source>
        <translation>Ein Ordner mit page.html, fragment.html oder style.css, die stattdessen verwendet werden.</translation>
    </message>
    <message>
        <source>Copy the original photo only, without resized renditions.</source>
        <translation>Nur das Originalfoto kopieren, ohne verkleinerte Fassungen.</translation>
    </message>
    <message>
        <source>No WebP renditions.</source>
        <translation>Keine WebP-Fassungen.</translation>
    </message>
    <message>
        <source>Keep the photo&apos;s GPS position.</source>
        <translation>Die GPS-Position des Fotos behalten.</translation>
    </message>
    <message>
        <source>Leave quotes, dashes and spaces as they are.</source>
        <translation>Anführungszeichen, Striche und Leerzeichen unverändert lassen.</translation>
    </message>
    <message>
        <source>Export even with the placeholder address www.example.de.</source>
        <translation>Auch mit der Platzhalteradresse www.example.de exportieren.</translation>
    </message>
    <message>
        <source>An article number.</source>
        <translation>Eine Artikelnummer.</translation>
    </message>
    <message>
        <source>--base-url needs an http or https address with a host name and no #: %1</source>
        <translation>--base-url braucht eine http- oder https-Adresse mit Servernamen und ohne #: %1</translation>
    </message>
    <message>
        <source>Article %1 not exported: %2</source>
        <translation>Artikel %1 nicht exportiert: %2</translation>
    </message>
    <message>
        <source>Give --force to export it anyway.</source>
        <translation>Mit --force wird er trotzdem exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportConcerns</name>
    <message>
        <source>The address for canonical links and og:url is the placeholder %1; set the newsroom&apos;s address in Preferences → Export.</source>
        <translation>Die Adresse für kanonische Links und og:url ist der Platzhalter %1; die Adresse der Redaktion wird unter Einstellungen → Export eingetragen.</translation>
    </message>
    <message>
        <source>“%1” is not approved (status: %2).</source>
        <translation>„%1“ ist nicht freigegeben (Status: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more article(s) not approved.</source>
        <translation>
            <numerusform>%n weiterer Artikel nicht freigegeben.</numerusform>
            <numerusform>%n weitere Artikel nicht freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is under embargo until %2.</source>
        <translation>„%1“ hat eine Sperrfrist bis %2.</translation>
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
        <translation>Artikel werden exportiert…</translation>
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
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n of %1 article(s) written to %2.</source>
        <translation>
            <numerusform>Export abgebrochen: %n von %1 Artikeln nach %2 geschrieben.</numerusform>
            <numerusform>Export abgebrochen: %n von %1 Artikeln nach %2 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation>Der Exportordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot find a free file name for “%1” in %2.</source>
        <translation>In %2 gibt es keinen freien Dateinamen für „%1“.</translation>
    </message>
    <message>
        <source>Refusing to write the unsafe file name “%1”.</source>
        <translation>Der unsichere Dateiname „%1“ wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the options of a command.</source>
        <translation>Die Optionen eines Befehls anzeigen.</translation>
    </message>
    <message>
        <source>The command to explain; without it, the list of commands.</source>
        <translation>Der zu erklärende Befehl; ohne ihn die Liste der Befehle.</translation>
    </message>
    <message>
        <source>give one command</source>
        <translation>bitte einen Befehl angeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Revisions</source>
        <translation>Fassungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n Wort</numerusform>
            <numerusform>%1 · %2 · %3 · %n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Fassung %1</translation>
    </message>
    <message>
        <source>R&amp;estore This Revision</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Changes since the selected revision</source>
        <translation>Änderungen seit der gewählten Fassung</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Vergleiche&amp;n…</translation>
    </message>
    <message>
        <source>Compare two versions of this article in a large window</source>
        <translation>Zwei Fassungen dieses Artikels in einem großen Fenster vergleichen</translation>
    </message>
    <message>
        <source>Changes from the selected revision to now:</source>
        <translation>Änderungen von der gewählten Fassung bis jetzt:</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Fassung %1 · %2</translation>
    </message>
    <message>
        <source>Select a revision to see what changed since.</source>
        <translation>Wählen Sie eine Fassung, um zu sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Current state (including unsaved changes)</source>
        <translation>Aktueller Stand (mit ungespeicherten Änderungen)</translation>
    </message>
    <message>
        <source>saved by %1</source>
        <translation>gespeichert von %1</translation>
    </message>
    <message>
        <source>Revision %1 · %2 · %3</source>
        <translation>Fassung %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Revision %1, saved by %2</source>
        <translation>Fassung %1, gespeichert von %2</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Cannot read the export template %1: %2</source>
        <translation>Die Exportvorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>Der Vorlagenordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
</context>
<context>
    <name>Hyphenator</name>
    <message>
        <source>The hyphenation patterns &quot;%1&quot; cannot be read.</source>
        <translation>Die Trennmuster „%1“ können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The hyphenation patterns &quot;%1&quot; cannot be loaded.</source>
        <translation>Die Trennmuster „%1“ können nicht geladen werden.</translation>
    </message>
    <message>
        <source>No hyphenation patterns for %1 (%2) in %3. Install the package hyphen-de.</source>
        <translation>Keine Trennmuster für %1 (%2) in %3. Bitte das Paket hyphen-de installieren.</translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The same item (%1) came earlier in this import.</source>
        <translation>Dieselbe Meldung (%1) kam in diesem Import schon vor.</translation>
    </message>
    <message>
        <source>Version %1 is already here as article %2.</source>
        <translation>Version %1 ist schon als Artikel %2 vorhanden.</translation>
    </message>
    <message>
        <source>Version %1 is older than version %2, which is already here as article %3.</source>
        <translation>Version %1 ist älter als Version %2, die schon als Artikel %3 vorhanden ist.</translation>
    </message>
    <message>
        <source>Would become version %1 of article %2.</source>
        <translation>Würde Version %1 von Artikel %2.</translation>
    </message>
    <message>
        <source>Updated to version %1 (revision %2).</source>
        <translation>Auf Version %1 aktualisiert (Revision %2).</translation>
    </message>
    <message>
        <source>Version %1 was stored as revision %2, but the edited text could not be put back: %3</source>
        <translation>Version %1 wurde als Revision %2 gespeichert, aber der bearbeitete Text konnte nicht wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <source>Edited here since the last import: version %1 is kept as revision %2 in the history; the edited text stays current (revision %3).</source>
        <translation>Seit dem letzten Import hier bearbeitet: Version %1 steht als Revision %2 im Verlauf; der bearbeitete Text bleibt aktuell (Revision %3).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The related items could not be added: %1</source>
        <translation>Die verwandten Artikel konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 skipped</source>
        <translation>%1 importiert, %2 aktualisiert, %3 übersprungen</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>A file to import.</source>
        <translation>Eine zu importierende Datei.</translation>
    </message>
    <message>
        <source>give at least one file</source>
        <translation>bitte mindestens eine Datei angeben</translation>
    </message>
    <message>
        <source>Import ninjs, NewsML-G2, HTML, text, Word (.docx), OpenDocument (.odt) or RTF files; a newer version of an item imported before updates its article.</source>
        <translation>ninjs-, NewsML-G2-, HTML-, Text-, Word- (.docx), OpenDocument- (.odt) oder RTF-Dateien importieren; eine neuere Version einer früher importierten Meldung aktualisiert ihren Artikel.</translation>
    </message>
    <message>
        <source>Say what would be imported, updated or skipped, and write nothing.</source>
        <translation>Sagen, was importiert, aktualisiert oder übersprungen würde, und nichts schreiben.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3) …</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Lead Photo</source>
        <translation>Aufmacherfoto</translation>
    </message>
    <message numerus="yes">
        <source>%1 contains %n image(s). Use the first one as the article&apos;s lead photo? Caption, credit and alt text then still need to be written.</source>
        <translation>
            <numerusform>%1 enthält %n Bild. Soll es das Aufmacherfoto des Artikels werden? Bildunterschrift, Quelle und Alternativtext müssen dann noch geschrieben werden.</numerusform>
            <numerusform>%1 enthält %n Bilder. Soll das erste das Aufmacherfoto des Artikels werden? Bildunterschrift, Quelle und Alternativtext müssen dann noch geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first image became the lead photo.</source>
        <translation>Das erste Bild ist jetzt das Aufmacherfoto.</translation>
    </message>
    <message>
        <source>The first image cannot be the lead photo: %1</source>
        <translation>Das erste Bild kann nicht das Aufmacherfoto werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Exit codes: 0 every file imported, updated or skipped as already there; 2 bad usage; 4 a file was refused (unknown kind, damaged or hostile) or the database cannot be opened or written.</source>
        <translation>Exit-Codes: 0 jede Datei importiert, aktualisiert oder als schon vorhanden übersprungen; 2 falscher Aufruf; 4 eine Datei wurde abgelehnt (unbekannte Art, beschädigt oder bösartig) oder die Datenbank kann nicht geöffnet oder geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; a real import would create it.</source>
        <translation>%1 gibt es noch nicht; ein echter Import würde die Datenbank anlegen.</translation>
    </message>
    <message>
        <source>There is no database at %1, and its folder does not exist.</source>
        <translation>Unter %1 gibt es keine Datenbank, und ihr Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Datenbank %1 angelegt.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Hinweis: %2</translation>
    </message>
    <message>
        <source>%1: would be imported as a draft: %2</source>
        <translation>%1: würde als Entwurf importiert: %2</translation>
    </message>
    <message>
        <source>%1: imported as draft %2: %3</source>
        <translation>%1: als Entwurf %2 importiert: %3</translation>
    </message>
    <message>
        <source>%1: updated article %2: %3</source>
        <translation>%1: Artikel %2 aktualisiert: %3</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1: related item not found: %2</source>
        <translation>%1: verwandter Artikel nicht gefunden: %2</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>Import-Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported as a draft: %2</source>
        <translation>%1: als Entwurf importiert: %2</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related item(s) not found</source>
        <translation>
            <numerusform>%n verwandter Artikel nicht gefunden</numerusform>
            <numerusform>%n verwandte Artikel nicht gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: updated: %2</source>
        <translation>%1: aktualisiert: %2</translation>
    </message>
    <message>
        <source>Related item not found, left out: %1</source>
        <translation>Verwandter Artikel nicht gefunden, ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
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
        <source>English (US)</source>
        <translation>Englisch (USA)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Englisch (GB)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>No dictionary for %1</source>
        <translation>Kein Wörterbuch für %1</translation>
    </message>
</context>
<context>
    <name>LengthChecks</name>
    <message numerus="yes">
        <source>The kicker has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>Die Dachzeile hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
            <numerusform>Die Dachzeile hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The headline has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>Die Überschrift hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
            <numerusform>Die Überschrift hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The teaser has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>Der Vorspann hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
            <numerusform>Der Vorspann hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The caption has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>Die Bildunterschrift hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
            <numerusform>Die Bildunterschrift hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alternative text has %1 characters, %n more than the newsroom&apos;s limit of %2.</source>
        <translation>
            <numerusform>Der Alternativtext hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
            <numerusform>Der Alternativtext hat %1 Zeichen, %n mehr als das Limit der Redaktion von %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The caption has %1 characters; at most %2 are recommended.</source>
        <translation>Die Bildunterschrift hat %1 Zeichen; empfohlen sind höchstens %2.</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the recommended length</source>
        <translation>
            <numerusform>%n Zeichen über der empfohlenen Länge</numerusform>
            <numerusform>%n Zeichen über der empfohlenen Länge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommended length: at most %n character(s)</source>
        <translation>
            <numerusform>Empfohlene Länge: höchstens %n Zeichen</numerusform>
            <numerusform>Empfohlene Länge: höchstens %n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthStatus</name>
    <message>
        <source>Selection: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lines at %n character(s) a line</source>
        <translation>
            <numerusform>Zeilen à %n Anschlag</numerusform>
            <numerusform>Zeilen à %n Anschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines counted without hyphenation: %1</source>
        <translation>Zeilen ohne Silbentrennung gezählt: %1</translation>
    </message>
</context>
<context>
    <name>LengthTargetEditor</name>
    <message>
        <source>No length target</source>
        <translation>Keine Ziellänge</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>The length the page plan has room for, e.g. 80 lines or 3,500 characters. The status bar and the checklist say how far the article is from it.</source>
        <translation>Die Länge, für die der Seitenplan Platz hat, z. B. 80 Zeilen oder 3.500 Zeichen. Statusleiste und Checkliste sagen, wie weit der Artikel davon entfernt ist.</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>Ziellänge</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Within this many above or below the target counts as on target.</source>
        <translation>So viel darüber oder darunter gilt noch als Ziel erreicht.</translation>
    </message>
    <message>
        <source>Target si&amp;ze:</source>
        <translation>Soll-L&amp;änge:</translation>
    </message>
</context>
<context>
    <name>LengthTargetStatus</name>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>On target: %1 of %2</source>
        <translation>Ziel erreicht: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) too long</source>
        <translation>
            <numerusform>%n Zeile zu lang</numerusform>
            <numerusform>%n Zeilen zu lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n Zeichen zu lang</numerusform>
            <numerusform>%n Zeichen zu lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) too long</source>
        <translation>
            <numerusform>%n Wort zu lang</numerusform>
            <numerusform>%n Wörter zu lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) to go</source>
        <translation>
            <numerusform>noch %n Zeile</numerusform>
            <numerusform>noch %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) to go</source>
        <translation>
            <numerusform>noch %n Zeichen</numerusform>
            <numerusform>noch %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more word(s) to go</source>
        <translation>
            <numerusform>noch %n Wort</numerusform>
            <numerusform>noch %n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>The article is on its length target of %1 (%2 now).</source>
        <translation>Der Artikel hat seine Ziellänge von %1 erreicht (jetzt %2).</translation>
    </message>
    <message>
        <source>Length target %1: %2 (%3 now).</source>
        <translation>Ziellänge %1: %2 (jetzt %3).</translation>
    </message>
</context>
<context>
    <name>LengthText</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) without spaces</source>
        <translation>
            <numerusform>%n Zeichen ohne Leerzeichen</numerusform>
            <numerusform>%n Zeichen ohne Leerzeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading time: %n min</source>
        <translation>
            <numerusform>Lesezeit: %n Min.</numerusform>
            <numerusform>Lesezeit: %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalJournal</name>
    <message>
        <source>Cannot create the folder %1 for the journal.</source>
        <translation>Der Ordner %1 für das Journal kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be made private (mode 0600).</source>
        <translation>Das Journal %1 kann nicht auf Sie allein beschränkt werden (Modus 0600).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>Article Not Saved</source>
        <translation>Artikel nicht gespeichert</translation>
    </message>
    <message>
        <source>The article could not be saved; your text is kept in the journal and offered again at the next start. Quit anyway?</source>
        <translation>Der Artikel konnte nicht gespeichert werden; Ihr Text bleibt im Journal und wird beim nächsten Start wieder angeboten. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Find and Replace in Article</source>
        <translation>Im Artikel suchen und ersetzen</translation>
    </message>
</context>
<context>
    <name>MetadataStripRules</name>
    <message>
        <source>GPS position</source>
        <translation>GPS-Position</translation>
    </message>
    <message>
        <source>camera and lens serial numbers</source>
        <translation>Seriennummern von Kamera und Objektiv</translation>
    </message>
    <message>
        <source>camera owner</source>
        <translation>Besitzer der Kamera</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>Herstellerdaten der Kamera (Maker Notes)</translation>
    </message>
    <message>
        <source>embedded thumbnails</source>
        <translation>eingebettete Vorschaubilder</translation>
    </message>
    <message>
        <source>software history</source>
        <translation>Bearbeitungsverlauf der Software</translation>
    </message>
</context>
<context>
    <name>NewsmlG2Reader</name>
    <message>
        <source>The file declares a document type (DTD, line %1). NewsML-G2 never needs one, and a DTD can pull in outside files or expand entities without end; the file was not read.</source>
        <translation>Die Datei deklariert einen Dokumenttyp (DTD, Zeile %1). NewsML-G2 braucht nie einen, und eine DTD kann fremde Dateien einbinden oder Entitäten ohne Ende erweitern; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The file uses the entity „&amp;%1;“ (line %2), which is not defined by XML itself; the file was not read.</source>
        <translation>Die Datei verwendet die Entität „&amp;%1;“ (Zeile %2), die XML selbst nicht definiert; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The elements are nested more than %1 levels deep (line %2); the file was not read.</source>
        <translation>Die Elemente sind mehr als %1 Ebenen tief verschachtelt (Zeile %2); die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The file has more than %1 elements; the file was not read.</source>
        <translation>Die Datei hat mehr als %1 Elemente; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>A text in the file is too long: %1 characters, at most %2 are accepted.</source>
        <translation>Ein Text in der Datei ist zu lang: %1 Zeichen, höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Die Datei ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation>Die Datei enthält kein XML-Element.</translation>
    </message>
    <message>
        <source>The date „%1“ in &lt;%2&gt; was not understood and left out.</source>
        <translation>Das Datum „%1“ in &lt;%2&gt; wurde nicht verstanden und ausgelassen.</translation>
    </message>
    <message>
        <source>The date „%1“ in &lt;%2&gt; has no time zone; it was read as UTC.</source>
        <translation>Das Datum „%1“ in &lt;%2&gt; hat keine Zeitzone; es wurde als UTC gelesen.</translation>
    </message>
    <message>
        <source>The field &lt;%1&gt; is too long: %2 characters, at most %3 are accepted.</source>
        <translation>Das Feld &lt;%1&gt; ist zu lang: %2 Zeichen, höchstens %3 werden angenommen.</translation>
    </message>
    <message>
        <source>The body is too long: %1 characters of markup, at most %2 are accepted.</source>
        <translation>Der Text ist zu lang: %1 Zeichen Markup, höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>The NewsML-G2 file is too large: %1 MB, at most %2 MB are accepted.</source>
        <translation>Die NewsML-G2-Datei ist zu groß: %1 MB, höchstens %2 MB werden angenommen.</translation>
    </message>
    <message>
        <source>The news message carries more than %1 items.</source>
        <translation>Die Nachrichtensendung enthält mehr als %1 Meldungen.</translation>
    </message>
    <message>
        <source>The file is XML of another kind (root element &lt;%1&gt;), not a NewsML-G2 news item.</source>
        <translation>Die Datei ist XML anderer Art (Wurzelelement &lt;%1&gt;), keine NewsML-G2-Meldung.</translation>
    </message>
    <message>
        <source>The picture „%1“ is only referenced by the package, not carried in the file; it was not imported.</source>
        <translation>Das Bild „%1“ wird vom Paket nur genannt, ist aber nicht in der Datei enthalten; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The package „%1“ carries none of its stories and has no headline; it was skipped.</source>
        <translation>Das Paket „%1“ enthält keine seiner Meldungen und hat keine Überschrift; es wurde übersprungen.</translation>
    </message>
    <message>
        <source>The item „%1“ carries no content and was skipped.</source>
        <translation>Die Meldung „%1“ hat keinen Inhalt und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The %1 item „%2“ is not a text article and was skipped.</source>
        <translation>Die Meldung „%2“ (%1) ist kein Textartikel und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The item is a picture, not a text article; import the story it belongs to.</source>
        <translation>Die Meldung ist ein Bild, kein Textartikel; importieren Sie die Meldung, zu der es gehört.</translation>
    </message>
    <message>
        <source>The picture item „%1“ belongs to no story in the file and was skipped.</source>
        <translation>Das Bild „%1“ gehört zu keiner Meldung in der Datei und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The file holds no text article: none of its items has a headline or a body.</source>
        <translation>Die Datei enthält keinen Textartikel: Keine ihrer Meldungen hat eine Überschrift oder einen Text.</translation>
    </message>
    <message>
        <source>The item „%1“ is in the file twice; version %2 was read.</source>
        <translation>Die Meldung „%1“ steht zweimal in der Datei; Version %2 wurde gelesen.</translation>
    </message>
    <message>
        <source>The package „%1“ has no headline and only stories that another package of the file brings; it was not imported a second time.</source>
        <translation>Das Paket „%1“ hat keine Überschrift und nur Meldungen, die schon ein anderes Paket der Datei bringt; es wurde nicht ein zweites Mal importiert.</translation>
    </message>
    <message>
        <source>„%1“ names two stories of the file; the second was not imported.</source>
        <translation>„%1“ bezeichnet zwei Meldungen der Datei; die zweite wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>NewsroomPage</name>
    <message>
        <source>&amp;Kicker:</source>
        <translation>&amp;Dachzeile:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>Ü&amp;berschrift:</translation>
    </message>
    <message>
        <source>T&amp;easer:</source>
        <translation>Vors&amp;pann:</translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation>Bild&amp;unterschrift:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Alternativ&amp;text:</translation>
    </message>
    <message>
        <source>These settings are stored in the database and apply to everyone who works with it.</source>
        <translation>Diese Einstellungen stehen in der Datenbank und gelten für alle, die mit ihr arbeiten.</translation>
    </message>
    <message>
        <source>Field lengths in characters</source>
        <translation>Feldlängen in Zeichen</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Höchstgrenze</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Over this length the counter turns red and the checklist warns.</source>
        <translation>Darüber wird der Zähler rot und die Checkliste warnt.</translation>
    </message>
    <message>
        <source>Over this length the article cannot be set to Published, and newsdesk-cli export refuses it without --force.</source>
        <translation>Darüber kann der Artikel nicht auf „Veröffentlicht“ gesetzt werden, und newsdesk-cli export verweigert ihn ohne --force.</translation>
    </message>
    <message>
        <source>Readability hints in the checklist</source>
        <translation>Lesbarkeitshinweise in der Checkliste</translation>
    </message>
    <message>
        <source>Sentences &amp;longer than</source>
        <translation>Sätze &amp;länger als</translation>
    </message>
    <message>
        <source>Long sentences make the reader hold many words before the verb.</source>
        <translation>Lange Sätze lassen den Leser viele Wörter bis zum Verb im Kopf behalten.</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>&amp;Reading ease (Flesch, German by Amstad); warn below</source>
        <translation>L&amp;esbarkeit (Flesch, deutsch nach Amstad); warnen unter</translation>
    </message>
    <message>
        <source>180 − words per sentence − 58.5 × syllables per word: 60 to 70 is plain German, below 30 very hard.</source>
        <translation>180 − Wörter pro Satz − 58,5 × Silben pro Wort: 60 bis 70 ist gut verständliches Deutsch, unter 30 sehr schwer.</translation>
    </message>
    <message>
        <source>Paragraphs l&amp;onger than</source>
        <translation>Absätze lä&amp;nger als</translation>
    </message>
    <message>
        <source>On a screen a long paragraph reads as a wall of text.</source>
        <translation>Auf dem Bildschirm wirkt ein langer Absatz wie eine Textwand.</translation>
    </message>
    <message>
        <source>Three or more sentences in a row that start with the same wor&amp;d</source>
        <translation>Drei oder mehr Sätze &amp;hintereinander, die mit demselben Wort beginnen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>The status bar, the checklist, length targets and newsdesk-cli stats count lines in a print column this wide (&quot;80 lines of 34 characters&quot;).</source>
        <translation>Statusleiste, Checkliste, Längenziele und newsdesk-cli stats zählen Zeilen in einer Druckspalte dieser Breite („80 Zeilen à 34 Anschläge“).</translation>
    </message>
    <message>
        <source>Col&amp;umn width:</source>
        <translation>Spaltenbre&amp;ite:</translation>
    </message>
</context>
<context>
    <name>NewsroomRole</name>
    <message>
        <source>Writer</source>
        <translation>Redakteurin/Redakteur</translation>
    </message>
    <message>
        <source>Editor (Chef vom Dienst)</source>
        <translation>Chefin/Chef vom Dienst</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
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
        <translation>Das Pflichtfeld „uri“ fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>The item is of type &quot;%1&quot;, not a text article.</source>
        <translation>Das Element hat den Typ „%1“ und ist kein Textartikel.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>Das Feld „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is too long: %2 characters, at most %3 are accepted.</source>
        <translation>Das Feld „%1“ ist zu lang: %2 Zeichen, höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation>Das Pflichtfeld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list.</source>
        <translation>Das Feld „%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; is too long: %2 entries, at most %3 are accepted.</source>
        <translation>Die Liste „%1“ ist zu lang: %2 Einträge, höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; must be an object.</source>
        <translation>Der Eintrag „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a date and time with time zone (like 2024-10-25T08:15:00Z): %2</source>
        <translation>Das Feld „%1“ ist kein Datum mit Uhrzeit und Zeitzone (wie 2024-10-25T08:15:00Z): %2</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>Das Pflichtfeld „%1“ fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>The additional picture &quot;%1&quot; was not imported: an article has one lead photo.</source>
        <translation>Das zusätzliche Bild „%1“ wurde nicht importiert: Ein Artikel hat nur ein Aufmacherfoto.</translation>
    </message>
    <message>
        <source>The associated %1 &quot;%2&quot; was not imported.</source>
        <translation>Das zugehörige Element „%2“ (%1) wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The photo in &quot;%1&quot; is too large: at most %2 MB are accepted.</source>
        <translation>Das Foto in „%1“ ist zu groß: höchstens %2 MB sind erlaubt.</translation>
    </message>
    <message>
        <source>The photo was not imported: its data is not base64-encoded.</source>
        <translation>Das Foto wurde nicht importiert: Seine Daten sind nicht base64-kodiert.</translation>
    </message>
    <message>
        <source>The photo was not imported: its base64 data is damaged.</source>
        <translation>Das Foto wurde nicht importiert: Seine base64-Daten sind beschädigt.</translation>
    </message>
    <message>
        <source>The photo was not imported: %1</source>
        <translation>Das Foto wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>The photo was not imported: it has no embedded image data.</source>
        <translation>Das Foto wurde nicht importiert: Es enthält keine eingebetteten Bilddaten.</translation>
    </message>
    <message>
        <source>The file is too large: %1 MB, at most %2 MB are accepted.</source>
        <translation>Die Datei ist zu groß: %1 MB, höchstens %2 MB sind erlaubt.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a ninjs item: it holds no JSON object.</source>
        <translation>Die Datei ist kein ninjs-Element: Sie enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The related item &quot;%1&quot; was not imported: it is neither a web address nor an item identifier.</source>
        <translation>Der verwandte Artikel „%1“ wurde nicht importiert: Er ist weder eine Webadresse noch eine Kennung.</translation>
    </message>
</context>
<context>
    <name>PandocConverter</name>
    <message>
        <source>Word, OpenDocument and RTF files are converted with pandoc, which is not installed. Install the Debian package „pandoc“ (sudo apt install pandoc) and import again; nothing was imported.</source>
        <translation>Word-, OpenDocument- und RTF-Dateien werden mit pandoc umgewandelt, das nicht installiert ist. Installieren Sie das Debian-Paket „pandoc“ (sudo apt install pandoc) und importieren Sie erneut; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The document is too large to convert: %1 MB, at most %2 MB are accepted.</source>
        <translation>Das Dokument ist zu groß zum Umwandeln: %1 MB, höchstens %2 MB sind erlaubt.</translation>
    </message>
    <message>
        <source>pandoc could not be started: %1</source>
        <translation>pandoc konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>pandoc did not finish converting the document within %n second(s); the document may be damaged or built to exhaust the computer.</source>
        <translation>
            <numerusform>pandoc hat das Dokument nicht innerhalb von %n Sekunde umgewandelt; es ist womöglich beschädigt oder darauf angelegt, den Rechner zu überlasten.</numerusform>
            <numerusform>pandoc hat das Dokument nicht innerhalb von %n Sekunden umgewandelt; es ist womöglich beschädigt oder darauf angelegt, den Rechner zu überlasten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The converted document is larger than %1 MB; it was not imported.</source>
        <translation>Das umgewandelte Dokument ist größer als %1 MB; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>pandoc could not convert the document (exit code %1).</source>
        <translation>pandoc konnte das Dokument nicht umwandeln (Exit-Code %1).</translation>
    </message>
    <message>
        <source>pandoc could not convert the document: %1</source>
        <translation>pandoc konnte das Dokument nicht umwandeln: %1</translation>
    </message>
</context>
<context>
    <name>PandocHtmlReader</name>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>PersonalDictionary</name>
    <message>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the personal dictionary %1: %2</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht gespeichert werden: %2</translation>
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
    <name>PhotoMetadataChecks</name>
    <message>
        <source>The photo&apos;s embedded copyright “%1” names someone other than the credit “%2”.</source>
        <translation>Das im Foto eingebettete Copyright „%1“ nennt jemand anderen als der Bildnachweis „%2“.</translation>
    </message>
    <message>
        <source>The photo carries an embargo or usage restriction: %1</source>
        <translation>Das Foto trägt eine Sperrfrist oder Nutzungsbeschränkung: %1</translation>
    </message>
    <message>
        <source>The photo was taken in %1, but the dateline says %2.</source>
        <translation>Das Foto entstand in %1, die Ortsmarke nennt aber %2.</translation>
    </message>
    <message>
        <source>The caption names %1, but the article is published on %2.</source>
        <translation>Die Bildunterschrift nennt den %1, der Artikel erscheint aber am %2.</translation>
    </message>
</context>
<context>
    <name>PhotoMetadataReader</name>
    <message>
        <source>The photo&apos;s %1 is very long; only its first %2 characters were taken.</source>
        <translation>Ein Feld des Fotos (%1) ist sehr lang; nur die ersten %2 Zeichen wurden übernommen.</translation>
    </message>
    <message>
        <source>The photo&apos;s embedded metadata (caption, credit, copyright) cannot be read: %1. The photo itself can still be used.</source>
        <translation>Die eingebetteten Metadaten des Fotos (Bildunterschrift, Bildnachweis, Copyright) sind nicht lesbar: %1. Das Foto selbst ist verwendbar.</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>credit line</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>photographer</source>
        <translation>Fotograf</translation>
    </message>
    <message>
        <source>copyright notice</source>
        <translation>Copyright-Vermerk</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>extended description</source>
        <translation>ausführliche Bildbeschreibung</translation>
    </message>
    <message>
        <source>special instructions</source>
        <translation>Hinweise der Agentur</translation>
    </message>
    <message>
        <source>Special instructions: %1</source>
        <translation>Hinweise der Agentur: %1</translation>
    </message>
    <message>
        <source>usage terms</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Usage terms: %1</source>
        <translation>Nutzungsbedingungen: %1</translation>
    </message>
    <message>
        <source>usage restrictions</source>
        <translation>Nutzungsbeschränkungen</translation>
    </message>
    <message>
        <source>Restrictions: %1</source>
        <translation>Beschränkungen: %1</translation>
    </message>
    <message>
        <source>Embargo: not to be published before %1</source>
        <translation>Sperrfrist: nicht vor dem %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Not to be used after %1</source>
        <translation>Nach dem %1 nicht mehr verwenden</translation>
    </message>
    <message>
        <source>The photo&apos;s embedded metadata is damaged, so its caption, credit or copyright may be missing or incomplete. The photo itself can be used. (Exiv2: %1)</source>
        <translation>Die eingebetteten Metadaten des Fotos sind beschädigt; Bildunterschrift, Bildnachweis oder Copyright können fehlen oder unvollständig sein. Das Foto selbst ist verwendbar. (Exiv2: %1)</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Re&amp;move Photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
    <message>
        <source>e.g. dpa</source>
        <translation>z. B. dpa</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Was das Foto zeigt, für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Cre&amp;dit:</source>
        <translation>Bild&amp;nachweis:</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>A&amp;lternativtext:</translation>
    </message>
    <message>
        <source>Photo Not Imported</source>
        <translation>Foto nicht importiert</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Drop a photo here
or choose one (JPEG, PNG, WebP)</source>
        <translation>Foto hierher ziehen
oder auswählen (JPEG, PNG, WebP)</translation>
    </message>
    <message>
        <source>%1 · %2×%3 px · %4 KB</source>
        <translation>%1 · %2 × %3 px · %4 KB</translation>
    </message>
    <message>
        <source>Choos&amp;e Photo…</source>
        <translation>Foto &amp;wählen…</translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation>B&amp;ildunterschrift:</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>From the photo&apos;s metadata: %1</source>
        <translation>Aus den Metadaten des Fotos: %1</translation>
    </message>
    <message>
        <source>Copyright: %1</source>
        <translation>Copyright: %1</translation>
    </message>
    <message>
        <source>Photographer: %1</source>
        <translation>Fotograf: %1</translation>
    </message>
</context>
<context>
    <name>PhotoRenditions</name>
    <message>
        <source>The photo “%1” cannot be read as an image.</source>
        <translation>Das Foto „%1“ kann nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>The photo cannot be saved as JPEG: %1</source>
        <translation>Das Foto kann nicht als JPEG gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The photo cannot be saved as WebP: %1</source>
        <translation>Das Foto kann nicht als WebP gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>%1 is not a PostgreSQL address. Use postgresql://user@host:port/database.</source>
        <translation>%1 ist keine PostgreSQL-Adresse. Verwenden Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The address %1 contains a password. Newsdesk never takes passwords from addresses or settings: put it into ~/.pgpass (or the file PGPASSFILE names).</source>
        <translation>Die Adresse %1 enthält ein Passwort. Newsdesk übernimmt Passwörter nie aus Adressen oder Einstellungen: Tragen Sie es in ~/.pgpass ein (oder in die Datei, die PGPASSFILE nennt).</translation>
    </message>
    <message>
        <source>Login rejected: no password was found for this address. Check that ~/.pgpass (or the file PGPASSFILE names) has a line host:port:database:user:password for it and is readable only by you (chmod 600).</source>
        <translation>Anmeldung abgelehnt: Für diese Adresse wurde kein Passwort gefunden. Bitte prüfen, ob ~/.pgpass (oder die Datei, die PGPASSFILE nennt) eine Zeile host:port:datenbank:benutzer:passwort dafür enthält und nur für Sie lesbar ist (chmod 600).</translation>
    </message>
    <message>
        <source>Login rejected: the server did not accept the password. Check the user name in the address and the password in ~/.pgpass (or the file PGPASSFILE names).</source>
        <translation>Anmeldung abgelehnt: Der Server hat das Passwort nicht angenommen. Bitte den Benutzernamen in der Adresse und das Passwort in ~/.pgpass (oder der Datei, die PGPASSFILE nennt) prüfen.</translation>
    </message>
    <message>
        <source>Login rejected: the server does not let this user connect from this computer. Ask the administrator to allow it (pg_hba.conf).</source>
        <translation>Anmeldung abgelehnt: Der Server lässt diesen Benutzer von diesem Rechner aus nicht zu. Bitte die Administration, es zu erlauben (pg_hba.conf).</translation>
    </message>
    <message>
        <source>Login rejected: the server knows no user „%1“. Check the user name in the address.</source>
        <translation>Anmeldung abgelehnt: Der Server kennt keinen Benutzer „%1“. Bitte den Benutzernamen in der Adresse prüfen.</translation>
    </message>
    <message>
        <source>Login rejected: there is no database „%1“ on the server. Check the address.</source>
        <translation>Anmeldung abgelehnt: Auf dem Server gibt es keine Datenbank „%1“. Bitte die Adresse prüfen.</translation>
    </message>
    <message>
        <source>No rights: your database user may not read or change the table „%1“. Ask the administrator for GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public and GRANT USAGE ON ALL SEQUENCES IN SCHEMA public.</source>
        <translation>Keine Rechte: Ihr Datenbankbenutzer darf die Tabelle „%1“ nicht lesen oder ändern. Bitte die Administration um GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public und GRANT USAGE ON ALL SEQUENCES IN SCHEMA public.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The server does not answer: nothing listens at this address and port. Check that the server runs and the address is right.</source>
        <translation>Der Server antwortet nicht: An dieser Adresse und diesem Port wartet niemand auf Verbindungen. Bitte prüfen, ob der Server läuft und die Adresse stimmt.</translation>
    </message>
    <message>
        <source>The server did not answer within 5 seconds. Check the network connection.</source>
        <translation>Der Server hat nicht innerhalb von 5 Sekunden geantwortet. Bitte die Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found. Check the host name in the address and the network connection.</source>
        <translation>Der Name des Servers ist unbekannt. Bitte den Rechnernamen in der Adresse und die Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <source>The connection to the server was lost (the server was restarted or the network is gone).</source>
        <translation>Die Verbindung zum Server ist abgerissen (der Server wurde neu gestartet oder das Netzwerk ist weg).</translation>
    </message>
    <message>
        <source>Your role in the newsroom does not allow this: writers may not publish, change a published article or move a colleague&apos;s article to the trash. Nothing was changed; ask an editor (Chef vom Dienst).</source>
        <translation>Ihre Rolle in der Redaktion erlaubt das nicht: Redakteurinnen und Redakteure dürfen nicht veröffentlichen, keinen veröffentlichten Artikel ändern und keinen Artikel von Kolleginnen oder Kollegen in den Papierkorb legen. Nichts wurde geändert; bitte die Chefin oder den Chef vom Dienst fragen.</translation>
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
        <source>A&amp;uthor name:</source>
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
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Eingebaute Vorlage</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
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
        <source>Non-brea&amp;king spaces (e.g. before units, in “z. B.”)</source>
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
    <message>
        <source>Open now: %1</source>
        <translation>Jetzt geöffnet: %1</translation>
    </message>
    <message>
        <source>How a credit taken from a photo&apos;s metadata is written. {credit} is the agency&apos;s credit line, {byline} the photographer; e.g. “Foto: {credit}” or “Foto: {byline}/{credit}”.</source>
        <translation>So wird ein aus den Metadaten eines Fotos übernommener Bildnachweis geschrieben. {credit} ist der Bildnachweis der Agentur, {byline} der Fotograf; z. B. „Foto: {credit}“ oder „Foto: {byline}/{credit}“.</translation>
    </message>
    <message>
        <source>Photo &amp;credit form:</source>
        <translation>Form des Bild&amp;nachweises:</translation>
    </message>
    <message>
        <source>Keep the GPS p&amp;osition in exported photos</source>
        <translation>GPS-Position in exportierten Fotos be&amp;halten</translation>
    </message>
    <message>
        <source>Off by default: a photo&apos;s position can point to a source. Serial numbers, maker notes, thumbnails and software history are always removed.</source>
        <translation>Standardmäßig aus: Die Position eines Fotos kann auf eine Quelle hinweisen. Seriennummern, Herstellerdaten, Vorschaubilder und Bearbeitungsverlauf werden immer entfernt.</translation>
    </message>
    <message>
        <source>T&amp;ypography as you type (quotes, dashes, no-break spaces)</source>
        <translation>T&amp;ypografie beim Tippen (Anführungszeichen, Gedankenstriche, geschützte Leerzeichen)</translation>
    </message>
    <message>
        <source>Sets “quotes”, – and … in the article&apos;s language while you type; Ctrl+Z right after a change takes it back.</source>
        <translation>Setzt beim Tippen „Anführungszeichen“, – und … in der Sprache des Artikels; Strg+Z direkt nach einer Änderung nimmt sie zurück.</translation>
    </message>
    <message>
        <source>%1 (no dictionary)</source>
        <translation>%1 (kein Wörterbuch)</translation>
    </message>
    <message>
        <source>Typography for p&amp;asted text too</source>
        <translation>Typografie auch für &amp;eingefügten Text</translation>
    </message>
    <message>
        <source>Pasted text gets the same quotes, dashes and no-break spaces, as an undo step of its own. Imported agency copy is stored as it came.</source>
        <translation>Eingefügter Text bekommt dieselben Anführungszeichen, Striche und geschützten Leerzeichen, als eigener Rückgängig-Schritt. Importierte Agenturtexte werden gespeichert, wie sie kamen.</translation>
    </message>
    <message>
        <source>The newsroom settings could not be saved: %1</source>
        <translation>Die Einstellungen der Redaktion konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Newsroom</source>
        <translation>&amp;Redaktion</translation>
    </message>
    <message>
        <source>Typography right after an i&amp;mport, as a version of its own</source>
        <translation>Typografie direkt nach dem I&amp;mport, als eigene Version</translation>
    </message>
    <message>
        <source>An imported article is stored as it came first; the typography is then saved as the next version. Without this, the window offers it.</source>
        <translation>Ein importierter Artikel wird zuerst gespeichert, wie er kam; die Typografie wird dann als nächste Version gespeichert. Ohne diese Einstellung bietet das Fenster sie an.</translation>
    </message>
    <message>
        <source>Only the newsroom&apos;s administrator can change them. Your role: %1.</source>
        <translation>Ändern kann sie nur die Administration der Redaktion. Ihre Rolle: %1.</translation>
    </message>
</context>
<context>
    <name>ReadabilityChecks</name>
    <message>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>eher leicht</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>eher schwer</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>A sentence has %1 words; over %2 words a reader loses the thread. Split it.</source>
        <translation>Ein Satz hat %1 Wörter; bei mehr als %2 Wörtern verliert der Leser den Faden. Teilen Sie ihn.</translation>
    </message>
    <message>
        <source>A paragraph has %1 words; over %2 words it reads as a wall of text, on a screen even more. Break it up.</source>
        <translation>Ein Absatz hat %1 Wörter; bei mehr als %2 Wörtern wirkt er wie eine Textwand, auf dem Bildschirm erst recht. Teilen Sie ihn.</translation>
    </message>
    <message>
        <source>%1 sentences in a row start with „%2“; varied beginnings read less monotonously.</source>
        <translation>%1 Sätze hintereinander beginnen mit „%2“; abwechslungsreiche Satzanfänge lesen sich weniger eintönig.</translation>
    </message>
    <message>
        <source>Reading ease (Flesch, German by Amstad): %1, %2. It falls with long sentences and long words; 60 to 70 is plain German, news copy often reaches 50 to 60.</source>
        <translation>Lesbarkeit (Flesch, deutsche Fassung nach Amstad): %1, %2. Sie sinkt mit langen Sätzen und langen Wörtern; 60 bis 70 ist gut verständliches Deutsch, Nachrichtentexte erreichen oft 50 bis 60.</translation>
    </message>
</context>
<context>
    <name>RelatedLinksEditor</name>
    <message>
        <source>Search articles…</source>
        <translation>Artikel suchen…</translation>
    </message>
    <message>
        <source>Title of the page</source>
        <translation>Titel der Seite</translation>
    </message>
    <message>
        <source>Articles of this newsroom</source>
        <translation>Artikel dieser Redaktion</translation>
    </message>
    <message>
        <source>External page</source>
        <translation>Externe Seite</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>“Mehr zum Thema” in this order:</source>
        <translation>„Mehr zum Thema“ in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Article %1 (not found)</source>
        <translation>Artikel %1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Articl&amp;e</source>
        <translation>Artikel hi&amp;nzufügen</translation>
    </message>
    <message>
        <source>A&amp;dd Link</source>
        <translation>&amp;Link hinzufügen</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben (Strg+↑)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten (Strg+↓)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>RenditionMetadataWriter</name>
    <message>
        <source>The photo&apos;s metadata (caption, credit, copyright) cannot be written into the exported file: %1</source>
        <translation>Die Metadaten des Fotos (Bildunterschrift, Bildnachweis, Copyright) lassen sich nicht in die exportierte Datei schreiben: %1</translation>
    </message>
</context>
<context>
    <name>ReplaceCommand</name>
    <message>
        <source>The text to find.</source>
        <translation>Der gesuchte Text.</translation>
    </message>
    <message>
        <source>The replacement.</source>
        <translation>Der Ersatz.</translation>
    </message>
    <message>
        <source>Match upper and lower case.</source>
        <translation>Groß- und Kleinschreibung beachten.</translation>
    </message>
    <message>
        <source>Match whole words only.</source>
        <translation>Nur ganze Wörter finden.</translation>
    </message>
    <message>
        <source>The text is a regular expression; \1 in the replacement is its first group.</source>
        <translation>Der Text ist ein regulärer Ausdruck; \1 im Ersatz steht für seine erste Gruppe.</translation>
    </message>
    <message>
        <source>Show what would change, save nothing.</source>
        <translation>Zeigen, was sich ändern würde, nichts speichern.</translation>
    </message>
    <message>
        <source>Articles to change; all articles when none is given.</source>
        <translation>Zu ändernde Artikel; ohne Angabe alle Artikel.</translation>
    </message>
    <message>
        <source>Not an article number: %1</source>
        <translation>Keine Artikelnummer: %1</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Article %1 (%2): %n replacement(s)</source>
        <translation>
            <numerusform>Artikel %1 (%2): %n Ersetzung</numerusform>
            <numerusform>Artikel %1 (%2): %n Ersetzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Article %1 was not saved: %2</source>
        <translation>Artikel %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n replacement(s) would be made</source>
        <translation>
            <numerusform>Probelauf: %n Ersetzung würde vorgenommen</numerusform>
            <numerusform>Probelauf: %n Ersetzungen würden vorgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) made</source>
        <translation>
            <numerusform>%n Ersetzung vorgenommen</numerusform>
            <numerusform>%n Ersetzungen vorgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s).</source>
        <translation>
            <numerusform>in %n Artikel.</numerusform>
            <numerusform>in %n Artikeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace text in articles, saving each changed article as a new revision.</source>
        <translation>Text in Artikeln ersetzen und jeden geänderten Artikel als neue Version speichern.</translation>
    </message>
</context>
<context>
    <name>RepositoryFactory</name>
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
    <name>ResilientRepository</name>
    <message>
        <source>The shared database cannot be reached (%1) and the local copy failed too (%2).</source>
        <translation>Die gemeinsame Datenbank ist nicht erreichbar (%1), und auch die lokale Kopie ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The shared database refused the login. Your text is kept on this computer.

%1</source>
        <translation>Die gemeinsame Datenbank hat die Anmeldung abgelehnt. Ihr Text bleibt auf diesem Rechner erhalten.

%1</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Your text is kept on this computer and will be saved when the connection is back.

%1</source>
        <translation>Die gemeinsame Datenbank ist nicht erreichbar. Ihr Text bleibt auf diesem Rechner erhalten und wird gespeichert, sobald die Verbindung wieder steht.

%1</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Only an editor (Chef vom Dienst) may publish. Your role: %1.</source>
        <translation>Nur die Chefin oder der Chef vom Dienst darf veröffentlichen. Ihre Rolle: %1.</translation>
    </message>
</context>
<context>
    <name>SaveStateLabel</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Ph&amp;oto</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>&amp;Mehr zum Thema</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>C&amp;heckliste</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>V&amp;orschau</translation>
    </message>
</context>
<context>
    <name>SpellCheckDialog</name>
    <message>
        <source>Check Spelling</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>&amp;Suggestions:</source>
        <translation>&amp;Vorschläge:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>I&amp;gnore All</source>
        <translation>Alle i&amp;gnorieren</translation>
    </message>
    <message>
        <source>Add to &amp;my dictionary</source>
        <translation>Zu &amp;meinem Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Add to &amp;newsroom dictionary</source>
        <translation>Zum &amp;Redaktionswörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Not in the dictionary, in %1:</source>
        <translation>Nicht im Wörterbuch, in %1:</translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation>Keine Rechtschreibfehler gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Spelling check finished: %n word(s) found</source>
        <translation>
            <numerusform>Rechtschreibprüfung beendet: %n Wort gefunden</numerusform>
            <numerusform>Rechtschreibprüfung beendet: %n Wörter gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ignored</source>
        <translation>
            <numerusform>%n ignoriert</numerusform>
            <numerusform>%n ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to a dictionary</source>
        <translation>
            <numerusform>%n zu einem Wörterbuch hinzugefügt</numerusform>
            <numerusform>%n zu einem Wörterbuch hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>The spell checker for %1 accepts every word: its dictionary or backend is missing.</source>
        <translation>Die Rechtschreibprüfung für %1 akzeptiert jedes Wort: Ihr Wörterbuch oder Backend fehlt.</translation>
    </message>
    <message>
        <source>%1: install its hunspell dictionary (e.g. hunspell-de-de) and the Sonnet hunspell plugin.</source>
        <translation>%1: Installieren Sie das Hunspell-Wörterbuch (z. B. hunspell-de-de) und das Sonnet-Hunspell-Plugin.</translation>
    </message>
</context>
<context>
    <name>SpellingContextMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation>Zu meinem Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Add to newsroom dictionary</source>
        <translation>Zum Redaktionswörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Spell checking unavailable</source>
        <translation>Rechtschreibprüfung nicht verfügbar</translation>
    </message>
    <message>
        <source>Spell checking is unavailable: %1</source>
        <translation>Die Rechtschreibprüfung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>no spell checker</source>
        <translation>keine Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>%1: unknown word „%2“</source>
        <translation>%1: unbekanntes Wort „%2“</translation>
    </message>
</context>
<context>
    <name>SpellingStatus</name>
    <message numerus="yes">
        <source>%n misspelled word(s)</source>
        <translation>
            <numerusform>%n unbekanntes Wort</numerusform>
            <numerusform>%n unbekannte Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the spelling of this article is not checked.</source>
        <translation>%1: Die Rechtschreibung dieses Artikels wird nicht geprüft.</translation>
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
        <source>Cannot update the database %1</source>
        <translation>Die Datenbank %1 kann nicht aktualisiert werden</translation>
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
    <message>
        <source>The search index of %1 could not be updated: %2</source>
        <translation>Der Suchindex von %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Article %1 was saved elsewhere in the meantime (you edited revision %2). Nothing was overwritten.</source>
        <translation>Artikel %1 wurde inzwischen anderswo gespeichert (Sie haben Fassung %2 bearbeitet). Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Details: %1 (%2)</source>
        <translation>Details: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the user of %1</source>
        <translation>Der Benutzer von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the newsroom role of the user of %1</source>
        <translation>Die Rolle des Benutzers in der Redaktion von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database %1 needs an update to schema %2, which only its owner (the newsroom&apos;s administrator) may run. Ask the administrator to start Newsdesk once with the owner&apos;s login.</source>
        <translation>Die Datenbank %1 braucht ein Update auf Schema %2, das nur ihr Eigentümer (die Administration der Redaktion) ausführen darf. Bitte die Administration, Newsdesk einmal mit der Anmeldung des Eigentümers zu starten.</translation>
    </message>
</context>
<context>
    <name>SqliteFileCheck</name>
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
    <name>SqliteSearchIndex</name>
    <message>
        <source>The article is too long for the search index.</source>
        <translation>Der Artikel ist zu lang für den Suchindex.</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation>Willkommen bei Newsdesk</translation>
    </message>
    <message>
        <source>The database is empty. Create two sample articles that show every feature?</source>
        <translation>Die Datenbank ist leer. Zwei Beispielartikel anlegen, die alle Funktionen zeigen?</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Newsdesk was not closed properly. Unsaved changes to “%1” were kept.

Restore them?</source>
        <translation>Newsdesk wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an „%1“ wurden aufbewahrt.

Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>Nothing to search for.</source>
        <translation>Kein Suchtext angegeben.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>Der reguläre Ausdruck ist ungültig: %1 (bei Zeichen %2).</translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>A colleague</source>
        <translation>Eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <source>%1 changed the headline</source>
        <translation>%1 hat die Überschrift geändert</translation>
    </message>
    <message>
        <source>%1 changed the teaser</source>
        <translation>%1 hat den Vorspann geändert</translation>
    </message>
    <message>
        <source>%1 changed the body text</source>
        <translation>%1 hat den Text geändert</translation>
    </message>
    <message>
        <source>%1 changed the kicker</source>
        <translation>%1 hat die Dachzeile geändert</translation>
    </message>
    <message>
        <source>%1 changed the field “%2”</source>
        <translation>%1 hat das Feld „%2“ geändert</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 saved a new revision</source>
        <translation>%1 hat eine neue Fassung gespeichert</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 hat geändert: %2</translation>
    </message>
</context>
<context>
    <name>TypographyDesk</name>
    <message>
        <source>Typography</source>
        <translation>Typografie</translation>
    </message>
    <message>
        <source>Apply Typography</source>
        <translation>Typografie anwenden</translation>
    </message>
    <message>
        <source>Leave the text as it came</source>
        <translation>Text lassen, wie er kam</translation>
    </message>
    <message>
        <source>Typography: nothing to change</source>
        <translation>Typografie: nichts zu ändern</translation>
    </message>
    <message numerus="yes">
        <source>Typography: %n change(s)</source>
        <translation>
            <numerusform>Typografie: %n Änderung</numerusform>
            <numerusform>Typografie: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Typography after the import: %n change(s), saved as a version of its own</source>
        <translation>
            <numerusform>Typografie nach dem Import: %n Änderung, als eigene Version gespeichert</numerusform>
            <numerusform>Typografie nach dem Import: %n Änderungen, als eigene Version gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article is stored as it was imported. Typography would change %n place(s): quotes, dashes, ellipses and no-break spaces.</source>
        <translation>
            <numerusform>Dieser Artikel ist gespeichert, wie er importiert wurde. Die Typografie würde %n Stelle ändern: Anführungszeichen, Striche, Auslassungspunkte und geschützte Leerzeichen.</numerusform>
            <numerusform>Dieser Artikel ist gespeichert, wie er importiert wurde. Die Typografie würde %n Stellen ändern: Anführungszeichen, Striche, Auslassungspunkte und geschützte Leerzeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Newsdesk User Guide</source>
        <translation>Newsdesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed.</source>
        <translation>Das Benutzerhandbuch ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The placeholder &quot;%1&quot; is still in the text.</source>
        <translation>Der Platzhalter „%1“ steht noch im Text.</translation>
    </message>
    <message>
        <source>The placeholder &quot;TK&quot; (to come) is still in the text.</source>
        <translation>Der Platzhalter „TK“ (to come, folgt noch) steht noch im Text.</translation>
    </message>
    <message>
        <source>The headline is missing.</source>
        <translation>Die Überschrift fehlt.</translation>
    </message>
    <message>
        <source>The kicker has %1 characters; at most %2 are recommended.</source>
        <translation>Die Dachzeile hat %1 Zeichen; empfohlen sind höchstens %2.</translation>
    </message>
    <message>
        <source>The headline has %1 characters; at most %2 are recommended.</source>
        <translation>Die Überschrift hat %1 Zeichen; empfohlen sind höchstens %2.</translation>
    </message>
    <message>
        <source>The teaser has %1 characters; at most %2 are recommended.</source>
        <translation>Der Vorspann hat %1 Zeichen; empfohlen sind höchstens %2.</translation>
    </message>
    <message>
        <source>The photo has no caption.</source>
        <translation>Das Foto hat keine Bildunterschrift.</translation>
    </message>
    <message>
        <source>The photo has no credit.</source>
        <translation>Das Foto hat keinen Bildnachweis.</translation>
    </message>
    <message>
        <source>The photo has no alternative text for blind and visually impaired readers.</source>
        <translation>Das Foto hat keinen Alternativtext für blinde und sehbehinderte Leser.</translation>
    </message>
    <message>
        <source>The alternative text has %1 characters; at most %2 are recommended.</source>
        <translation>Der Alternativtext hat %1 Zeichen; empfohlen sind höchstens %2.</translation>
    </message>
    <message>
        <source>The alternative text repeats the caption; describe what the photo shows instead.</source>
        <translation>Der Alternativtext wiederholt die Bildunterschrift; beschreiben Sie stattdessen, was das Foto zeigt.</translation>
    </message>
    <message>
        <source>The alternative text is only the file name; describe what the photo shows instead.</source>
        <translation>Der Alternativtext ist nur der Dateiname; beschreiben Sie stattdessen, was das Foto zeigt.</translation>
    </message>
    <message>
        <source>A subheading is empty.</source>
        <translation>Eine Zwischenüberschrift ist leer.</translation>
    </message>
    <message>
        <source>Related link %1 points to this article itself.</source>
        <translation>Weiterführender Link %1 verweist auf diesen Artikel selbst.</translation>
    </message>
    <message>
        <source>Related link %1 repeats an earlier link.</source>
        <translation>Weiterführender Link %1 wiederholt einen früheren Link.</translation>
    </message>
    <message>
        <source>Related link %1 has no address.</source>
        <translation>Weiterführender Link %1 hat keine Adresse.</translation>
    </message>
    <message>
        <source>Related link %1 is not a web address (only https and http are allowed).</source>
        <translation>Weiterführender Link %1 ist keine Webadresse (nur https und http sind erlaubt).</translation>
    </message>
    <message>
        <source>Related link %1 is not encrypted; use https if the site offers it.</source>
        <translation>Weiterführender Link %1 ist nicht verschlüsselt; bitte https verwenden, wenn die Seite es anbietet.</translation>
    </message>
    <message>
        <source>Related link %1 has no title.</source>
        <translation>Weiterführender Link %1 hat keinen Titel.</translation>
    </message>
    <message>
        <source>Double space in the text.</source>
        <translation>Doppeltes Leerzeichen im Text.</translation>
    </message>
    <message>
        <source>The byline is empty; your name for new articles is set in Preferences.</source>
        <translation>Die Autorenzeile ist leer; Ihr Name für neue Artikel wird in den Einstellungen eingetragen.</translation>
    </message>
</context>
<context>
    <name>ZipInspector</name>
    <message>
        <source>This is not a %1 but an old Word 97–2003 (.doc) file. Open it in Word or LibreOffice, save it as .docx and import that.</source>
        <translation>Dies ist kein %1, sondern eine alte Word-97–2003-Datei (.doc). Öffnen Sie sie in Word oder LibreOffice, speichern Sie sie als .docx und importieren Sie diese.</translation>
    </message>
    <message>
        <source>This is not a real %1: such files are ZIP archives, and this one is not (damaged, cut off, or another kind of file renamed).</source>
        <translation>Dies ist kein echtes %1: Solche Dateien sind ZIP-Archive, diese nicht (beschädigt, abgeschnitten oder eine umbenannte andere Datei).</translation>
    </message>
    <message>
        <source>The %1 declares more than 4 GB or 65,535 parts; it was not imported.</source>
        <translation>Das %1 gibt mehr als 4 GB oder 65.535 Teile an; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The %1 consists of %2 parts, more than any real document; it was not imported.</source>
        <translation>Das %1 besteht aus %2 Teilen, mehr als jedes echte Dokument; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The %1 would unpack to more than %2 MB from %3 KB: it looks like a ZIP bomb and was not imported.</source>
        <translation>Das %1 würde sich aus %3 KB auf mehr als %2 MB entpacken: Es sieht nach einer ZIP-Bombe aus und wurde nicht importiert.</translation>
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
