#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Checks a lead photo before it enters an article: JPEG, PNG or WebP (told by content, never by
// the file name), complete (decoded for real, and the format's end marker present, because
// Qt's JPEG reader returns a grey-padded image for a cut-off file), at most 50 megapixels
// (checked from the header, before a huge image is decoded). A refusal changes nothing.
class PhotoImporter
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImporter)

public:
    static constexpr qint64 maxPixels = 50'000'000;
    static constexpr qint64 maxFileBytes = 200 * 1024 * 1024;

    // A Photo with data, MIME type, size and file name; caption, credit and alt text stay empty.
    [[nodiscard]] std::optional<Photo> importFile(const QString &path);
    [[nodiscard]] std::optional<Photo> importBytes(const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    std::optional<Photo> refuse(const QString &message);

    QString m_lastError;
};
