#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sangkien {

class Database;
class Prompts;

// The window's way to the council's papers (core/documents/council_papers): the print preview with its
// printer, or a PDF or ODT file (the campaign or another protected file refused as the target).
class CouncilPapersExport
{
    Q_DECLARE_TR_FUNCTIONS(CouncilPapersExport)

public:
    enum class Paper
    {
        ScoreSheets,
        Summary
    };

    // Asks where to save (PDF or ODT by the name's suffix) and writes. The message for the status bar when
    // written; empty when cancelled or refused (the refusal is shown).
    static QString run(QWidget* parent, Database& db, Prompts& prompts, Paper paper, const QString& folder);
    // Shows the paper in the print preview, from which it prints; false when there is nothing to show (the
    // refusal is shown).
    static bool preview(QWidget* parent, Database& db, Prompts& prompts, Paper paper);
};

} // namespace sangkien
