#pragma once

#include "article.h"

// The sample articles a first start offers, so that a new user sees every feature: written
// for this project in German, with a photo drawn at run time.
namespace SampleArticles {
// The main sample: kicker, headline, teaser, subheadings, a quote, a list, links, byline,
// dateline, tags, a photo with caption, credit and alt text, and related links to
// `relatedArticleId` and an external page.
[[nodiscard]] Article mainArticle(qint64 relatedArticleId);
// A shorter second article the main one links to.
[[nodiscard]] Article secondArticle();
// A 1600×900 JPEG: a stylised city skyline above a rising bar chart.
[[nodiscard]] QByteArray drawPhoto();
}
