#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sangkien {

struct CampaignStatistics;

// The interim review half-way through the campaign (sơ kết) or the final one at its end (tổng kết).
enum class ReportKind
{
    Interim,
    Final
};
QString reportKindCode(ReportKind kind); // "interim", "final"
std::optional<ReportKind> reportKindFromCode(const QString& code);

// One piece of a report's body once its template is filled in.
struct ReportBlock
{
    enum class Type
    {
        Heading,    // "I. KẾT QUẢ TRIỂN KHAI": bold, no indent
        Subheading, // "1. Số lượng sáng kiến": bold, indented
        Paragraph,  // justified, first-line indent
        Bullet,     // "- …": indented, no first-line indent of its own
        Table,      // a table of figures, named by name ("bang_noi_dung")
        Chart,      // a chart, named by name ("bieu_do_noi_dung")
    };
    Type type = Type::Paragraph;
    QString text; // the filled-in text (Heading, Subheading, Paragraph, Bullet)
    QString name; // the block placeholder's name (Table, Chart)

    bool operator==(const ReportBlock&) const = default;
};

// The text around a report's figures: a plain text the office can edit, kept with the campaign, with
// placeholders in braces. A value placeholder ("{so_sang_kien}") is replaced by the figure as the office
// writes it; a block placeholder alone on its line ("{bang_noi_dung}", "{bieu_do_noi_dung}") puts a table or
// a chart there. One line is one paragraph; a line starting "I." … is a section heading, "1." … a
// subheading, "- " an indented line. This is the documents' content, not the program's UI: not translated.
class ReportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ReportTemplate)

public:
    // The program's own text for the kind (the office's register, Sections I–IV).
    static QString defaultText(ReportKind kind);

    // The value placeholders and what each one stands for (Vietnamese, for the editor's help).
    struct Placeholder
    {
        QString name;
        QString meaning;
    };
    static QList<Placeholder> valuePlaceholders();
    static QList<Placeholder> blockPlaceholders();

    // The placeholder names the text uses that the program does not know, in order of first use.
    static QStringList unknownPlaceholders(const QString& text);
    // Refuses a text with unknown placeholders (naming them), or a block placeholder inside a line of text.
    static Status check(const QString& text);

    // The text with its values filled in, cut into blocks. Refuses what check() refuses.
    static Result<QList<ReportBlock>> fill(const QString& text, const QHash<QString, QString>& values);
};

// The facts of a report that are not figures: the report's own date.
struct ReportFacts
{
    QDate date;
};

// The value placeholders' texts for a campaign's figures: counts with dots between thousands, money in
// đồng, scores with a decimal comma, the date as documents word it.
QHash<QString, QString> reportValues(const CampaignStatistics& statistics, const QString& planNumber,
                                     const QString& issuingBody, const ReportFacts& facts);

// An integer as the office writes it: 1250000 → "1.250.000".
QString groupedNumber(qint64 value);

} // namespace sangkien
