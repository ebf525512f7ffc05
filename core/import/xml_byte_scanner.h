#pragma once

#include "import/zip_xml_stream.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <memory>
#include <string>

class QuaZipFile;

namespace sangkien {

// Streams one zip entry's XML and reads it tag by tag on its UTF-8 bytes, without a QString per token:
// what an .xlsx sheet and its shared strings need (elements, attributes, text), at the speed of the
// inflater. Entities and CDATA are decoded, line ends normalised as XML requires; a part declared in
// another encoding (UTF-16) is converted to UTF-8 as it streams. Checks what keeps the reading sound:
// tags closed in order, known entities, the root closed before the data ends; a zip bomb stops at
// maxBytes. Failures are those of ZipXmlStream, with the same texts.
class XmlByteScanner
{
public:
    enum class Token
    {
        Start, // a start tag; a self-closing one is followed by its End
        End,
        EndDocument,
        Invalid // see failure()
    };
    using Failure = ZipXmlStream::Failure;

    XmlByteScanner();
    ~XmlByteScanner();
    XmlByteScanner(const XmlByteScanner&) = delete;
    XmlByteScanner& operator=(const XmlByteScanner&) = delete;

    bool open(const QString& zipPath, const QString& entry, qint64 maxBytes);
    // The next start or end tag; the text between them is skipped.
    Token next();
    // The local name (without a namespace prefix) of the current tag; valid until the next call.
    QByteArrayView name() const { return m_name; }
    // At a Start: the attribute's value by its local name, entities decoded (into scratch when it has
    // any); absent: a null view. Valid until the next call.
    QByteArrayView attribute(QByteArrayView localName, QByteArray& scratch) const;
    // At a Start: appends the element's own text (not its children's) to out and moves past its End.
    bool readText(QByteArray& out);
    // At a Start: moves past its End.
    bool skipElement();

    Failure failure() const { return m_failure; }
    QString failureText() const;

    // Appends text with its entity and character references decoded and XML's line ends (CR LF, CR)
    // made LF; false at an unknown or malformed reference.
    static bool appendDecoded(QByteArray& out, QByteArrayView text);

private:
    Token scan(QByteArray* text);
    // Reads to the end of the current element; its own text (not its children's) appended to
    // directText when given.
    bool walkToEnd(QByteArray* directText);
    bool fill(); // reads more of the entry; false at the end of the data or a failure
    bool ensure(qsizetype bytes);
    qsizetype findInBuffer(qsizetype from, QByteArrayView what);
    bool fail(Failure failure, const char* reason = nullptr);

    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<QStringDecoder> m_decoder; // a part not in UTF-8
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_started = false; // the encoding was looked at
    QString m_entry;
    qint64 m_maxBytes = 0;
    qint64 m_bytes = 0;
    qint64 m_lines = 0; // line ends in the bytes dropped from the buffer
    bool m_eof = false;
    bool m_sawRoot = false;
    bool m_done = false;
    bool m_pendingEnd = false; // a self-closing tag's End is still to give
    Failure m_failure = Failure::None;
    QString m_reason;
    QByteArrayView m_name;
    QByteArrayView m_attributes;
    std::string m_open; // the qualified names of the open elements, each ended by '\0'
};

} // namespace sangkien
