#pragma once

#include "award_decision_data.h"
#include "common/result.h"
#include "document_heading.h"
#include "document_layout.h"

#include <QString>

class QPagedPaintDevice;

namespace sangkien {

// The director's decision or the proposal to the chairman, with its attached list, laid out as
// Decree 30/2020/NĐ-CP (Appendix I) wants, since archives reject documents that break it: A4 portrait,
// margins 20–25 / 20–25 / 30–35 / 15–20 mm, Times New Roman (Liberation Serif on Linux, same metrics),
// page numbers centred in the top margin from page 2, the two-column heading, the signature block and
// "Nơi nhận", and an attached list whose table header repeats on every page, no row split across pages.
// Preview, printer and PDF all paint the pages layoutDecision() returns; the ODT carries the same text for
// the office to touch up.

// The pages: the document (part 1) and the attached list (part 2, its own page numbers).
PagedDocument layoutDecision(const AwardDecisionData& data);
int pageCount(const AwardDecisionData& data);

// Paints every page onto a PDF writer, a printer or a preview's device.
void paint(const AwardDecisionData& data, QPagedPaintDevice& device);

// Both refuse data that validate() rejects, and write through a temporary file renamed at the end.
Status writePdf(const AwardDecisionData& data, const QString& path);
Status writeOdt(const AwardDecisionData& data, const QString& path);

// The heading of the decision or the proposal, and its two columns (shared by the PDF and the ODT).
DocumentHeading headingOf(const AwardDecisionData& data);
HeaderColumns headerColumns(const AwardDecisionData& data, const FontBook& fonts, qreal bodyWidth);

// The lines of "Nơi nhận:" as printed: "- Như Điều 3;" … "- Lưu: VT, VP."
QStringList recipientLines(const AwardDecisionData& data);
// The attached list's subject and reference lines.
QString listSubject(const AwardDecisionData& data);
QString listReference(const AwardDecisionData& data);
// The document's summary line ("Về việc …").
QString summaryLine(const AwardDecisionData& data);
// The body after the legal basis: the decision's articles ("Điều 1." …) or the proposal's paragraphs
// (no label).
struct Article
{
    QString label;
    QString text;
};
QList<Article> articles(const AwardDecisionData& data);

} // namespace sangkien
