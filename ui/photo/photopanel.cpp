#include "photo/photopanel.h"

#include "dialogs/dialoginterface.h"
#include "editor/formlineedit.h"
#include "editor/lengthcounter.h"
#include "photo/creditformat.h"
#include "photo/photometadatafill.h"
#include "photo/photometadatareader.h"
#include "photo/photoorientation.h"
#include "photoimporter.h"

#include <QBuffer>
#include <QImageReader>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QResizeEvent>
#include <QTextDocument>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PhotoPanel::PhotoPanel(DialogInterface *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_importer(&PhotoPanel::modelImport)
    , m_creditFormat(CreditFormat::defaultFormat)
{
    setAcceptDrops(true);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"photoPreview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(160, 90);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAutoFillBackground(true);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_metadataInfo = new QLabel(this);
    m_metadataInfo->setObjectName(u"photoMetadataInfo"_s);
    m_metadataInfo->setWordWrap(true);
    m_metadataInfo->setTextFormat(Qt::PlainText);

    m_choose = new QPushButton(tr("Choos&e Photo…"), this);
    m_choose->setObjectName(u"choosePhotoButton"_s);
    m_remove = new QPushButton(tr("Re&move Photo"), this);
    m_remove->setObjectName(u"removePhotoButton"_s);
    connect(m_choose, &QPushButton::clicked, this, &PhotoPanel::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &PhotoPanel::removePhoto);

    m_caption = new FormLineEdit(this);
    m_caption->setObjectName(u"captionEdit"_s);
    // Captions and alt texts run to a sentence or two: seen whole in the narrow side panel.
    m_caption->setWrapped(2);
    m_credit = new FormLineEdit(this);
    m_credit->setObjectName(u"creditEdit"_s);
    m_credit->setPlaceholderText(tr("e.g. dpa"));
    m_altText = new FormLineEdit(this);
    m_altText->setObjectName(u"altTextEdit"_s);
    m_altText->setWrapped(3);
    m_altText->setPlaceholderText(tr("What the photo shows, for readers who cannot see it"));
    m_altCounter = new LengthCounter(m_altText->document(), 150, this);
    m_altCounter->setObjectName(u"altTextCounter"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The side panel is narrow: labels above their fields leave the fields its whole width
    // ("Bildunterschrift:" beside the field left it a third).
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto *captionLabel = new QLabel(tr("Capt&ion:"), this);
    captionLabel->setBuddy(m_caption);
    form->addRow(captionLabel, m_caption);
    auto *creditLabel = new QLabel(tr("Cre&dit:"), this);
    creditLabel->setBuddy(m_credit);
    form->addRow(creditLabel, m_credit);
    auto *altRow = new QHBoxLayout;
    altRow->addWidget(m_altText);
    altRow->addWidget(m_altCounter, 0, Qt::AlignTop);
    auto *altLabel = new QLabel(tr("Alt te&xt:"), this);
    altLabel->setBuddy(m_altText);
    form->addRow(altLabel, altRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_info);
    layout->addWidget(m_metadataInfo);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addStretch(1);
    for (FormLineEdit *edit : {m_caption, m_credit, m_altText})
        connect(edit->document(), &QTextDocument::contentsChanged, this, &PhotoPanel::showMetadata);
    showImage();
}

PhotoPanel::ImportResult PhotoPanel::modelImport(const QByteArray &data, const QString &fileName)
{
    PhotoImporter importer;
    std::optional<Photo> photo = importer.importBytes(data, QFileInfo(fileName).fileName());
    return {photo, photo ? QString() : importer.lastError(), importer.metadata()};
}

void PhotoPanel::setPhoto(const Photo &photo)
{
    m_image = photo;
    m_image.caption.clear();
    m_image.credit.clear();
    m_image.altText.clear();
    m_caption->setText(photo.caption);
    m_credit->setText(photo.credit);
    m_altText->setText(photo.altText);
    showImage();
}

void PhotoPanel::setCreditFormat(const QString &format)
{
    m_creditFormat = format;
    showMetadata();
}

Photo PhotoPanel::photo() const
{
    Photo photo = m_image;
    photo.caption = m_caption->text();
    photo.credit = m_credit->text();
    photo.altText = m_altText->text();
    return photo;
}

void PhotoPanel::setAltTextLimit(int limit)
{
    m_altCounter->setLimit(limit);
}

bool PhotoPanel::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialogs->warning(this, tr("Photo Not Imported"),
                           tr("“%1” cannot be opened: %2").arg(path, file.errorString()));
        return false;
    }
    const ImportResult result = m_importer(file.readAll(), path);
    if (!result.photo) {
        m_dialogs->warning(this, tr("Photo Not Imported"), result.error);
        return false;
    }
    m_image = *result.photo;
    m_metadata = result.metadata;
    m_metadataFrom = m_image.data.constData();
    showImage();
    Q_EMIT imageChanged();
    // The photo's own texts in a second step: Ctrl+Z takes them back and keeps the photo.
    Photo filled = photo();
    const PhotoMetadataFill::Filled what = PhotoMetadataFill::fillEmpty(filled, m_metadata, m_creditFormat);
    if (what.any()) {
        m_filling = true;
        if (what.caption)
            m_caption->setText(filled.caption);
        if (what.credit)
            m_credit->setText(filled.credit);
        if (what.altText)
            m_altText->setText(filled.altText);
        m_filling = false;
        showMetadata();
        Q_EMIT filledFromPhoto();
    }
    return true;
}

void PhotoPanel::chooseFile()
{
    const QString path = m_dialogs->getOpenFileName(this, tr("Choose Photo"),
                                                    tr("Images (*.jpg *.jpeg *.png *.webp)"));
    if (!path.isEmpty())
        importFile(path);
}

void PhotoPanel::removePhoto()
{
    if (m_image.isEmpty())
        return;
    m_image = Photo();
    showImage();
    Q_EMIT imageChanged();
}

void PhotoPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void PhotoPanel::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    importFile(urls.constFirst().toLocalFile());
}

void PhotoPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A 16:9 box, as most news photos are, never taller than a third of the screen's panel.
    const int height = std::clamp(m_preview->width() * 9 / 16, 90, std::max(90, event->size().height() / 2));
    if (m_preview->height() != height)
        m_preview->setFixedHeight(height);
    showImage();
}

void PhotoPanel::showImage()
{
    m_remove->setEnabled(!m_image.isEmpty());
    readMetadata();
    showMetadata();
    if (m_image.isEmpty()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("Drop a photo here\nor choose one (JPEG, PNG, WebP)"));
        m_info->clear();
        return;
    }
    // Decoding a large JPEG takes milliseconds: only once per image, not per resize.
    if (m_decodedFrom != m_image.data.constData()) {
        // Upright by the photo's Exif orientation, as every export shows it.
        QByteArray bytes = m_image.data;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(false);
        m_decoded = PhotoOrientation::upright(reader.read(), m_metadata.orientation);
        if (!m_decoded.isNull())
            m_decoded = m_decoded.scaled(QSize(1200, 800), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_decodedFrom = m_image.data.constData();
    }
    const QImage &image = m_decoded;
    const QSize box = m_preview->contentsRect().size().boundedTo(QSize(1200, 800));
    m_preview->setPixmap(QPixmap::fromImage(
        image.scaled(box.expandedTo(QSize(160, 90)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_info->setText(tr("%1 · %2×%3 px · %4 KB")
                        .arg(m_image.fileName)
                        .arg(m_image.width)
                        .arg(m_image.height)
                        .arg((m_image.data.size() + 1023) / 1024));
}

void PhotoPanel::readMetadata()
{
    // Once per image: a photo set by undo or by opening an article is read here.
    if (m_metadataFrom == m_image.data.constData())
        return;
    m_metadata = m_image.isEmpty() ? PhotoMetadata() : PhotoMetadataReader::read(m_image.data);
    m_metadataFrom = m_image.data.constData();
}

void PhotoPanel::showMetadata()
{
    if (m_filling)
        return;
    QStringList lines;
    if (!m_image.isEmpty()) {
        // A field counts as taken from the photo while it still says what the photo says.
        const Photo offer = PhotoMetadataFill::suggested(m_metadata, m_creditFormat);
        QStringList fromPhoto;
        if (!offer.caption.isEmpty() && m_caption->text() == offer.caption)
            fromPhoto << tr("caption");
        if (!offer.credit.isEmpty() && m_credit->text() == offer.credit)
            fromPhoto << tr("credit");
        if (!offer.altText.isEmpty() && m_altText->text() == offer.altText)
            fromPhoto << tr("alt text");
        if (!fromPhoto.isEmpty())
            lines << tr("From the photo's metadata: %1").arg(fromPhoto.join(u", "_s));
        if (!m_metadata.copyright.isEmpty())
            lines << tr("Copyright: %1").arg(m_metadata.copyright);
        if (!m_metadata.byline.isEmpty())
            lines << tr("Photographer: %1").arg(m_metadata.byline.join(u", "_s));
        for (const QString &restriction : std::as_const(m_metadata.restrictions))
            lines << u"⚠ "_s + restriction;
        for (const QString &problem : std::as_const(m_metadata.problems))
            lines << u"⚠ "_s + problem;
    }
    m_metadataInfo->setText(lines.join(u'\n'));
    m_metadataInfo->setVisible(!lines.isEmpty());
}
