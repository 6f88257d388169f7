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
    <message>
        <source>No database support is built in yet.</source>
        <translation>Noch keine Datenbankunterstützung eingebaut.</translation>
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
</TS>
