#include "exporterregistry.h"

#include "export/exporter.h"
#include "export/htmlexporter.h"
#include "export/ninjsexporter.h"

#include <algorithm>

ExporterRegistry::~ExporterRegistry() = default;

ExporterRegistry ExporterRegistry::createStandard()
{
    ExporterRegistry registry;
    // One line per format, in the order menus list them.
    registry.add(std::make_unique<HtmlExporter>());
    registry.add(std::make_unique<NinjsExporter>());
    return registry;
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    if (!exporter)
        return;
    const QString id = exporter->id();
    const auto existing = std::find_if(m_exporters.begin(), m_exporters.end(),
                                       [&id](const auto &e) { return e->id() == id; });
    if (existing != m_exporters.end())
        *existing = std::move(exporter);
    else
        m_exporters.push_back(std::move(exporter));
}

const Exporter *ExporterRegistry::find(const QString &id) const
{
    for (const auto &exporter : m_exporters) {
        if (exporter->id() == id)
            return exporter.get();
    }
    return nullptr;
}

QStringList ExporterRegistry::ids() const
{
    QStringList result;
    for (const auto &exporter : m_exporters)
        result << exporter->id();
    return result;
}
