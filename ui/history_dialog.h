#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace sangkien {

class Prompts;

// Campaign › Records across the Years (Hồ sơ qua các năm; not an entry's change history): a unit's or a
// person's entries, scores and awards in every campaign file of the office's folder
// (core/services/campaign_history), each file read read-only.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        YearColumn,
        CodeColumn,
        TitleColumn,
        NomineeColumn,
        UnitColumn,
        ScoreColumn,
        RankColumn,
        AwardColumn,
        NoteColumn,
        ColumnCount
    };

    HistoryDialog(Prompts& prompts, const QString& folder, QWidget* parent = nullptr);

    // Looks for what the search field holds; false with the reason shown when it cannot.
    bool search();

private:
    Prompts& m_prompts;
    QLineEdit* m_folder = nullptr;
    QRadioButton* m_byUnit = nullptr;
    QRadioButton* m_byPerson = nullptr;
    QLineEdit* m_query = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace sangkien
