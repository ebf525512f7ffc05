#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sangkien {

class Database;
class Prompts;

// The window's way to the council's papers (core/documents/council_papers): asks where to save the PDF,
// refuses the campaign or another protected file as the target, writes, and says what was written.
class CouncilPapersExport
{
    Q_DECLARE_TR_FUNCTIONS(CouncilPapersExport)

public:
    enum class Paper
    {
        ScoreSheets,
        Summary
    };

    // The message for the status bar when written; empty when cancelled or refused (the refusal is shown).
    static QString run(QWidget* parent, Database& db, Prompts& prompts, Paper paper, const QString& folder);
};

} // namespace sangkien
