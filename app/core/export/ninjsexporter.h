#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

// IPTC ninjs 2.2 as an export format: NinjsWriter behind the Exporter strategy. Without a base
// URL the photo is embedded as a data: URI and the JSON file stands alone; with one (the site's
// address, ExportOptions::baseUrl) the original photo is written beside the JSON and the
// rendition points at baseUrl + its file name, where the site will serve it.
// Declared like HtmlExporter on purpose: both are Exporter strategies, alike only in shape.
class NinjsExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(NinjsExporter)

public:
    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString fileExtension() const override;
    [[nodiscard]] ExportResult exportArticle(const ExportRequest &request, const ExportOptions &options) const override;
};
