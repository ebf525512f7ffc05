#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QString>
#include <QStringList>
#include <optional>

class QDialog;
class QWidget;

namespace sangkien {

// The one way the program asks the user something or tells them something that needs a click: message
// boxes, questions, file dialogs, text input, the program's own dialogs (sign-in, PIN). The window uses
// QtPrompts; tests install one scripted implementation (a queue of answers) with setDefaultPrompts(), so no
// test ever waits for a click and a test that is asked something it did not expect fails.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)

public:
    enum class Level
    {
        Information,
        Warning,
        Critical
    };
    // The answers to unsavedChanges(): the buttons read Lưu / Không lưu / Hủy.
    enum class Unsaved
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~Prompts() = default;

    // Something said with an OK button.
    virtual void message(QWidget* parent, Level level, const QString& title, const QString& text) = 0;
    // A question with the given buttons (& marks the key); the index of the one chosen, escapeButton when
    // the box was closed with Esc.
    virtual int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
                       int defaultButton, int escapeButton) = 0;
    // A file to open, several files, or where to save; empty when cancelled. filter as QFileDialog has it.
    virtual QString openFile(QWidget* parent, const QString& title, const QString& folder,
                             const QString& filter) = 0;
    virtual QStringList openFiles(QWidget* parent, const QString& title, const QString& folder,
                                  const QString& filter) = 0;
    // confirmOverwrite false where the caller refuses an existing file itself.
    // A folder; empty when cancelled.
    virtual QString openFolder(QWidget* parent, const QString& title, const QString& folder) = 0;
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                             const QString& filter, bool confirmOverwrite = true) = 0;
    // A line of text, or one of items; nullopt when cancelled.
    virtual std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                        const QString& initial = {}) = 0;
    virtual std::optional<QString> item(QWidget* parent, const QString& title, const QString& label,
                                        const QStringList& items) = 0;
    // A dialog of the program's own that asks for several things at once (the sign-in with its password,
    // the review package's PIN, a decision's number and date, the print preview): shown modally; true when
    // it was accepted. Such dialogs stay open on a wrong password or PIN, so accepted means taken.
    virtual bool dialog(QDialog& dialog) = 0;

    // Shorthands over the above.
    void information(QWidget* parent, const QString& title, const QString& text)
    {
        message(parent, Level::Information, title, text);
    }
    void warning(QWidget* parent, const QString& title, const QString& text)
    {
        message(parent, Level::Warning, title, text);
    }
    void critical(QWidget* parent, const QString& title, const QString& text)
    {
        message(parent, Level::Critical, title, text);
    }
    // Yes / No (Có / Không); Esc is No.
    bool question(QWidget* parent, const QString& title, const QString& text);
    // Save / Don't save / Cancel (Lưu / Không lưu / Hủy); Esc is Cancel, Save the default.
    Unsaved unsavedChanges(QWidget* parent, const QString& title, const QString& text);
};

// The real dialogs. On Linux the file dialogs are Qt's own (never a desktop's native or portal dialog), so
// they speak the program's language (resources/translations/qt_vi.ts); Windows' and macOS's follow the
// system's language.
class QtPrompts : public Prompts
{
public:
    // The options every file dialog opens with: DontUseNativeDialog on Linux.
    static QFileDialog::Options fileDialogOptions();

    void message(QWidget* parent, Level level, const QString& title, const QString& text) override;
    int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
               int defaultButton, int escapeButton) override;
    QString openFile(QWidget* parent, const QString& title, const QString& folder,
                     const QString& filter) override;
    QStringList openFiles(QWidget* parent, const QString& title, const QString& folder,
                          const QString& filter) override;
    QString openFolder(QWidget* parent, const QString& title, const QString& folder) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter,
                     bool confirmOverwrite) override;
    std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                const QString& initial) override;
    std::optional<QString> item(QWidget* parent, const QString& title, const QString& label,
                                const QStringList& items) override;
    bool dialog(QDialog& dialog) override;
};

// What windows and dialogs use unless handed others: QtPrompts, or what a test installed.
Prompts& defaultPrompts();
// Installs prompts for the whole program (tests, once); nullptr puts the real dialogs back.
void setDefaultPrompts(Prompts* prompts);

} // namespace sangkien
