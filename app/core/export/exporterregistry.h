#pragma once

#include "export/exporter.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// The export formats the application offers. Created in main() (or the CLI) and passed to
// whoever exports; not a singleton, so tests build their own with the formats they need.
class ExporterRegistry
{
public:
    ExporterRegistry() = default;
    ExporterRegistry(ExporterRegistry &&) noexcept = default;
    ExporterRegistry &operator=(ExporterRegistry &&) noexcept = default;
    ExporterRegistry(const ExporterRegistry &) = delete;
    ExporterRegistry &operator=(const ExporterRegistry &) = delete;
    ~ExporterRegistry();

    // Every format Newsdesk ships. The one place where a new format is added.
    [[nodiscard]] static ExporterRegistry createStandard();

    // A later exporter with the same id replaces the earlier one.
    void add(std::unique_ptr<Exporter> exporter);
    // nullptr when no format has this id.
    [[nodiscard]] const Exporter *find(const QString &id) const;
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] const std::vector<std::unique_ptr<Exporter>> &exporters() const { return m_exporters; }

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};
