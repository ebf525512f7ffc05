#include "prompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace sangkien {

namespace {

Prompts* s_installed = nullptr;

} // namespace

bool Prompts::question(QWidget* parent, const QString& title, const QString& text)
{
    return choose(parent, title, text, {tr("&Yes"), tr("&No")}, 0, 1) == 0;
}

Prompts::Unsaved Prompts::unsavedChanges(QWidget* parent, const QString& title, const QString& text)
{
    switch (choose(parent, title, text, {tr("&Save"), tr("Do&n't Save"), tr("Cancel")}, 0, 2)) {
    case 0:
        return Unsaved::Save;
    case 1:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

void QtPrompts::message(QWidget* parent, Level level, const QString& title, const QString& text)
{
    switch (level) {
    case Level::Information:
        QMessageBox::information(parent, title, text);
        break;
    case Level::Warning:
        QMessageBox::warning(parent, title, text);
        break;
    case Level::Critical:
        QMessageBox::critical(parent, title, text);
        break;
    }
}

int QtPrompts::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
                      int defaultButton, int escapeButton)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QPushButton*> made;
    for (qsizetype i = 0; i < buttons.size(); ++i)
        made << box.addButton(buttons.at(i),
                              i == escapeButton ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
    if (defaultButton >= 0 && defaultButton < made.size())
        box.setDefaultButton(made.at(defaultButton));
    if (escapeButton >= 0 && escapeButton < made.size())
        box.setEscapeButton(made.at(escapeButton));
    box.exec();
    const qsizetype chosen = made.indexOf(static_cast<QPushButton*>(box.clickedButton()));
    return chosen < 0 ? escapeButton : int(chosen);
}

QFileDialog::Options QtPrompts::fileDialogOptions()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return {};
#else
    return QFileDialog::DontUseNativeDialog;
#endif
}

QString QtPrompts::openFile(QWidget* parent, const QString& title, const QString& folder,
                            const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter, nullptr, fileDialogOptions());
}

QStringList QtPrompts::openFiles(QWidget* parent, const QString& title, const QString& folder,
                                 const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, title, folder, filter, nullptr, fileDialogOptions());
}

QString QtPrompts::openFolder(QWidget* parent, const QString& title, const QString& folder)
{
    return QFileDialog::getExistingDirectory(parent, title, folder,
                                             fileDialogOptions() | QFileDialog::ShowDirsOnly);
}

QString QtPrompts::saveFile(QWidget* parent, const QString& title, const QString& suggested,
                            const QString& filter, bool confirmOverwrite)
{
    return QFileDialog::getSaveFileName(
        parent, title, suggested, filter, nullptr,
        confirmOverwrite ? fileDialogOptions() : fileDialogOptions() | QFileDialog::DontConfirmOverwrite);
}

std::optional<QString> QtPrompts::text(QWidget* parent, const QString& title, const QString& label,
                                       const QString& initial)
{
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(typed) : std::nullopt;
}

std::optional<QString> QtPrompts::item(QWidget* parent, const QString& title, const QString& label,
                                       const QStringList& items)
{
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? std::optional<QString>(chosen) : std::nullopt;
}

bool QtPrompts::dialog(QDialog& dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

Prompts& defaultPrompts()
{
    static QtPrompts real;
    return s_installed ? *s_installed : real;
}

void setDefaultPrompts(Prompts* prompts)
{
    s_installed = prompts;
}

} // namespace sangkien
