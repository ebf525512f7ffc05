#pragma once

#include "import/sheet_reader.h"

#include <QHash>
#include <QList>
#include <memory>

namespace sangkien {

class ZipXmlStream;

// OpenDocument spreadsheets (.ods), streamed from content.xml. Repeated rows and columns are
// expanded only when they hold something, so a million empty trailing rows cost nothing.
class OdsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    explicit OdsReader(ReaderLimits limits = {});
    ~OdsReader() override;

    Status open(const QString& path) override;
    QList<SheetInfo> sheets() const override { return m_sheets; }
    Status selectSheet(const QString& name) override;
    QString currentSheet() const override { return m_current >= 0 ? m_sheets[m_current].name : QString(); }
    Result<bool> nextRow(SheetRow& row) override;
    QList<CellRange> mergedRanges() override;

private:
    struct Style
    {
        QString parent;
        QString font; // style:font-name (a font-face name) or fo:font-family
    };
    struct ColumnStyle
    {
        qint64 first = 0;
        qint64 last = 0;
        QString style;
    };

    Status readStyles(ZipXmlStream& stream, bool inContent);
    Status startSheet();
    Result<bool> readRow(SheetRow& row, qint64 rowNumber);
    bool readCellContent(QString& text, QList<CellRun>& runs, bool& hasSpans);
    bool readParagraph(QString& text, QList<CellRun>& runs, const QString& font, bool& hasSpans);
    QString cellFont(const QString& styleName) const;
    QString textFont(const QString& styleName) const;
    Error streamError(qint64 row = 0, qint64 column = -1) const;

    QList<SheetInfo> m_sheets;
    int m_current = -1;
    QString m_contentPart;
    QHash<QString, QString> m_fontFaces; // face name → font family
    QHash<QString, Style> m_cellStyles;  // family table-cell
    QHash<QString, Style> m_textStyles;  // families text and paragraph
    QString m_defaultCellFont;
    QHash<QString, bool> m_hiddenTableStyles;
    mutable QHash<QString, QString> m_fontCache;

    std::unique_ptr<ZipXmlStream> m_stream;
    QList<ColumnStyle> m_columns;
    qint64 m_columnCount = 0;
    qint64 m_rowNumber = 1; // the number of the next row element
    SheetRow m_pending;     // a repeated non-empty row still to be given out
    qint64 m_pendingLeft = 0;
    bool m_atEnd = false;
    QList<CellRange> m_merged;
};

} // namespace sangkien
