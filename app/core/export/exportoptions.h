#pragma once

#include "i18n/germanformat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// Everything a user can choose about an export, with the defaults a newsroom starts from. The
// settings dialog maps preferences onto this; the CLI maps its flags onto it.
struct ExportOptions {
    // Canonical URL = baseUrl + slug + ".html" (og:url, JSON-LD url, <link rel=canonical>).
    // Empty: those tags are left out rather than pointing at a made-up site.
    QUrl baseUrl;
    // A folder holding page.html, fragment.html and/or style.css that replace the built-in
    // ones (see docs/export-templates.md). Empty or missing files: the built-in resource.
    QString templateFolder;
    // Widths of the resized photo renditions in the srcset; never wider than the original.
    QList<int> imageWidths{480, 800, 1200};
    bool resizeImages = true; // off: copy the original photo only (fast batch export)
    int jpegQuality = 82;
    // With resizing: each width also as WebP (a third smaller at the same quality), offered in a
    // <picture> before the JPEG fallback. Skipped where Qt has no WebP image plugin.
    bool webp = true;
    // Every exported photo file carries the article's caption, credit, copyright, photographer
    // and alt text (XMP, and IPTC IIM in JPEGs), and loses what MetadataStripRules lists. Off
    // only to measure its cost (BENCHMARKS.md): the files are then written bare, the original
    // copy untouched.
    bool photoMetadata = true;
    // Keep the photo's GPS position, for a photo whose place is meant to be public.
    bool keepPhotoGps = false;
    bool typography = true; // German quotes, ellipsis, non-breaking spaces in text nodes
    bool fragment = false; // only the <article> element, for pasting into a site's CMS
    // Dates and times are shown to the reader in the newsroom's zone.
    QByteArray timeZoneId = GermanFormat::NewsroomZoneId.toByteArray();

    bool operator==(const ExportOptions &) const = default;
};
