// Photo metadata (issue #15): reading a photo's IPTC/XMP/Exif per photo, and HTML export with
// photo renditions with and without writing metadata into them, in one run; plus the bytes the
// metadata adds to each rendition. Run with `tools/dev bench photometadata`; results go into
// BENCHMARKS.md, "## Photo metadata (#15)".

#include "export/folderexport.h"
#include "testenvironment.h"
#include "export/htmlexporter.h"
#include "photo/photometadatareader.h"

#include "../export/exportsamples.h"
#include "../photo/photofixtures.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QRandomGenerator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include "benchtiming.h"

#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// Exports every article into a fresh folder; the photo files' sizes by name go into `sizes`,
// and the first article's 480 px JPEG into `sample`.
bool exportAll(const QList<Article> &input, bool metadata, QHash<QString, qint64> *sizes, QString *error,
               QByteArray *sample = nullptr)
{
    QTemporaryDir dir;
    FolderExport folder(dir.path());
    ExportOptions options;
    options.baseUrl = QUrl(u"https://www.example.de/artikel/"_s);
    options.photoMetadata = metadata;
    const HtmlExporter exporter;
    for (const Article &article : input) {
        if (folder.write(exporter, {article, {}, QString()}, options).isEmpty()) {
            *error = folder.error();
            return false;
        }
    }
    if (sizes) {
        const QStringList files = QDir(dir.path()).entryList({u"*.jpg"_s, u"*.webp"_s}, QDir::Files);
        for (const QString &name : files)
            sizes->insert(name, QFileInfo(dir.filePath(name)).size());
    }
    if (sample) {
        const QStringList small = QDir(dir.path()).entryList({u"*-1-*foto-480.jpg"_s}, QDir::Files);
        QFile file(dir.filePath(small.value(0)));
        if (file.open(QIODevice::ReadOnly))
            *sample = file.readAll();
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = qEnvironmentVariableIntValue("NEWSDESK_BENCH_ARTICLES") > 0
        ? qEnvironmentVariableIntValue("NEWSDESK_BENCH_ARTICLES") : 50;
    const int reads = 500;

    // A 2000x1333 agency photo with UTF-8 IIM and XMP, sized as the export benchmark's photo,
    // with a photo's entropy (gradients and grain: a flat test image compresses to almost
    // nothing and would overstate the metadata's share), and the real U.S. Navy photo.
    QImage picture(2000, 1333, QImage::Format_RGB32);
    QRandomGenerator grain(15);
    for (int y = 0; y < picture.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = 0; x < picture.width(); ++x) {
            const int noise = int(grain.bounded(24)) - 12;
            line[x] = qRgb(std::clamp(x * 255 / 2000 + noise, 0, 255), std::clamp(y * 255 / 1333 + noise, 0, 255),
                           std::clamp(128 + noise * 2, 0, 255));
        }
    }
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "JPEG", 90);
    const QByteArray agency = PhotoFixtures::agencyPhotoFrom(encoded);
    QFile real((TestEnvironment::sourceDir() + u"/tests/data/photos/uss-ronald-reagan-navy.jpg"_s));
    if (!real.open(QIODevice::ReadOnly)) {
        out << "missing " << real.fileName() << Qt::endl;
        return 1;
    }
    const QByteArray navy = real.readAll();

    (void)PhotoMetadataReader::read(agency); // warm-up: Exiv2's XMP toolkit starts once
    const Timing readAgency = measure([&] {
        for (int i = 0; i < reads; ++i)
            (void)PhotoMetadataReader::read(agency);
    });
    const Timing readNavy = measure([&] {
        for (int i = 0; i < reads; ++i)
            (void)PhotoMetadataReader::read(navy);
    });

    QList<Article> input;
    for (int i = 0; i < count; ++i) {
        Article a = ExportSamples::normal();
        a.id = i + 1;
        a.headline = u"Neue Straßenbahnlinie Nr. %1 eröffnet"_s.arg(i + 1);
        a.photo.data = agency;
        a.photo.width = 2000;
        a.photo.height = 1333;
        a.photo.caption = u"Bürgermeisterin Müller eröffnet die Straßenbahnlinie in Köln."_s;
        a.photo.credit = u"Foto: picture alliance/dpa | Max Mustermann"_s;
        input << a;
    }
    QString error;
    if (!exportAll(input.mid(0, 1), true, nullptr, &error)) { // warm-up: image plugins
        out << "export failed: " << error << Qt::endl;
        return 1;
    }
    // Alternating, so that a neighbour's build hits both about equally.
    Timing without;
    Timing with;
    QHash<QString, qint64> sizesWithout;
    QHash<QString, qint64> sizesWith;
    QByteArray sample;
    bool ok = true;
    for (int round = 0; round < 2 && ok; ++round) {
        const Timing a = measure([&] { ok = ok && exportAll(input, false, &sizesWithout, &error); });
        const Timing b = measure([&] { ok = ok && exportAll(input, true, &sizesWith, &error, &sample); });
        without.wall += a.wall;
        without.cpu += a.cpu;
        with.wall += b.wall;
        with.cpu += b.cpu;
    }
    if (!ok) {
        out << "export failed: " << error << Qt::endl;
        return 1;
    }
    const int exported = 2 * count;

    const auto ms = [](const Timing &t, int n) { return QString::number(t.wall * 1000 / n, 'f', 2); };
    const auto cpuMs = [](const Timing &t, int n) { return QString::number(t.cpu * 1000 / n, 'f', 2); };
    const auto rate = [](const Timing &t, int n) { return QString::number(n / t.wall, 'f', 1); };
    const auto cpuRate = [](const Timing &t, int n) { return QString::number(n / t.cpu, 'f', 1); };
    out << "| measure | result |\n|---|---|\n";
    out << "| read metadata, 2000x1333 agency JPEG (" << agency.size() / 1024 << " KB, IIM + XMP), " << reads
        << " times | " << ms(readAgency, reads) << " ms per photo wall, " << cpuMs(readAgency, reads) << " ms CPU |\n";
    out << "| read metadata, U.S. Navy sample photo (" << navy.size() / 1024 << " KB, IIM + XMP + Photoshop) | "
        << ms(readNavy, reads) << " ms per photo wall, " << cpuMs(readNavy, reads) << " ms CPU |\n";
    out << "| HTML export with 480/800/1200 JPEG + WebP renditions, without metadata, " << exported << " articles | "
        << rate(without, exported) << " articles/s wall, " << cpuRate(without, exported) << " per CPU second |\n";
    out << "| the same with metadata written and stripped, same run | " << rate(with, exported) << " articles/s wall, "
        << cpuRate(with, exported) << " per CPU second |\n";
    QStringList names = sizesWith.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        if (!name.startsWith(u"Neue-Strassenbahnlinie-Nr-1-"_s) || !sizesWithout.contains(name))
            continue;
        const qint64 plain = sizesWithout.value(name);
        const qint64 added = sizesWith.value(name) - plain;
        out << "| size cost " << name.mid(name.indexOf(u"foto"_s)) << " | +" << added << " bytes on " << plain << " ("
            << QString::number(100.0 * added / plain, 'f', 1) << " %) |\n";
    }
    out << "\nexiv2 -pS of the 480 px JPEG with metadata (where the bytes go):\n"
        << TestPhotos::dump(sample, "jpg", u"-pS"_s);
    const QString packet = TestPhotos::dump(sample, "jpg", u"-pX"_s);
    out << "\nits XMP packet: " << packet.size() << " characters, of them " << packet.count(u' ') + packet.count(u'\n')
        << " spaces and line breaks\n";
    out.flush();
    return 0;
}
