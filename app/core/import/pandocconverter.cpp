#include "pandocconverter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
// What pandoc said on stderr, short enough for a message box.
QString firstLines(const QByteArray &text)
{
    QString message = QString::fromUtf8(text).trimmed();
    if (message.size() > 400)
        message = message.left(400) + u'…';
    return message;
}
} // namespace

QString PandocConverter::executable() const
{
    if (m_program.contains(u'/')) {
        const QFileInfo info(m_program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(m_program);
}

QString PandocConverter::missingMessage()
{
    return tr("Word, OpenDocument and RTF files are converted with pandoc, which is not installed. "
              "Install the Debian package „pandoc“ (sudo apt install pandoc) and import again; nothing was imported.");
}

PandocConverter::Result PandocConverter::toHtml(const QByteArray &input, const QString &from,
                                                const std::atomic_bool *cancel) const
{
    Result result;
    const QString program = executable();
    if (program.isEmpty()) {
        result.error = missingMessage();
        return result;
    }
    if (input.size() > m_limits.maxInputBytes) {
        result.error = tr("The document is too large to convert: %1 MB, at most %2 MB are accepted.")
                           .arg(input.size() / (1024 * 1024))
                           .arg(m_limits.maxInputBytes / (1024 * 1024));
        return result;
    }

    // --sandbox: pandoc reads only stdin and writes only stdout, no files, no network, so a
    // document cannot make it fetch a remote image or include /etc/passwd. The standalone page
    // carries the document's metadata (title, subtitle, authors, abstract) in its title block;
    // --embed-resources puts the document's images in as data: URLs (from the document, not
    // from disk), so that the first one can become the lead photo.
    const QStringList arguments{u"--sandbox"_s,
                                u"--from="_s + from,
                                u"--to=html5"_s,
                                u"--standalone"_s,
                                u"--embed-resources"_s,
                                u"--track-changes=all"_s,
                                u"--wrap=none"_s,
                                u"--metadata=pagetitle:import"_s};
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        result.error = tr("pandoc could not be started: %1").arg(process.errorString());
        return result;
    }
    process.write(input);
    process.closeWriteChannel();

    QByteArray output;
    QByteArray errors;
    const auto stop = [&process] {
        process.kill();
        process.waitForFinished(5'000);
    };
    while (process.state() != QProcess::NotRunning) {
        if (cancel && cancel->load()) {
            stop();
            result.error = tr("The import was cancelled.");
            return result;
        }
        if (timer.elapsed() > m_limits.timeoutMs) {
            stop();
            result.error = tr("pandoc did not finish converting the document within %n second(s); "
                              "the document may be damaged or built to exhaust the computer.",
                              nullptr, m_limits.timeoutMs / 1000);
            return result;
        }
        // Short slices, so that a cancel or the time limit is seen promptly.
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        if (errors.size() < 64 * 1024)
            errors += process.readAllStandardError();
        else
            process.readAllStandardError();
        if (output.size() > m_limits.maxOutputBytes) {
            stop();
            result.error = tr("The converted document is larger than %1 MB; it was not imported.")
                               .arg(m_limits.maxOutputBytes / (1024 * 1024));
            return result;
        }
    }
    output += process.readAllStandardOutput();
    errors += process.readAllStandardError();
    result.elapsedMs = timer.elapsed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = firstLines(errors);
        result.error = said.isEmpty() ? tr("pandoc could not convert the document (exit code %1).").arg(process.exitCode())
                                      : tr("pandoc could not convert the document: %1").arg(said);
        return result;
    }
    if (output.size() > m_limits.maxOutputBytes) {
        result.error = tr("The converted document is larger than %1 MB; it was not imported.")
                           .arg(m_limits.maxOutputBytes / (1024 * 1024));
        return result;
    }
    result.html = QString::fromUtf8(output);
    return result;
}
