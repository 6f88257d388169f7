#include "ninjstestdata.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray item(const QByteArray &fields)
{
    return QByteArray(R"json({"uri":"urn:newsdesk:article:1","headlines":[{"role":"main","value":"Straße"}])json") + fields + '}';
}
} // namespace

QList<BadInput> badInputRows()
{
    QList<BadInput> rows;
    rows.append({"robustness: empty file", QByteArray(), u"JSON"_s});
    rows.append({"robustness: not JSON", QByteArray("{uri: Straße"), u"JSON"_s});
    rows.append({"robustness: truncated", item("").chopped(1), u"JSON"_s});
    rows.append({"robustness: a list, not an object", QByteArray("[]"), u"object"_s});
    rows.append({"robustness: missing uri", QByteArray(R"json({"headlines":[{"value":"Überschrift"}]})json"), u"\"uri\""_s});
    rows.append({"robustness: empty uri", QByteArray(R"json({"uri":"  "})json"), u"\"uri\""_s});
    rows.append({"robustness: uri is a number", QByteArray(R"json({"uri":42})json"), u"\"uri\""_s});
    rows.append({"robustness: headlines is an object", QByteArray(R"json({"uri":"x:1","headlines":{"value":"Ä"}})json"), u"\"headlines\""_s});
    rows.append({"robustness: headline is a string", QByteArray(R"json({"uri":"x:1","headlines":["Äpfel"]})json"), u"\"headlines[0]\""_s});
    rows.append({"robustness: headline without value", QByteArray(R"json({"uri":"x:1","headlines":[{"role":"main"}]})json"), u"\"headlines[0].value\""_s});
    rows.append({"robustness: headline value is a number", QByteArray(R"json({"uri":"x:1","headlines":[{"value":7}]})json"), u"\"headlines[0].value\""_s});
    rows.append({"robustness: by is a list", item(R"json(,"by":["Jörg"])json"), u"\"by\""_s});
    rows.append({"robustness: body value missing", item(R"json(,"bodies":[{"contenttype":"text/plain"}])json"), u"\"bodies[0].value\""_s});
    rows.append({"robustness: a picture item", QByteArray(R"json({"uri":"x:1","type":"picture"})json"), u"picture"_s});
    rows.append({"robustness: time without zone", item(R"json(,"versioncreated":"2024-10-25T10:15:00")json"), u"\"versioncreated\""_s});
    rows.append({"robustness: no date at all", item(R"json(,"firstcreated":"gestern")json"), u"\"firstcreated\""_s});
    rows.append({"robustness: impossible date", item(R"json(,"embargoed":"2024-02-30T10:15:00Z")json"), u"\"embargoed\""_s});
    rows.append({"robustness: oversized headline",
                 QByteArray(R"json({"uri":"x:1","headlines":[{"value":")json") + QByteArray(10'001, 'a') + QByteArray(R"json("}]})json"),
                 u"\"headlines[0].value\""_s});
    rows.append({"robustness: oversized body",
                 item(QByteArray(R"json(,"bodies":[{"value":")json") + QByteArray(2'000'001, 'b') + QByteArray(R"json("}])json")),
                 u"\"bodies[0].value\""_s});
    QByteArray subjects = R"json(,"subjects":[)json";
    for (int i = 0; i < 1001; ++i)
        subjects += QByteArray(i ? "," : "") + QByteArray(R"json({"name":"ä"})json");
    rows.append({"robustness: too many subjects", item(subjects + ']'), u"\"subjects\""_s});
    rows.append({"robustness: association without uri", item(R"json(,"associations":[{"name":"photo","type":"picture"}])json"),
                 u"\"associations[0].uri\""_s});
    rows.append({"robustness: photo href is a number",
                 item(R"json(,"associations":[{"name":"photo","uri":"x:2","type":"picture","renditions":[{"name":"o","href":5}]}])json"),
                 u"\"associations[0].renditions[0].href\""_s});
    rows.append({"robustness: nested ten thousand deep", QByteArray(10'000, '['), u"JSON"_s});
    return rows;
}

QByteArray plainTextBodyJson()
{
    return R"json({"uri":"https://agentur.example/1","headlines":[{"value":"Überschrift"}],
        "bodies":[{"contenttype":"text/plain","value":"Erster Absatz über Straßen.\r\n\r\nZweiter <Absatz> & mehr."}]})json";
}

QByteArray hostileJson()
{
    return R"json({
        "uri": "urn:newsdesk:article:5",
        "headlines": [{"role": "main", "value": "Straße\u0000 \u202Egnurednä\u202C <script>alert(1)</script>\u001b[31m"}],
        "bodies": [{"contenttype": "text/html", "value": "<p onclick='x()'>Über<script>alert(2)</script><img src=x onerror=alert(3)><a href='javascript:alert(4)'>klick</a> <a href='https://ok.example/'>gut</a></p><iframe src='https://evil.example'></iframe><style>p{}</style>"}],
        "associations": [
            {"name": "r1", "uri": "javascript:alert(5)", "type": "text"},
            {"name": "r2", "uri": "file:///etc/passwd", "type": "text"},
            {"name": "photo", "uri": "x:photo", "type": "picture",
             "renditions": [{"name": "o", "href": "data:image/png;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "title": "../../../etc/passwd"}]}
        ]})json";
}

QString defusedBody()
{
    return u"<p>Überklick <a href=\"https://ok.example/\">gut</a></p>\n"_s;
}
