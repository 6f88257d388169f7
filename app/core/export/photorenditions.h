#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct Photo;

// The image files of an exported photo: resized JPEG renditions for srcset (never wider than
// the original), or the original bytes alone when resizing is off.
class PhotoRenditions
{
public:
    struct Rendition {
        QString fileName;
        int width = 0;
        int height = 0;
        QByteArray data;
    };

    // baseName is the page's slug; files are named "<baseName>-foto-<width>.jpg" or
    // "<baseName>-foto.<original extension>".
    PhotoRenditions(const Photo &photo, const QString &baseName);

    // Decodes the original once and writes one JPEG per width. False (with error()) when the
    // photo cannot be decoded or encoded.
    bool resize(const QList<int> &widths, int jpegQuality);
    // Copies the original; its size is read from the header when the Photo does not know it.
    bool copyOriginal();

    [[nodiscard]] const QList<Rendition> &renditions() const { return m_renditions; }
    [[nodiscard]] QString error() const { return m_error; }
    // The rendition for the plain src attribute: the widest one not above preferredWidth.
    [[nodiscard]] const Rendition *fallback(int preferredWidth) const;

    [[nodiscard]] static QString extensionFor(const QString &mimeType);

private:
    const Photo &m_photo;
    QString m_baseName;
    QList<Rendition> m_renditions;
    QString m_error;
};
