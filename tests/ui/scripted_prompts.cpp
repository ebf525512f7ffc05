#include "scripted_prompts.h"

#include "test_hooks.h"

#include <catch2/catch.hpp>

namespace sangkien::testing {

namespace {

const char* kindName(int kind)
{
    static const char* names[] = {"a choice", "a file", "files", "a text", "a dialog"};
    return names[kind];
}

} // namespace

void ScriptedPrompts::answerChoice(int button)
{
    m_answers.append({Kind::Choice, button, {}, {}, {}});
}

void ScriptedPrompts::answerFile(const QString& path)
{
    m_answers.append({Kind::File, 0, {path}, {}, {}});
}

void ScriptedPrompts::answerFiles(const QStringList& paths)
{
    m_answers.append({Kind::Files, 0, paths, {}, {}});
}

void ScriptedPrompts::answerText(const std::optional<QString>& text)
{
    m_answers.append({Kind::Text, 0, {}, text, {}});
}

void ScriptedPrompts::answerDialog(std::function<bool(QDialog&)> fill)
{
    m_answers.append({Kind::Dialog, 0, {}, {}, std::move(fill)});
}

void ScriptedPrompts::reset()
{
    m_answers.clear();
    m_asked.clear();
    m_messages.clear();
    m_agreeFolder.clear();
}

std::optional<ScriptedPrompts::Answer> ScriptedPrompts::next(Kind kind, const QString& what)
{
    m_asked << what;
    if (!m_answers.isEmpty() && m_answers.first().kind == kind)
        return m_answers.takeFirst();
    if (m_answers.isEmpty() && !m_agreeFolder.isEmpty()) {
        const QString file = m_agreeFolder + QStringLiteral("/agreed-%1").arg(++m_agreed);
        return Answer{kind, 0, {file}, QStringLiteral("Đồng ý"), [](QDialog&) { return true; }};
    }
    const QString problem =
        QStringLiteral("unexpected question (%1 asked, %2): %3")
            .arg(QLatin1String(kindName(int(kind))),
                 m_answers.isEmpty() ? QStringLiteral("no answer queued")
                                     : QStringLiteral("%1 queued next")
                                           .arg(QLatin1String(kindName(int(m_answers.first().kind)))),
                 what);
    if (m_unexpected)
        m_unexpected(problem);
    return std::nullopt;
}

void ScriptedPrompts::message(QWidget*, Level level, const QString& title, const QString& text)
{
    m_messages.append({level, title, text});
}

int ScriptedPrompts::choose(QWidget*, const QString& title, const QString& text, const QStringList& buttons,
                            int, int escapeButton)
{
    const auto answer = next(Kind::Choice, title + QStringLiteral(": ") + text);
    if (!answer || answer->choice < 0 || answer->choice >= buttons.size())
        return escapeButton;
    return answer->choice;
}

QString ScriptedPrompts::openFile(QWidget*, const QString& title, const QString&, const QString&)
{
    const auto answer = next(Kind::File, title);
    return answer ? answer->files.value(0) : QString();
}

QStringList ScriptedPrompts::openFiles(QWidget*, const QString& title, const QString&, const QString&)
{
    const auto answer = next(Kind::Files, title);
    return answer ? answer->files : QStringList();
}

QString ScriptedPrompts::openFolder(QWidget*, const QString& title, const QString&)
{
    const auto answer = next(Kind::File, title);
    return answer ? answer->files.value(0) : QString();
}

QString ScriptedPrompts::saveFile(QWidget*, const QString& title, const QString&, const QString&, bool)
{
    const auto answer = next(Kind::File, title);
    return answer ? answer->files.value(0) : QString();
}

std::optional<QString> ScriptedPrompts::text(QWidget*, const QString& title, const QString& label,
                                             const QString&)
{
    const auto answer = next(Kind::Text, title + QStringLiteral(": ") + label);
    return answer ? answer->text : std::nullopt;
}

std::optional<QString> ScriptedPrompts::item(QWidget*, const QString& title, const QString& label,
                                             const QStringList& items)
{
    const auto answer = next(Kind::Text, title + QStringLiteral(": ") + label);
    if (!answer || !answer->text || !items.contains(*answer->text))
        return std::nullopt;
    return answer->text;
}

bool ScriptedPrompts::dialog(QDialog& dialog)
{
    const auto answer = next(Kind::Dialog, dialog.windowTitle());
    if (!answer || !answer->fill(dialog)) {
        dialog.reject();
        return false;
    }
    dialog.accept(); // the dialog's own OK: a wrong password or PIN keeps it open, unaccepted
    return dialog.result() == QDialog::Accepted;
}

ScriptedPrompts& prompts()
{
    static ScriptedPrompts instance;
    return instance;
}

// Installs the scripted prompts once for the whole program, makes an unexpected question a failure of the
// test that asked it, and gives every test case an empty queue.
[[maybe_unused]] const bool installed = [] {
    prompts().setUnexpectedHandler([](const QString& problem) { FAIL_CHECK(problem.toStdString()); });
    setDefaultPrompts(&prompts());
    return onTestCaseStart([] { prompts().reset(); });
}();

} // namespace sangkien::testing
