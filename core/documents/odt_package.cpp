#include "odt_package.h"

#include "common/file_error.h"
#include "document_painter.h"

#include <QBuffer>
#include <QDateTime>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <cerrno>
#include <quazip.h>
#include <quazipfile.h>

namespace sangkien::odt {

namespace {

constexpr const char* kMime = "application/vnd.oasis.opendocument.text";

QByteArray manifestXml(const QList<std::pair<QString, QByteArray>>& pictures)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("manifest:manifest"));
    x.writeAttribute(QStringLiteral("xmlns:manifest"),
                     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    x.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    auto entry = [&](const QString& path, const QString& type, bool version = false) {
        x.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        x.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (version)
            x.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        x.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), QString::fromLatin1(kMime), true);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const auto& picture : pictures)
        entry(picture.first, QStringLiteral("image/png"));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

Error archiveError(const QString& path)
{
    return Error{DocumentPainter::tr("Cannot build the document's archive."), path, ErrorKind::Storage};
}

} // namespace

void writeNamespaces(QXmlStreamWriter& x)
{
    const std::pair<const char*, const char*> spaces[] = {
        {"xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
        {"xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
        {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
        {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
    };
    for (const auto& [name, uri] : spaces)
        x.writeAttribute(QString::fromLatin1(name), QString::fromLatin1(uri));
    x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

void writeTextProperties(QXmlStreamWriter& x, const QString& font, qreal size, bool bold, bool italic)
{
    x.writeEmptyElement(QStringLiteral("style:text-properties"));
    x.writeAttribute(QStringLiteral("style:font-name"), font);
    x.writeAttribute(QStringLiteral("fo:font-size"), QString::number(size, 'f', 1) + QStringLiteral("pt"));
    x.writeAttribute(QStringLiteral("fo:font-weight"),
                     bold ? QStringLiteral("bold") : QStringLiteral("normal"));
    x.writeAttribute(QStringLiteral("fo:font-style"),
                     italic ? QStringLiteral("italic") : QStringLiteral("normal"));
    x.writeAttribute(QStringLiteral("fo:language"), QStringLiteral("vi"));
    x.writeAttribute(QStringLiteral("fo:country"), QStringLiteral("VN"));
}

QByteArray metaXml(const QString& title)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("office:document-meta"));
    writeNamespaces(x);
    x.writeStartElement(QStringLiteral("office:meta"));
    x.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Sáng kiến"));
    x.writeTextElement(QStringLiteral("dc:title"), title);
    x.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("vi-VN"));
    x.writeTextElement(QStringLiteral("meta:creation-date"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate).chopped(1));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

Status writePackage(const QString& path, const QByteArray& content, const QByteArray& styles,
                    const QByteArray& meta)
{
    return writePackage(path, content, styles, meta, {});
}

Status writePackage(const QString& path, const QByteArray& content, const QByteArray& styles,
                    const QByteArray& meta, const QList<std::pair<QString, QByteArray>>& pictures)
{
    // The zip is built in memory, then written through QSaveFile: all or nothing.
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        zip.setDataDescriptorWritingEnabled(false); // "mimetype" must be a plain stored entry
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return archiveError(path);
        QList<std::pair<QString, QByteArray>> parts = {
            {QStringLiteral("mimetype"), QByteArray(kMime)},
            {QStringLiteral("content.xml"), content},
            {QStringLiteral("styles.xml"), styles},
            {QStringLiteral("meta.xml"), meta},
            {QStringLiteral("META-INF/manifest.xml"), manifestXml(pictures)}};
        parts += pictures;
        for (const auto& [name, bytes] : parts) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(name);
            const bool stored = name == QStringLiteral("mimetype");
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED,
                           stored ? 0 : Z_DEFAULT_COMPRESSION) ||
                file.write(bytes) != bytes.size())
                return archiveError(path);
            file.close();
            if (file.getZipError() != 0)
                return archiveError(path);
        }
        zip.close();
        if (zip.getZipError() != 0)
            return archiveError(path);
    }

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(buffer.data()) != buffer.data().size() || !out.commit())
        return FileError::make(DocumentPainter::tr("Cannot write the file: %1"), path, errno, &out);
    return {};
}

} // namespace sangkien::odt
