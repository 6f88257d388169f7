#include "sample/samplearticles.h"

#include "body/bodydocument.h"
#include "i18n/germanformat.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SampleArticles {
QByteArray drawPhoto()
{
    QImage image(1600, 900, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // Evening sky.
    QLinearGradient sky(0, 0, 0, 900);
    sky.setColorAt(0.0, QColor(0x1d, 0x2b, 0x53));
    sky.setColorAt(0.55, QColor(0xe0, 0x7a, 0x5f));
    sky.setColorAt(1.0, QColor(0xf2, 0xcc, 0x8f));
    p.fillRect(image.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xff, 0xe8, 0xb0));
    p.drawEllipse(QPointF(1220, 330), 90, 90);
    // A fixed seed: the same photo on every first start.
    QRandomGenerator random(20241025);
    // Skyline: two layers of towers, the back one lighter.
    for (int layer = 0; layer < 2; ++layer) {
        const QColor colour = layer == 0 ? QColor(0x3d, 0x40, 0x5b) : QColor(0x22, 0x23, 0x34);
        int x = -20;
        while (x < 1600) {
            const int w = 50 + int(random.bounded(90));
            const int h = (layer == 0 ? 260 : 160) + int(random.bounded(layer == 0 ? 300 : 260));
            p.setBrush(colour);
            p.drawRect(x, 900 - h - 120, w, h + 120);
            if (layer == 1) {
                p.setBrush(QColor(0xff, 0xd1, 0x66, 160));
                for (int wy = 900 - h - 100; wy < 860; wy += 34) {
                    for (int wx = x + 10; wx < x + w - 14; wx += 22) {
                        if (random.bounded(3) == 0)
                            p.drawRect(wx, wy, 10, 16);
                    }
                }
            }
            x += w + 6;
        }
    }
    // A TV tower as a landmark.
    p.setBrush(QColor(0x22, 0x23, 0x34));
    p.drawRect(420, 180, 16, 600);
    p.drawEllipse(QPointF(428, 330), 38, 38);
    p.drawRect(426, 90, 4, 100);
    // Rising bars of a chart in front: what the piece is about.
    const int values[] = {120, 150, 140, 190, 230, 260, 310};
    for (int i = 0; i < 7; ++i) {
        p.setBrush(QColor(0x81, 0xb2, 0x9a, 230));
        p.drawRoundedRect(QRectF(980 + i * 80, 880 - values[i], 56, values[i] + 40), 6, 6);
    }
    p.setPen(QPen(QColor(0xf4, 0xf1, 0xde), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath trend;
    trend.moveTo(1008, 880 - values[0] - 30);
    for (int i = 1; i < 7; ++i)
        trend.lineTo(1008 + i * 80, 880 - values[i] - 30);
    p.setBrush(Qt::NoBrush);
    p.drawPath(trend);
    p.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

Article mainArticle(qint64 relatedArticleId)
{
    Article a;
    a.section = u"Lokales"_s;
    a.kicker = u"Nahverkehr"_s;
    a.headline = u"Stadt sichert Übergangsfinanzierung für neue Straßenbahnlinie"_s;
    a.teaser = u"Der Stadtrat hat am Donnerstagabend 48 Millionen Euro freigegeben. Damit kann der Bau der "
               u"Linie 7 beginnen, bevor die Fördermittel des Landes fließen – Anwohner rechnen dennoch mit "
               u"zwei Jahren Baustelle."_s;
    a.bodyHtml = BodyDocument::sanitize(
        u"<p>Nach mehr als vier Stunden Debatte stand das Ergebnis fest: Mit 41 zu 17 Stimmen hat der "
        u"Stadtrat die <strong>Übergangsfinanzierung</strong> für die neue Straßenbahnlinie 7 beschlossen. "
        u"Die Stadtwerke dürfen nun Aufträge vergeben, obwohl der Förderbescheid des Landes erst im "
        u"Frühjahr erwartet wird.</p>\n"
        u"<h2>Warum die Stadt in Vorleistung geht</h2>\n"
        u"<p>Ohne den Beschluss hätte sich der Baubeginn nach Angaben der Verwaltung um mindestens ein Jahr "
        u"verschoben. Die Preise für Gleisbau und Oberleitungen steigen derzeit schneller als die "
        u"allgemeine Teuerung; jedes Jahr Verzögerung hätte das Projekt <em>mehrere Millionen Euro</em> "
        u"teurer gemacht.</p>\n"
        u"<blockquote><p>„Wir warten nicht länger auf Papier aus der Landeshauptstadt. Die Menschen im "
        u"Norden der Stadt brauchen diese Verbindung jetzt“, sagte Baudezernentin Miriam Okafor.</p>"
        u"</blockquote>\n"
        u"<p>Die Opposition kritisierte das Risiko: Bleibt die Förderung aus, muss die Stadt die Summe "
        u"allein tragen. Die Kämmerei hält das für unwahrscheinlich, weil das Land die Linie bereits in "
        u"sein Nahverkehrskonzept aufgenommen hat.</p>\n"
        u"<h2>Was sich für Anwohner ändert</h2>\n"
        u"<p>Die Bauarbeiten beginnen im März an drei Stellen gleichzeitig:</p>\n"
        u"<ul>\n<li>Nordring zwischen Hafenstraße und Am Weidendamm: Vollsperrung für zwölf Wochen</li>\n"
        u"<li>Marktplatz: Umleitung der Buslinien 12 und 15</li>\n"
        u"<li>Gewerbegebiet Ost: nächtliche Arbeiten nur mit Lärmschutzwänden</li>\n</ul>\n"
        u"<h3>So geht es weiter</h3>\n"
        u"<ol>\n<li>Ausschreibung der Gleisbauarbeiten bis Ende Januar</li>\n"
        u"<li>Bürgerversammlung im Rathaus am 14. Februar</li>\n"
        u"<li>Inbetriebnahme der Linie voraussichtlich im Herbst 2027</li>\n</ol>\n"
        u"<p>Alle Pläne und der Zeitplan stehen im <a href=\"https://www.example.org/linie7\">Bürgerportal "
        u"der Stadt</a>. Fragen beantworten die Stadtwerke unter "
        u"<a href=\"mailto:linie7@example.org\">linie7@example.org</a>.</p>"_s);
    a.authors = {u"Jana Lindqvist"_s, u"Tobias Reinhardt"_s};
    a.dateline = u"Musterstadt"_s;
    a.published = QDateTime(QDate(2024, 10, 25), QTime(10, 15), GermanFormat::newsroomZone()).toUTC();
    a.status = ArticleStatus::Editing;
    a.tags = {u"Straßenbahn"_s, u"Stadtrat"_s, u"Nahverkehr"_s, u"Haushalt"_s};
    a.photo.data = drawPhoto();
    a.photo.mimeType = u"image/jpeg"_s;
    a.photo.width = 1600;
    a.photo.height = 900;
    a.photo.fileName = u"linie7-skyline.jpg"_s;
    a.photo.caption = u"Die Linie 7 soll den Norden der Stadt mit dem Zentrum verbinden."_s;
    a.photo.credit = u"Newsdesk"_s;
    a.photo.altText = u"Stilisierte Stadtsilhouette in der Abenddämmerung mit Fernsehturm, davor ein "
                      u"ansteigendes Balkendiagramm."_s;
    RelatedLink internal;
    internal.articleId = relatedArticleId;
    RelatedLink external;
    external.url = QUrl(u"https://www.vdv.de/"_s);
    external.title = u"Verband Deutscher Verkehrsunternehmen"_s;
    a.related = {internal, external};
    return a;
}

Article secondArticle()
{
    Article a;
    a.section = u"Lokales"_s;
    a.kicker = u"Bürgerbeteiligung"_s;
    a.headline = u"Anwohner diskutieren Trasse der Linie 7"_s;
    a.teaser = u"Rund 300 Menschen kamen zur Informationsveranstaltung in die Stadthalle. Umstritten bleibt "
               u"die Führung durch den Nordring."_s;
    a.bodyHtml = BodyDocument::sanitize(
        u"<p>Die Stadtwerke stellten am Dienstag drei mögliche Trassen vor. Die meisten Fragen betrafen "
        u"Parkplätze, Lärm und die Dauer der Bauarbeiten.</p>\n"
        u"<h2>Kritik am Nordring</h2>\n"
        u"<p>Geschäftsleute befürchten Umsatzeinbußen während der Sperrung. Die Stadt kündigte einen "
        u"Härtefallfonds an.</p>"_s);
    a.authors = {u"Tobias Reinhardt"_s};
    a.dateline = u"Musterstadt"_s;
    a.published = QDateTime(QDate(2024, 10, 22), QTime(18, 30), GermanFormat::newsroomZone()).toUTC();
    a.status = ArticleStatus::Published;
    a.tags = {u"Straßenbahn"_s, u"Bürgerbeteiligung"_s};
    return a;
}
} // namespace SampleArticles
