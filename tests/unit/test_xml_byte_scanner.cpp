// XmlByteScanner on a zip part written here: attributes by local name with entities and white space
// decoded, namespace declarations skipped, and an error's line counted across the reading buffer's
// refills (the count skips from line end to line end).
#include "import/xml_byte_scanner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

// A zip holding one entry, written by Python's zipfile (deflated, as spreadsheets are).
QString zipOf(const QTemporaryDir& dir, const QByteArray& xml)
{
    const QString xmlPath = dir.filePath(QStringLiteral("part.xml"));
    QFile f(xmlPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(xml);
    f.close();
    const QString zipPath = dir.filePath(QStringLiteral("part.zip"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\n"
                                 "with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                                 "    z.write(sys.argv[1], 'part.xml')\n"),
                  xmlPath, zipPath});
    REQUIRE(python.waitForFinished(60000));
    REQUIRE(python.exitCode() == 0);
    return zipPath;
}

} // namespace

TEST_CASE("XmlByteScanner finds attributes by local name, decoded, past namespace declarations",
          "[import][xml]")
{
    QTemporaryDir dir;
    const QString zip =
        zipOf(dir, "<?xml version=\"1.0\"?>\n"
                   "<root xmlns=\"urn:a\" xmlns:x=\"urn:x\">"
                   "<c x:r=\"B7\" t = 's' v=\"a&amp;b&#x1EA1;\" w='x\ty\nz' crlf='a\r\nb\rc&#13;d' "
                   "xmlns:s=\"urn:s\" s=\"12\"/>"
                   "</root>");
    XmlByteScanner scanner;
    REQUIRE(scanner.open(zip, QStringLiteral("part.xml"), 1 << 20));
    REQUIRE(scanner.next() == XmlByteScanner::Token::Start); // root
    QByteArray scratch;
    CHECK(scanner.attribute("xmlns", scratch).isNull());
    CHECK(scanner.attribute("x", scratch).isNull());
    REQUIRE(scanner.next() == XmlByteScanner::Token::Start); // c
    CHECK(scanner.name() == "c");
    CHECK(scanner.attribute("r", scratch) == "B7");
    CHECK(scanner.attribute("t", scratch) == "s");
    CHECK(scanner.attribute("v", scratch) == "a&b\xe1\xba\xa1");
    CHECK(scanner.attribute("w", scratch) == "x y z");
    // CR LF is one line end, so one space; a lone CR a space; a CR written as a reference stays.
    CHECK(scanner.attribute("crlf", scratch) == "a b c\rd");
    CHECK(scanner.attribute("s", scratch) == "12");
    CHECK(scanner.attribute("missing", scratch).isNull());
    CHECK(scanner.next() == XmlByteScanner::Token::End);
    CHECK(scanner.next() == XmlByteScanner::Token::End);
    CHECK(scanner.next() == XmlByteScanner::Token::EndDocument);
}

TEST_CASE("XmlByteScanner names the line of an XML error past many refills of its buffer", "[import][xml]")
{
    QTemporaryDir dir;
    QByteArray xml = "<root>\n";
    for (int i = 0; i < 120000; ++i) // about 1 MB: several 256 KB buffers
        xml += "<row r=\"" + QByteArray::number(i) + "\"/>\n";
    xml += "<c></d></root>\n"; // line 120002
    const QString zip = zipOf(dir, xml);
    XmlByteScanner scanner;
    REQUIRE(scanner.open(zip, QStringLiteral("part.xml"), 1 << 24));
    XmlByteScanner::Token t;
    do
        t = scanner.next();
    while (t == XmlByteScanner::Token::Start || t == XmlByteScanner::Token::End);
    REQUIRE(t == XmlByteScanner::Token::Invalid);
    CHECK(scanner.failureText().contains(QStringLiteral("line 120002:")));
}
