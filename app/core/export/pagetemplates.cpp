#include "pagetemplates.h"

#include "export/exportoptions.h"
#include "export/htmlexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
const QString builtinTemplates = u":/newsdesk/export/"_s;

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = HtmlExporter::tr("Cannot read the export template %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}
} // namespace

PageTemplates PageTemplates::load(const ExportOptions &options)
{
    PageTemplates templates;
    QString folder;
    if (!options.templateFolder.isEmpty()) {
        if (!QFileInfo(options.templateFolder).isDir()) {
            templates.error = HtmlExporter::tr("The template folder %1 does not exist.")
                                  .arg(QDir::toNativeSeparators(options.templateFolder));
            return templates;
        }
        folder = options.templateFolder + u'/';
    }
    // The built-in files never change while the program runs: read them once. A user's files
    // are read on every export, so that an edited template shows up at the next export.
    static const PageTemplates builtin = [] {
        PageTemplates t;
        t.page = readText(builtinTemplates + u"page.html"_s, &t.error);
        if (t.error.isEmpty())
            t.style = readText(builtinTemplates + u"style.css"_s, &t.error);
        return t;
    }();
    if (!builtin.error.isEmpty())
        return builtin;
    const auto pick = [&](const QString &name, const QString &fallback) -> QString {
        if (!folder.isEmpty() && QFileInfo::exists(folder + name))
            return readText(folder + name, &templates.error);
        return fallback;
    };
    templates.page = pick(u"page.html"_s, builtin.page);
    if (templates.error.isEmpty())
        templates.style = pick(u"style.css"_s, builtin.style);
    return templates;
}

QString PageTemplates::fill(QStringView pageTemplate, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(pageTemplate.size() + 16384);
    qsizetype last = 0;
    while (true) {
        const qsizetype open = pageTemplate.indexOf(u"{{", last);
        const qsizetype close = open < 0 ? -1 : pageTemplate.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        out += pageTemplate.mid(last, open - last);
        out += values.value(pageTemplate.mid(open + 2, close - open - 2).trimmed().toString());
        last = close + 2;
    }
    out += pageTemplate.mid(last);
    return out;
}
