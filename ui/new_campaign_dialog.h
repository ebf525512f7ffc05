#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sangkien {

class Prompts;

// What the clerk asked for in File › New Campaign: a new file started from a template, or next year's
// campaign started from an earlier one (core/services/next_campaign).
struct NewCampaignRequest
{
    QString path;
    QString templateId;  // when started from a template
    QString earlierPath; // when started from an earlier campaign
    int year = 0;        // the new campaign's year (from an earlier campaign)
    QString planNumber;  // the new plan's number, if already issued
};

// File › New Campaign: the year and the plan's number, and where to start from — one of the templates
// the program ships (the province in 2024, or since its July 2025 reorganisation) or an earlier campaign
// file, whose units (with merges applied), criteria, award forms, quota rules and council are copied.
class NewCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    // earlierPath: the campaign open in the window, offered as the one to start from; folder: where new
    // files go by default.
    NewCampaignDialog(Prompts& prompts, const QString& earlierPath, int earlierYear, const QString& folder,
                      QWidget* parent = nullptr);

    NewCampaignRequest request() const;
    // Why the request cannot be made (empty when it can).
    QString problem() const;

public slots:
    void accept() override;

private:
    void updateState();
    void suggestFileName();

    Prompts& m_prompts;
    QString m_folder;
    QRadioButton* m_fromEarlier = nullptr;
    QRadioButton* m_fromTemplate = nullptr;
    QLineEdit* m_earlierPath = nullptr;
    QComboBox* m_template = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_planNumber = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_problem = nullptr;
    bool m_pathTyped = false;
};

} // namespace sangkien
