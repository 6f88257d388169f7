#pragma once

#include "validation/finding.h"

#include <QCoreApplication>
#include <QList>

struct Article;
struct PhotoMetadata;

// Checklist hints from what the lead photo says about itself (its embedded IPTC/XMP): a
// copyright holder other than the credit typed in the article, an embargo or usage restriction,
// and a caption that names another date or place than the article's dateline and publication.
class PhotoMetadataChecks
{
    Q_DECLARE_TR_FUNCTIONS(PhotoMetadataChecks)

public:
    // Reads the photo's metadata (the last photo's result is kept per thread: the checklist
    // runs after every edit, the photo rarely changes).
    static void check(const Article &article, QList<Finding> &findings);
    static void check(const Article &article, const PhotoMetadata &metadata, QList<Finding> &findings);
};
