#pragma once

#include "article.h"
#include "photo/photometadata.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>

class DialogInterface;
class FormLineEdit;
class LengthCounter;
class QLabel;
class QPushButton;

// The lead photo: a preview that takes drops and a file dialog, and the caption, credit and
// alt-text fields. Image checks belong to the model: the panel asks its importer and shows the
// importer's message when an image is refused, changing nothing. A new photo's embedded
// caption, credit and alt text fill the fields that are empty (PhotoMetadataFill), as a step of
// its own (filledFromPhoto()), and a line below the photo says which fields came from it.
class PhotoPanel : public QWidget
{
    Q_OBJECT

public:
    struct ImportResult {
        std::optional<Photo> photo; // image fields filled; caption, credit, alt empty
        QString error; // translated, for the user, when refused
        PhotoMetadata metadata; // what the accepted photo says about itself
    };
    using Importer = std::function<ImportResult(const QByteArray &data, const QString &fileName)>;

    PhotoPanel(DialogInterface *dialogs, QWidget *parent = nullptr);

    // The model's PhotoImporter by default; a test or a newsroom policy may pass another.
    void setImporter(Importer importer) { m_importer = std::move(importer); }
    [[nodiscard]] static ImportResult modelImport(const QByteArray &data, const QString &fileName);

    void setPhoto(const Photo &photo); // no signal
    [[nodiscard]] Photo photo() const;
    void setAltTextLimit(int limit);
    // The newsroom's credit form (AppSettings::photoCreditFormat, see CreditFormat).
    void setCreditFormat(const QString &format);
    // True while the fields are being filled from a new photo's metadata: the form records
    // that as one step (filledFromPhoto()), not as typing.
    [[nodiscard]] bool isFillingFromPhoto() const { return m_filling; }
    [[nodiscard]] const PhotoMetadata &metadata() const { return m_metadata; }

    // Reads and imports a file; false (and a message) when refused.
    bool importFile(const QString &path);
    void chooseFile();
    void removePhoto();

    [[nodiscard]] FormLineEdit *captionEdit() const { return m_caption; }
    [[nodiscard]] FormLineEdit *creditEdit() const { return m_credit; }
    [[nodiscard]] FormLineEdit *altTextEdit() const { return m_altText; }
    [[nodiscard]] LengthCounter *altTextCounter() const { return m_altCounter; }
    [[nodiscard]] QPushButton *chooseButton() const { return m_choose; }
    [[nodiscard]] QLabel *metadataLabel() const { return m_metadataInfo; }

Q_SIGNALS:
    // A new image or none; the text fields signal through their documents.
    void imageChanged();
    // After imageChanged(): empty fields were filled from the new photo's metadata.
    void filledFromPhoto();

protected:
    // Alike in shape to MainWindow's on purpose: both take dropped files, each its own kind.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showImage();
    void readMetadata();
    void showMetadata();

    DialogInterface *m_dialogs;
    Importer m_importer;
    Photo m_image; // data, type, size, file name; the texts live in the fields
    QImage m_decoded;
    const char *m_decodedFrom = nullptr;
    QLabel *m_preview;
    QLabel *m_info;
    QPushButton *m_choose;
    QPushButton *m_remove;
    FormLineEdit *m_caption;
    FormLineEdit *m_credit;
    FormLineEdit *m_altText;
    LengthCounter *m_altCounter;
    QLabel *m_metadataInfo;
    QString m_creditFormat;
    PhotoMetadata m_metadata;
    const char *m_metadataFrom = nullptr;
    bool m_filling = false;
};
