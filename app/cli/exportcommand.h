#pragma once

#include "clicommand.h"
#include "export/exporterregistry.h"

#include <QCoreApplication>

// newsdesk-cli export [--format html|ninjs] [--fragment] [--out DIR] [--base-url URL]
//                     [--template DIR] [--no-resize] [--no-webp] [--keep-gps] [--no-typography] [--force] (ID...|--all)
// Writes one file per article (plus images) into DIR with FolderExport; a batch shows a
// progress line on stderr. Exit codes: 2 bad usage, 3 an article is missing, 4 I/O error.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    explicit ExportCommand(ExporterRegistry exporters);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;

private:
    ExporterRegistry m_exporters;
};
