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
    <name>MainWindow</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
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
    <name>main</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
</context>
</TS>
