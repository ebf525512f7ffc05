// sangkien-xlsx: writes one workbook with Debian's libxlsxwriter, in a process of its own (see
// core/reports/xlsx_workbook.h for why). Reads the workbook (xlsx::encode) on standard input and writes it
// to the path given; on failure it exits 1 with the system's error number on the first line of stderr
// (0 when there is none) and what went wrong on the second.
#include "reports/xlsx_sheet.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <xlsxwriter.h>

using namespace sangkien;

namespace {

struct WorkbookHandle
{
    lxw_workbook* book = nullptr;
    explicit WorkbookHandle(const char* path)
        : book(workbook_new(path))
    {}
    ~WorkbookHandle()
    {
        if (book)
            workbook_close(book);
    }
    WorkbookHandle(const WorkbookHandle&) = delete;
    WorkbookHandle& operator=(const WorkbookHandle&) = delete;
    lxw_error close()
    {
        lxw_workbook* b = book;
        book = nullptr;
        return workbook_close(b);
    }
};

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* subtitle = nullptr;
    lxw_format* header = nullptr;
    lxw_format* section = nullptr;
    // Each of the cells' formats plain [0] and bold [1] (a line of totals).
    lxw_format* text[2] = {};
    lxw_format* wrapped[2] = {};
    lxw_format* integer[2] = {};
    lxw_format* percent[2] = {};
    lxw_format* decimal[2] = {};
    lxw_format* money[2] = {};
    lxw_format* date[2] = {};

    explicit Formats(lxw_workbook* book)
    {
        auto bordered = [book] {
            lxw_format* f = workbook_add_format(book);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            return f;
        };
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        subtitle = workbook_add_format(book);
        format_set_italic(subtitle);
        header = bordered();
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(header, 0xDDEBF7);
        section = workbook_add_format(book);
        format_set_bold(section);
        for (int bold = 0; bold < 2; ++bold) {
            auto make = [&](const char* numberFormat) {
                lxw_format* f = bordered();
                if (numberFormat)
                    format_set_num_format(f, numberFormat);
                if (bold)
                    format_set_bold(f);
                return f;
            };
            text[bold] = make(nullptr);
            wrapped[bold] = make(nullptr);
            format_set_text_wrap(wrapped[bold]);
            integer[bold] = make("#,##0");
            percent[bold] = make("0.0");
            decimal[bold] = make("0.00");
            money[bold] = make("#,##0");
            date[bold] = make("dd/mm/yyyy");
            format_set_align(date[bold], LXW_ALIGN_CENTER);
        }
    }

    lxw_format* of(XlsxFormat format, bool wrap, bool bold = false) const
    {
        const int index = bold ? 1 : 0;
        switch (format) {
        case XlsxFormat::Integer:
            return integer[index];
        case XlsxFormat::Percent:
            return percent[index];
        case XlsxFormat::Decimal:
            return decimal[index];
        case XlsxFormat::Money:
            return money[index];
        case XlsxFormat::Date:
            return date[index];
        case XlsxFormat::Text:
            break;
        }
        return wrap ? wrapped[index] : text[index];
    }
};

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

int failed(int err, const char* what)
{
    std::fprintf(stderr, "%d\n%s\n", err, what);
    return 1;
}

// Writes every sheet; the first libxlsxwriter error stops it.
lxw_error writeSheets(lxw_workbook* book, const XlsxBook& data)
{
    const Formats formats(book);
    for (const XlsxSheet& sheet : data.sheets) {
        const QByteArray name = utf8(sheet.name.left(31));
        lxw_worksheet* ws = workbook_add_worksheet(book, name.constData());
        if (!ws)
            return LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED;
        const int columns = int(std::max<qsizetype>(1, sheet.headers.size()));
        worksheet_write_string(ws, 0, 0, utf8(sheet.title).constData(), formats.title);
        worksheet_set_row(ws, 0, 21, nullptr);
        for (int i = 0; i < sheet.subtitles.size(); ++i)
            worksheet_write_string(ws, lxw_row_t(1 + i), 0, utf8(sheet.subtitles[i]).constData(),
                                   formats.subtitle);
        const lxw_row_t headerRow = lxw_row_t(sheet.headerRow());
        QList<bool> wraps;
        for (int c = 0; c < columns; ++c) {
            wraps << xlsx::wraps(sheet, c);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), xlsx::columnWidth(sheet, c), nullptr);
            if (c < sheet.headers.size())
                worksheet_write_string(ws, headerRow, lxw_col_t(c), utf8(sheet.headers[c]).constData(),
                                       formats.header);
        }
        lxw_row_t r = headerRow + 1;
        for (const XlsxRow& row : sheet.rows) {
            if (row.section) {
                const auto* text = row.cells.isEmpty() ? nullptr : std::get_if<QString>(&row.cells.first());
                worksheet_write_string(ws, r, 0, utf8(text ? *text : QString()).constData(), formats.section);
                ++r;
                continue;
            }
            for (int c = 0; c < row.cells.size(); ++c) {
                const XlsxValue& v = row.cells[c];
                lxw_format* f = formats.of(row.formats.value(c, sheet.format(c)),
                                           c < wraps.size() && wraps[c], row.total);
                const lxw_col_t col = lxw_col_t(c);
                lxw_error e = LXW_NO_ERROR;
                if (const auto* s = std::get_if<QString>(&v)) {
                    e = s->isEmpty() ? worksheet_write_blank(ws, r, col, f)
                                     : worksheet_write_string(ws, r, col, utf8(*s).constData(), f);
                } else if (const auto* d = std::get_if<double>(&v)) {
                    e = worksheet_write_number(ws, r, col, *d, f);
                } else if (const auto* date = std::get_if<QDate>(&v); date && date->isValid()) {
                    lxw_datetime dt{date->year(), date->month(), date->day(), 0, 0, 0};
                    e = worksheet_write_datetime(ws, r, col, &dt, f);
                } else {
                    e = worksheet_write_blank(ws, r, col, f);
                }
                if (e != LXW_NO_ERROR)
                    return e;
            }
            ++r;
        }
        worksheet_freeze_panes(ws, headerRow + 1, 0);
        if (sheet.autoFilter && !sheet.rows.isEmpty())
            worksheet_autofilter(ws, headerRow, 0, r - 1, lxw_col_t(columns - 1));
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, headerRow, headerRow);
    }
    return LXW_NO_ERROR;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2)
        return failed(0, "usage: sangkien-xlsx OUTPUT.xlsx < workbook");
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return failed(0, "standard input cannot be read");
    const auto data = xlsx::decode(input.readAll());
    if (!data)
        return failed(0, "the workbook given on standard input is not one");

    WorkbookHandle handle(argv[1]);
    if (!handle.book)
        return failed(errno, "the workbook cannot be created");
    const QByteArray title = utf8(data->title);
    const QByteArray author = utf8(QStringLiteral("Sáng kiến"));
    lxw_doc_properties properties{};
    // libxlsxwriter copies the properties; its struct just is not const-correct.
    properties.title = const_cast<char*>(title.constData());
    properties.author = const_cast<char*>(author.constData());
    workbook_set_properties(handle.book, &properties);
    if (const lxw_error e = writeSheets(handle.book, *data); e != LXW_NO_ERROR)
        return failed(0, lxw_strerror(e));
    errno = 0;
    if (const lxw_error e = handle.close(); e != LXW_NO_ERROR)
        return failed(errno, lxw_strerror(e));
    return 0;
}
