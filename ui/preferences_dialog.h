#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sangkien {

class AppSettings;
class Prompts;

// File › Preferences: the program's own settings, kept in AppSettings (the user's, not the campaign's,
// whose settings are Campaign › Settings): the language of the window (applied on the next start, and the
// dialog says so), the folder the office keeps its campaigns in, and the default signer of decisions.
// Save writes them; Cancel and Esc change nothing. Its widgets are named: language, languageNote,
// campaignFolder, chooseCampaignFolder, defaultSigner, problem.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // currentLanguage: the language the program speaks now ("vi" or "en").
    PreferencesDialog(AppSettings& settings, const QString& currentLanguage, Prompts& prompts,
                      QWidget* parent = nullptr);

    // Whether the last Save chose another language than the one the program speaks now.
    bool languageChanged() const { return m_languageChanged; }

public slots:
    void accept() override;

private:
    QString chosenLanguage() const;

    AppSettings& m_settings;
    Prompts& m_prompts;
    QString m_currentLanguage;
    bool m_languageChanged = false;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QLineEdit* m_signer = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace sangkien
