#include "newsml/newsmltree.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Newsml {
namespace {
constexpr QStringView xmlNamespace = u"http://www.w3.org/XML/1998/namespace";
} // namespace

QString Node::language() const
{
    return attributes.value(xmlNamespace, u"lang").toString().trimmed();
}

const Node *Node::child(QStringView local) const
{
    for (const auto &c : children) {
        if (c->name == local)
            return c.get();
    }
    return nullptr;
}

QList<const Node *> Node::all(QStringView local) const
{
    QList<const Node *> result;
    for (const auto &c : children) {
        if (c->name == local)
            result.append(c.get());
    }
    return result;
}

QString Node::plainText() const
{
    QString out;
    appendText(out);
    return out.simplified();
}

void Node::appendText(QString &out) const
{
    if (isText()) {
        out += text;
        return;
    }
    for (const auto &c : children) {
        c->appendText(out);
        if (!c->isText())
            out += u' ';
    }
}

[[noreturn]] void fail(const QString &message)
{
    throw ReadError{message};
}

std::unique_ptr<Node> parse(const QByteArray &bytes, const NewsmlG2Reader::Limits &limits)
{
    QXmlStreamReader xml(bytes);
    xml.setNamespaceProcessing(true);
    std::unique_ptr<Node> root;
    std::vector<Node *> stack;
    qsizetype elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // NewsML-G2 is defined by XML Schema and never needs a DTD; a DTD is what external
            // entities and entity expansion ("billion laughs") need.
            fail(NewsmlG2Reader::tr("The file declares a document type (DTD, line %1). NewsML-G2 never needs one, "
                                    "and a DTD can pull in outside files or expand entities without end; "
                                    "the file was not read.")
                     .arg(xml.lineNumber()));
        case QXmlStreamReader::EntityReference:
            fail(NewsmlG2Reader::tr("The file uses the entity „&%1;“ (line %2), which is not defined by XML itself; "
                                    "the file was not read.")
                     .arg(xml.name().toString().left(80))
                     .arg(xml.lineNumber()));
        case QXmlStreamReader::StartElement: {
            if (qsizetype(stack.size()) >= limits.maxDepth)
                fail(NewsmlG2Reader::tr("The elements are nested more than %1 levels deep (line %2); "
                                        "the file was not read.")
                         .arg(limits.maxDepth)
                         .arg(xml.lineNumber()));
            if (++elements > limits.maxElements)
                fail(NewsmlG2Reader::tr("The file has more than %1 elements; the file was not read.").arg(limits.maxElements));
            auto node = std::make_unique<Node>();
            node->name = xml.name().toString();
            node->attributes = xml.attributes();
            Node *raw = node.get();
            if (stack.empty())
                root = std::move(node);
            else
                stack.back()->children.push_back(std::move(node));
            stack.push_back(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.empty())
                stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty() && !xml.isWhitespace()) {
                auto node = std::make_unique<Node>();
                node->text = xml.text().toString();
                if (node->text.size() > limits.maxBodyLength)
                    fail(NewsmlG2Reader::tr("A text in the file is too long: %1 characters, at most %2 are accepted.")
                             .arg(node->text.size())
                             .arg(limits.maxBodyLength));
                stack.back()->children.push_back(std::move(node));
            } else if (!stack.empty() && !stack.back()->children.empty()) {
                // Whitespace between inline elements ("<em>a</em> <em>b</em>") is a space.
                auto node = std::make_unique<Node>();
                node->text = u" "_s;
                stack.back()->children.push_back(std::move(node));
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        fail(NewsmlG2Reader::tr("The file is not well-formed XML: %1 (line %2, column %3).")
                 .arg(xml.errorString())
                 .arg(xml.lineNumber())
                 .arg(xml.columnNumber()));
    if (!root)
        fail(NewsmlG2Reader::tr("The file holds no XML element."));
    return root;
}

QDateTime dateOf(const Node *node, QStringList &warnings)
{
    if (!node)
        return {};
    const QString text = node->plainText();
    if (text.isEmpty())
        return {};
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        warnings << NewsmlG2Reader::tr("The date „%1“ in <%2> was not understood and left out.").arg(text.left(40), node->name);
        return {};
    }
    static const QRegularExpression hasOffset(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (!hasOffset.match(text).hasMatch()) {
        // xs:dateTime without an offset: UTC is the only reading that does not depend on
        // the computer the file is imported on.
        value.setTimeZone(QTimeZone::UTC);
        warnings << NewsmlG2Reader::tr("The date „%1“ in <%2> has no time zone; it was read as UTC.").arg(text.left(40), node->name);
    }
    return value.toUTC();
}
} // namespace Newsml
