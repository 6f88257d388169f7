#pragma once

// Articles the export tests share: a normal one, one with every field at its limit and one
// full of hostile text. German words with umlauts and ß throughout.

#include "article.h"

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QTimeZone>

namespace ExportSamples {
using namespace Qt::StringLiterals;

inline QByteArray jpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    for (int x = 0; x < width; x += 40)
        painter.fillRect(x, 0, 40, height, QColor::fromHsv((x / 40 * 37) % 360, 160, 200));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

inline Photo photo(int width, int height)
{
    Photo p;
    p.data = jpeg(width, height);
    p.mimeType = u"image/jpeg"_s;
    p.width = width;
    p.height = height;
    p.fileName = u"DSC_0042.jpg"_s;
    p.caption = u"Soldaten bei einer Übung im Süden des Landes"_s;
    p.credit = u"dpa"_s;
    p.altText = u"Soldaten in Uniform stehen in einer Reihe auf einem schneebedeckten Übungsplatz"_s;
    return p;
}

inline QDateTime berlin(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Europe/Berlin")).toUTC();
}

inline Article related()
{
    Article a;
    a.id = 7;
    a.section = u"Außenpolitik"_s;
    a.headline = u"Südkorea erhöht die Wachsamkeit"_s;
    a.teaser = u"Seoul reagiert auf Berichte über Truppenbewegungen."_s;
    a.published = berlin(2024, 10, 24, 18, 30);
    a.modified = a.published;
    return a;
}

inline Article normal()
{
    Article a;
    a.id = 42;
    a.section = u"Politik"_s;
    a.kicker = u"Ukraine-Krieg"_s;
    a.headline = u"Nordkorea-Soldaten in Russland"_s;
    a.teaser = u"Südkoreas Geheimdienst berichtet über tausende Soldaten, die für Übungen nach Russland verlegt worden seien."_s;
    a.bodyHtml = u"<p>Berlin/Seoul (dpa) - Die Lage ist \"ernst\", sagte ein Sprecher am 25. Oktober. Der Anteil stieg um 10 % (vgl. S. 5).</p>\n"
                 "<h2>Größere Übungen</h2>\n"
                 "<p>Laut Bericht <a href=\"https://www.example.org/bericht\">des Geheimdiensts</a> gab es z. B. Übungen ...</p>\n"
                 "<blockquote><p>Wir beobachten die Lage genau.</p></blockquote>\n"
                 "<ul><li>Erste Meldung</li><li>Zweite Meldung mit <strong>Gewicht</strong></li></ul>\n"
                 "<p>Mehr unter <a href=\"mailto:redaktion@example.org\">redaktion@example.org</a>.</p>"_s;
    a.authors = {u"Anna Müller"_s, u"Jörg Weiß"_s};
    a.dateline = u"Berlin"_s;
    a.published = berlin(2024, 10, 25, 10, 15);
    a.modified = berlin(2024, 10, 25, 11, 0);
    a.created = berlin(2024, 10, 25, 9, 0);
    a.status = ArticleStatus::Published;
    a.tags = {u"Nordkorea"_s, u"Russland"_s, u"Südkorea"_s};
    a.language = u"de-DE"_s;
    a.photo = photo(1600, 900);
    a.related = {RelatedLink{7, {}, {}}, RelatedLink{0, QUrl(u"https://www.example.org/hintergrund"_s), u"Hintergrund: Grüße aus Pjöngjang"_s}};
    return a;
}

// Every field as long as validation lets it be, lists at their maximum.
inline Article atLimit()
{
    Article a = normal();
    a.section = u"Wirtschaftspolitik und Außenhandel"_s;
    a.kicker = QString(u"Überlänge "_s).repeated(6).trimmed();
    a.headline = QString(u"Größenwahn "_s).repeated(11).trimmed();
    a.teaser = QString(u"Straßenbahnfahrer fordern höhere Zuschläge für Nachtschichten. "_s).repeated(8).trimmed();
    QString body;
    for (int i = 0; i < 120; ++i) {
        body += u"<p>Absatz %1: Die Bürgerinnen und Bürger äußerten \"große\" Sorgen über Straßenschäden, "
                "Lärm und Gebühren – rund 12 % mehr als im Vorjahr, schreibt der Stadtrat auf S. %1 z. B. ...</p>\n"_s.arg(i + 1);
        if (i % 20 == 19)
            body += u"<h2>Zwischenüberschrift Nummer %1 über Größe</h2>\n"_s.arg(i / 20 + 1);
    }
    a.bodyHtml = body;
    a.authors.clear();
    for (int i = 0; i < 10; ++i)
        a.authors << u"Jürgen Straßmann-Öztürk %1"_s.arg(i + 1);
    a.dateline = u"Garmisch-Partenkirchen"_s;
    a.tags.clear();
    for (int i = 0; i < 30; ++i)
        a.tags << u"Schlagwort Ä%1"_s.arg(i + 1);
    a.photo = photo(2400, 1600);
    a.photo.caption = QString(u"Bildunterschrift über Übungen "_s).repeated(10).trimmed();
    a.photo.altText = QString(u"Ausführliche Beschreibung für Blinde "_s).repeated(8).trimmed();
    a.photo.credit = u"Foto: Kay Nietfeld/dpa"_s;
    a.related.clear();
    for (int i = 0; i < 10; ++i)
        a.related << RelatedLink{0, QUrl(u"https://www.example.org/artikel/%1"_s.arg(i)), u"Weiterführender Bericht über Gemüse %1"_s.arg(i)};
    return a;
}

// Text that tries to break out of every context the page has.
inline Article hostile()
{
    Article a = normal();
    a.section = u"<script>alert('Ressort')</script>"_s;
    a.kicker = u"\"><img src=x onerror=alert(1)>"_s;
    a.headline = u"</script><script>alert(\"Überfall\")</script><!-- ß"_s;
    a.teaser = u"Teaser mit \"Anführungszeichen\" & <b>Tags</b> und ' Apostroph </title>"_s;
    a.bodyHtml = u"<p onclick=\"alert(1)\">Text <a href=\"javascript:alert(1)\">böser Link</a> und "
                 "<a href=\"data:text/html,<script>alert(1)</script>\">Daten</a>.</p>"
                 "<script>alert('Körper')</script><style>body{display:none}</style>"
                 "<iframe src=\"https://evil.example/\"></iframe><img src=\"https://tracker.example/pixel.gif\">"
                 "<p>Ungültiges UTF-8: "_s
        + QString::fromUtf8("\xC3\x28 \xFF\xFE Steuerzeichen \x01\x02 und \xC2\x85 Ende") + u"</p>"_s;
    a.authors = {u"<b>Mallory</b> \"Müller\""_s};
    a.dateline = u"Köln</p><p>"_s;
    a.tags = {u"</script>"_s, u"<!--"_s, u"&amp;"_s};
    a.language = u"de\"><script>"_s;
    a.photo.caption = u"<script>alert('Bild')</script>"_s;
    a.photo.credit = u"\" onload=\"alert(1)"_s;
    a.photo.altText = u"\"><script>alert('alt')</script>"_s;
    a.related = {RelatedLink{0, QUrl(u"javascript:alert(1)"_s), u"Klick mich"_s},
                 RelatedLink{0, QUrl(u"https://www.example.org/?q=\"><script>"_s), u"</a><script>alert(2)</script>"_s},
                 RelatedLink{99, {}, {}}};
    return a;
}
} // namespace ExportSamples
