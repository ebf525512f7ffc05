#pragma once

#include "common/result.h"
#include "document_layout.h"

#include <QString>

namespace sangkien {

// Any laid-out document (the council's papers, the minutes) as OpenDocument text: each page of the
// layout becomes a page of Writer's with every run of text in a frame of its own and every rule drawn,
// at the places the PDF has them. The office edits a word in place; the pages stay those it prints.
Status writePagedOdt(const PagedDocument& document, const QString& path);

// The format the path's suffix names: .odt as above, anything else as PDF.
Status writePagedDocument(const PagedDocument& document, const QString& path);
bool isOdtPath(const QString& path);

} // namespace sangkien
