// The one scripted Prompts of the UI tests, installed for the whole test program: each question takes the
// next answer queued, in order; a question with no answer queued (or of another kind) fails the test that
// asked it and is answered "cancel". Messages are recorded, not answered.
#pragma once

#include "prompts.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace sangkien::testing {

class ScriptedPrompts : public Prompts
{
public:
    struct Message
    {
        Level level;
        QString title;
        QString text;
    };

    // Answers, in the order the questions will come.
    // choose(): the index of the button (question(): 0 yes, 1 no; unsavedChanges(): 0 save, 1 don't save,
    // 2 cancel).
    void answerChoice(int button);
    void answerYes() { answerChoice(0); }
    void answerNo() { answerChoice(1); }
    void answerSave() { answerChoice(0); }
    void answerDiscard() { answerChoice(1); }
    void answerCancel() { answerChoice(2); }
    // openFile(), openFolder(), saveFile() (an empty path is "cancelled"), openFiles().
    void answerFile(const QString& path);
    void answerFiles(const QStringList& paths);
    // text() and item(); nullopt is "cancelled".
    void answerText(const std::optional<QString>& text);
    // dialog(): fill the dialog as the user would and say whether to press OK (true) or Cancel (false).
    void answerDialog(std::function<bool(QDialog& dialog)> fill);

    // For a walk through everything a window offers: a question with no answer queued is not a failure but
    // agreed to, the hardest way (the first button — Yes, Save —, OK on a dialog, a new file in folder, a
    // text typed). Until reset().
    void agreeToEverything(const QString& folder) { m_agreeFolder = folder; }

    // How many answers nobody asked for yet.
    int pending() const { return int(m_answers.size()); }
    // Every question asked, as "title: text", in order.
    const QStringList& asked() const { return m_asked; }
    const QList<Message>& messages() const { return m_messages; }
    QString lastMessage() const { return m_messages.isEmpty() ? QString() : m_messages.last().text; }
    // Forgets answers and records (each test case starts clean).
    void reset();
    // Called with a description of each unexpected question (the test program makes it a failure).
    void setUnexpectedHandler(std::function<void(const QString&)> handler)
    {
        m_unexpected = std::move(handler);
    }

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

private:
    enum class Kind
    {
        Choice,
        File,
        Files,
        Text,
        Dialog
    };
    struct Answer
    {
        Kind kind;
        int choice = 0;
        QStringList files;
        std::optional<QString> text;
        std::function<bool(QDialog&)> fill;
    };
    // The next answer when it is of the kind asked; nullopt (and a failure) otherwise.
    std::optional<Answer> next(Kind kind, const QString& what);

    QList<Answer> m_answers;
    QStringList m_asked;
    QList<Message> m_messages;
    std::function<void(const QString&)> m_unexpected;
    QString m_agreeFolder;
    int m_agreed = 0;
};

// The instance every UI test uses (installed as defaultPrompts() before the first test runs).
ScriptedPrompts& prompts();

} // namespace sangkien::testing
