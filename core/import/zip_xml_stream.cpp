#include "import/zip_xml_stream.h"

#include <quazip.h>
#include <quazipfile.h>

namespace sangkien {

namespace {
constexpr qint64 kChunk = 64 * 1024;
} // namespace

QString ZipDirectory::find(const QString& name) const
{
    for (const QString& n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return n;
    }
    return {};
}

ZipDirectory ZipDirectory::read(const QString& zipPath)
{
    ZipDirectory dir;
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        dir.failure = tr("the file is not a readable zip package (it may be truncated or damaged).");
        return dir;
    }
    dir.names = zip.getFileNameList();
    if (zip.getZipError() != 0)
        dir.failure = tr("the file's zip directory is damaged.");
    zip.close();
    return dir;
}

ZipXmlStream::ZipXmlStream() = default;

ZipXmlStream::~ZipXmlStream()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

bool ZipXmlStream::open(const QString& zipPath, const QString& entry, qint64 maxBytes)
{
    m_entry = entry;
    m_maxBytes = maxBytes;
    m_bytes = 0;
    m_eof = false;
    m_depth = 0;
    m_sawRoot = false;
    m_done = false;
    m_failure = Failure::None;
    m_xml.clear();
    m_file = std::make_unique<QuaZipFile>(zipPath, entry, QuaZip::csInsensitive);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_failure = Failure::NoEntry;
        return false;
    }
    return true;
}

bool ZipXmlStream::feed()
{
    QByteArray chunk(kChunk, Qt::Uninitialized);
    const qint64 n = m_file->read(chunk.data(), kChunk);
    if (n < 0) {
        m_failure = Failure::Damaged;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        m_file->close();
        // The CRC is checked on close: a bad one means damaged data.
        if (m_file->getZipError() != 0) {
            m_failure = Failure::Damaged;
            return false;
        }
        return true;
    }
    m_bytes += n;
    if (m_bytes > m_maxBytes) {
        m_failure = Failure::TooLarge;
        return false;
    }
    chunk.truncate(n);
    m_xml.addData(chunk);
    return true;
}

QXmlStreamReader::TokenType ZipXmlStream::readNext()
{
    if (m_failure != Failure::None)
        return QXmlStreamReader::Invalid;
    if (m_done)
        return QXmlStreamReader::EndDocument;
    for (;;) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++m_depth;
            m_sawRoot = true;
        } else if (token == QXmlStreamReader::EndElement) {
            --m_depth;
        } else if (token == QXmlStreamReader::EndDocument) {
            m_done = true;
        }
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            m_failure = Failure::Xml;
            return token;
        }
        if (m_eof) {
            // Incremental parsing cannot tell the end of the data from a pause: the root's end decides.
            if (m_sawRoot && m_depth == 0) {
                m_done = true;
                return QXmlStreamReader::EndDocument;
            }
            m_failure = Failure::Damaged;
            return token;
        }
        if (!feed())
            return QXmlStreamReader::Invalid;
    }
}

bool ZipXmlStream::readText(QString& out)
{
    out.clear();
    int depth = 1;
    for (;;) {
        switch (readNext()) {
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return true;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (depth == 1)
                out += m_xml.text();
            break;
        default:
            break;
        }
    }
}

bool ZipXmlStream::skipElement()
{
    int depth = 1;
    for (;;) {
        switch (readNext()) {
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return true;
            break;
        default:
            break;
        }
    }
}

QString ZipXmlStream::failureText() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::NoEntry:
        return tr("The part %1 is missing from the package or cannot be unpacked.").arg(m_entry);
    case Failure::TooLarge:
        return tr("The part %1 unpacks to more than %2 MB; the file is refused as unsafe.")
            .arg(m_entry)
            .arg(m_maxBytes / (1024 * 1024));
    case Failure::Damaged:
        return tr("The part %1 is truncated or damaged.").arg(m_entry);
    case Failure::Xml:
        return tr("The part %1 is not well-formed XML (line %2: %3).")
            .arg(m_entry)
            .arg(m_xml.lineNumber())
            .arg(m_xml.errorString());
    }
    return {};
}

} // namespace sangkien
