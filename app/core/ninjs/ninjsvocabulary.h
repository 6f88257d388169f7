#pragma once

#include <QStringView>

// The names NinjsWriter writes and NinjsReader reads back: one place, so that the two cannot
// drift apart. ninjs 2.2 leaves roles and relations free text; where IPTC has a controlled
// vocabulary (description roles "summary" and "caption", headline role "main") we use its
// term without the CV prefix, as the IPTC examples do.
namespace NinjsVocabulary {
inline constexpr QStringView defaultUriPrefix = u"urn:newsdesk:article:";
inline constexpr QStringView unsavedId = u"unsaved"; // the URI of an article never stored
inline constexpr QStringView photoUriSuffix = u":photo";

inline constexpr QStringView schemaUri = u"http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";

inline constexpr QStringView headlineMain = u"main";
inline constexpr QStringView headlineKicker = u"kicker";
inline constexpr QStringView descriptionTeaser = u"summary";
inline constexpr QStringView descriptionCaption = u"caption";
inline constexpr QStringView descriptionAltText = u"alttext";
inline constexpr QStringView bodyPlain = u"main";
inline constexpr QStringView bodyRich = u"richtext";
inline constexpr QStringView contentTypePlain = u"text/plain";
inline constexpr QStringView contentTypeXhtml = u"application/xhtml+xml";

inline constexpr QStringView subjectSection = u"section";
inline constexpr QStringView subjectTag = u"keyword";

// ninjs has no editorial workflow state (pubstatus only knows usable/withheld/canceled), so
// the exact state travels as an alternative id with this role; other systems ignore it.
inline constexpr QStringView altIdStatus = u"newsdesk:status";
// Nor a scheduled publication time: an RFC 3339 value under this role.
inline constexpr QStringView altIdPublished = u"newsdesk:published";

inline constexpr QStringView associationPhoto = u"photo";
inline constexpr QStringView associationRelated = u"related"; // + 1-based index
inline constexpr QStringView renditionOriginal = u"original";
inline constexpr QStringView renditionWeb = u"web";

// Authors travel in the one natural-language "by" string; the reader splits on these.
inline constexpr QStringView authorSeparator = u", ";
}
