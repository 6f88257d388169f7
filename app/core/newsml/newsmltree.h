#pragma once

#include "newsml/newsmlg2reader.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>

#include <memory>
#include <vector>

// The first step of reading NewsML-G2: the XML document as a small tree, read with
// QXmlStreamReader under NewsmlG2Reader's limits, and refused whole when hostile (a DTD, an
// entity, too deep, too many elements, too long a text). NewsmlItemReader maps the tree.
namespace Newsml {
// The document as a small tree: element nodes with a local name and attributes, text nodes
// with an empty name. Mixed content (NITF "p" with "a" inside) keeps its order.
struct Node {
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] bool isText() const { return name.isEmpty(); }
    [[nodiscard]] QString attribute(QStringView key) const { return attributes.value(key).toString().trimmed(); }
    // xml:lang of this element itself (not inherited).
    [[nodiscard]] QString language() const;
    // The first child element with this local name, or null.
    [[nodiscard]] const Node *child(QStringView local) const;
    // Every child element with this local name, in order.
    [[nodiscard]] QList<const Node *> all(QStringView local) const;
    // Every piece of text below, in order, whitespace collapsed.
    [[nodiscard]] QString plainText() const;
    void appendText(QString &out) const;
};

// What a limit or a hostile construct throws; NewsmlG2Reader::read() turns it into its error,
// and nothing of the file is imported.
struct ReadError {
    QString message;
};
[[noreturn]] void fail(const QString &message);

// The document's root element; throws ReadError.
[[nodiscard]] std::unique_ptr<Node> parse(const QByteArray &bytes, const NewsmlG2Reader::Limits &limits);
// An xs:dateTime element's value in UTC; invalid (with a warning) when it cannot be read.
[[nodiscard]] QDateTime dateOf(const Node *node, QStringList &warnings);
} // namespace Newsml
