#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <memory>

class QuaZipFile;

namespace sangkien {

// The names of the entries of a zip file; empty with a failure text when it is not a readable zip.
struct ZipDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ZipDirectory)

public:
    QStringList names;
    QString failure; // translated; empty when the directory was read

    // The stored name matching name case-insensitively (OPC part names ignore case), or "".
    QString find(const QString& name) const;
    static ZipDirectory read(const QString& zipPath);
};

// Streams one zip entry into a QXmlStreamReader a chunk at a time, counting the inflated bytes so a
// zip bomb stops at maxBytes instead of filling memory. Use readNext(), readText() and
// skipElement(), never the reader's own helpers, which cannot ask for more data.
class ZipXmlStream
{
    Q_DECLARE_TR_FUNCTIONS(ZipXmlStream)

public:
    enum class Failure
    {
        None,
        NoEntry,
        TooLarge,
        Damaged,
        Xml
    };

    ZipXmlStream();
    ~ZipXmlStream();
    ZipXmlStream(const ZipXmlStream&) = delete;
    ZipXmlStream& operator=(const ZipXmlStream&) = delete;

    bool open(const QString& zipPath, const QString& entry, qint64 maxBytes);
    // The next token; Invalid at a failure (see failure()), EndDocument at the end.
    QXmlStreamReader::TokenType readNext();
    // The text of the current element up to its end; text inside child elements is skipped.
    bool readText(QString& out);
    // Skips to the end of the current element; false at a failure.
    bool skipElement();

    QXmlStreamReader& xml() { return m_xml; }
    Failure failure() const { return m_failure; }
    // A user-facing description of the failure (translated).
    QString failureText() const;

private:
    bool feed();

    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    QString m_entry;
    qint64 m_maxBytes = 0;
    qint64 m_bytes = 0;
    bool m_eof = false;
    int m_depth = 0;
    bool m_sawRoot = false;
    bool m_done = false;
    Failure m_failure = Failure::None;
};

} // namespace sangkien
