#pragma once

#include "import/sheet_reader.h"

#include <QFile>
#include <QStringDecoder>

namespace sangkien {

// Comma-, semicolon- or tab-separated text: RFC 4180 quotes (fields may hold line breaks and doubled
// quotes), CR, LF or CRLF record ends. Encoding: UTF-8 (BOM or not), UTF-16 LE/BE (BOM, or detected
// by its zero bytes), otherwise Windows-1258 normalised to NFC. One sheet named after the file; every
// value is the field's text (QString), as CSV carries no types. Row numbers count records from 1.
class CsvReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        Windows1258
    };

    explicit CsvReader(ReaderLimits limits = {});
    ~CsvReader() override;

    Status open(const QString& path) override;
    QList<SheetInfo> sheets() const override;
    Status selectSheet(const QString& name) override;
    QString currentSheet() const override { return m_sheetName; }
    Result<bool> nextRow(SheetRow& row) override;
    QList<CellRange> mergedRanges() override { return {}; }

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

private:
    Status rewind();
    bool fill();
    bool getChar(QChar& c);
    QString decode(QByteArrayView bytes);

    QFile m_file;
    QString m_sheetName;
    Encoding m_encoding = Encoding::Utf8;
    qint64 m_dataStart = 0; // after the BOM
    QChar m_delimiter = u',';
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_readFailed = false;
    int m_record = 0;
};

} // namespace sangkien
