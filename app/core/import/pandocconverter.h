#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

// Runs pandoc (Debian package `pandoc`, a runtime dependency of document import) to turn a
// .docx, .odt or .rtf into HTML. pandoc runs as a child process with --sandbox (it reads
// nothing but its input, which comes on stdin, and fetches nothing from the network), a time
// limit, an input size limit and an output size limit; what it prints is never trusted: the
// caller sends it through the clean-body writer. Not a docx parser of our own, on purpose.
class PandocConverter
{
    Q_DECLARE_TR_FUNCTIONS(PandocConverter)

public:
    struct Limits {
        qint64 maxInputBytes = 64 * 1024 * 1024;
        qint64 maxOutputBytes = 96 * 1024 * 1024; // embedded images count
        int timeoutMs = 60'000;
    };

    struct Result {
        QString html; // a standalone HTML page (title block, body, embedded images)
        QString error; // translated; empty on success
        qint64 elapsedMs = 0; // wall time of the pandoc process
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // The program to run: a name looked up in PATH ("pandoc") or a path. Tests point it at a
    // missing program to see the message a machine without pandoc shows.
    void setProgram(const QString &program) { m_program = program; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    [[nodiscard]] Limits limits() const { return m_limits; }

    // The resolved executable, empty when pandoc is not installed.
    [[nodiscard]] QString executable() const;
    [[nodiscard]] bool isAvailable() const { return !executable().isEmpty(); }

    // from: pandoc's reader name (docx, odt, rtf). Tracked changes come out marked
    // (--track-changes=all) so that the caller can count, accept or reject them itself.
    // cancel, when given, is polled while pandoc runs; setting it kills the process.
    [[nodiscard]] Result toHtml(const QByteArray &input, const QString &from,
                                const std::atomic_bool *cancel = nullptr) const;

    // "pandoc is not installed …" naming the Debian package.
    [[nodiscard]] static QString missingMessage();

private:
    QString m_program = QStringLiteral("pandoc");
    Limits m_limits;
};
