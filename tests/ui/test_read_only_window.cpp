// A window opened read-only offers nothing that writes: every action of every menu, and every action and
// button of every dialog it can open, is walked (found with findChildren, so what is added later is walked
// too). What is marked as writing must be off; everything still on is used, agreeing to every question,
// and the campaign file must stay byte-identical. Refusals name the real cause, in Vietnamese too.
#include "campaign_settings_dialog.h"
#include "entries_view.h"
#include "entry_editor_dialog.h"
#include "help_window.h"
#include "models/entries_model.h"
#include "storage/campaign_session.h"
#include "ui_test_helpers.h"
#include "write_guard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString describe(const QObject* o)
{
    if (auto* a = qobject_cast<const QAction*>(o))
        return QStringLiteral("action \"%1\"").arg(a->text());
    if (auto* b = qobject_cast<const QAbstractButton*>(o))
        return QStringLiteral("button \"%1\"").arg(b->text());
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(o->metaObject()->className()), o->objectName());
}

// Whether a marked widget can still be used to write.
bool usableForWriting(const QWidget* w)
{
    if (!w->isEnabled())
        return false;
    if (auto* line = qobject_cast<const QLineEdit*>(w))
        return !line->isReadOnly();
    if (auto* text = qobject_cast<const QPlainTextEdit*>(w))
        return !text->isReadOnly();
    if (auto* view = qobject_cast<const QAbstractItemView*>(w))
        return view->editTriggers() != QAbstractItemView::NoEditTriggers;
    return true;
}

// Every marked action and widget under root is off. A place that can write has at least one marked.
void checkMarkedOff(QWidget* root, const QString& where, bool canWrite = true)
{
    int marked = 0;
    for (QAction* a : root->findChildren<QAction*>())
        if (writes::isMarked(a)) {
            ++marked;
            INFO(where.toStdString() << ": " << describe(a).toStdString());
            CHECK_FALSE(a->isEnabled());
        }
    for (QWidget* w : root->findChildren<QWidget*>())
        if (writes::isMarked(w)) {
            ++marked;
            INFO(where.toStdString() << ": " << describe(w).toStdString());
            CHECK_FALSE(usableForWriting(w));
        }
    INFO(where.toStdString());
    if (canWrite)
        CHECK(marked > 0); // each place walked has something that writes, and it is marked
}

QList<QDialog*> openDialogs(QWidget* window)
{
    QList<QDialog*> open;
    for (QDialog* d : window->findChildren<QDialog*>())
        if (d->isVisible())
            open << d;
    return open;
}

struct ReadOnlyWalk
{
    MainWindow* window;
    QString path;
    QByteArray before;
    QStringList walked;

    void checkUnchanged(const QString& after)
    {
        INFO("after " << after.toStdString());
        CHECK(bytesOf(path) == before);
    }

    // The window back on the campaign, read-only, whatever the last action did (Close, Quit, New).
    void restore()
    {
        if (!window->isVisible())
            window->show();
        if (window->campaignPath() != path) {
            window->closeCampaign();
            REQUIRE(window->openCampaign(path)); // "in use": agreed to, read-only
        }
        REQUIRE(window->isReadOnly());
        if (!child<EntriesView>(window, "entriesView")->currentEntryId()) // Edit Entry needs a row
            child<EntriesView>(window, "entriesView")
                ->selectEntry(window->entriesModel()->entries().first().id);
    }

    // A dialog the window opened: what writes is off; everything else is pressed.
    void walkDialog(QDialog* dialog)
    {
        const QString where = dialog->metaObject()->className();
        walked << where;
        // The user guide only shows README's text: nothing in it could write.
        checkMarkedOff(dialog, where, !qobject_cast<HelpWindow*>(dialog));
        QList<QPointer<QAction>> actions;
        for (QAction* a : dialog->findChildren<QAction*>())
            actions << a;
        for (const QPointer<QAction>& a : actions)
            if (a && a->isEnabled() && !writes::isMarked(a) && !a->menu()) {
                a->trigger();
                QTest::qWait(10);
                checkUnchanged(where + QStringLiteral(" ▸ ") + describe(a));
            }
        QList<QPointer<QAbstractButton>> buttons;
        for (QAbstractButton* b : dialog->findChildren<QAbstractButton*>())
            buttons << b;
        for (const QPointer<QAbstractButton>& b : buttons)
            if (b && b->isEnabled() && b->isVisibleTo(dialog) && !writes::isMarked(b)) {
                const QString name = describe(b);
                b->click();
                QTest::qWait(10);
                checkUnchanged(where + QStringLiteral(" ▸ ") + name);
            }
    }

    void walkWindow()
    {
        checkMarkedOff(window, QStringLiteral("main window"));
        QList<QPointer<QAction>> actions;
        for (QAction* a : window->findChildren<QAction*>())
            actions << a;
        for (const QPointer<QAction>& a : actions) {
            if (!a || !a->isEnabled() || writes::isMarked(a) || a->menu())
                continue;
            const QString name = describe(a);
            a->trigger();
            QTest::qWait(20);
            checkUnchanged(name);
            for (QDialog* d : openDialogs(window)) {
                QPointer<QDialog> dialog = d;
                walkDialog(d);
                if (dialog && dialog->isVisible())
                    dialog->reject();
                QTest::qWait(10);
                checkUnchanged(name + QStringLiteral(", closed"));
            }
            restore();
        }
    }
};

} // namespace

TEST_CASE("A read-only window offers nothing that writes, and nothing it offers changes the file",
          "[ui][safety][readonly]")
{
    UiCampaign data;
    const QString path = data.campaign.path();
    // Another program writes the campaign: it holds the lock, as sangkien-cli would.
    CampaignSession::Opening other = CampaignSession::open(path, false, QStringLiteral("sangkien-cli"));
    REQUIRE(other.session);

    QTemporaryDir settings;
    MainWindow window(settings.filePath(QStringLiteral("s.ini")));
    window.setFolderOpener([](const QString&) { return true; }); // no file manager from a test
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    prompts().answerYes(); // "Open it read-only?"
    REQUIRE(window.openCampaign(path));
    REQUIRE(window.isReadOnly());
    CHECK(window.readOnlyReason().contains(QStringLiteral("another program")));
    CHECK(window.readOnlyReason().contains(QStringLiteral("sangkien-cli")));
    auto* shown = window.findChild<QLabel*>(QStringLiteral("readOnlyReason"));
    REQUIRE(shown);
    CHECK(shown->isVisible());
    child<EntriesView>(window, "entriesView")->selectEntry(window.entriesModel()->entries().first().id);

    QTemporaryDir elsewhere;
    prompts().agreeToEverything(elsewhere.path());
    ReadOnlyWalk walk{&window, path, bytesOf(path), {}};
    walk.walkWindow();
    // The dialogs that show the campaign were reached, and walked.
    for (const char* dialog : {"sangkien::EntryEditorDialog", "sangkien::CampaignSettingsDialog",
                               "sangkien::UnitsDialog", "sangkien::CouncilDialog", "sangkien::AwardsView"}) {
        INFO(dialog);
        CHECK(walk.walked.contains(QLatin1String(dialog)));
    }
    CHECK(bytesOf(path) == walk.before);
    window.closeCampaign();
}

TEST_CASE("Settings open read-only with Save off, and a refusal names the real cause",
          "[ui][safety][readonly]")
{
    UiCampaign data;
    const QString path = data.campaign.path();
    CampaignSession::Opening other = CampaignSession::open(path, false, QStringLiteral("sangkien-cli"));
    REQUIRE(other.session);
    QTemporaryDir settings;
    MainWindow window(settings.filePath(QStringLiteral("s.ini")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    prompts().answerYes();
    REQUIRE(window.openCampaign(path));
    const QByteArray before = bytesOf(path);

    window.openCampaignSettings();
    CampaignSettingsDialog* dialog = window.settingsDialog();
    REQUIRE(dialog);
    CHECK(dialog->isReadOnly());
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("campaignName"));
    REQUIRE(name);
    CHECK(name->isReadOnly());
    CHECK_FALSE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    // Even asked directly, Save refuses, blaming the other program and not the disk.
    const Status saved = dialog->save();
    REQUIRE_FALSE(saved);
    CHECK(saved.error().message.contains(QStringLiteral("sangkien-cli")));
    CHECK_FALSE(saved.error().message.contains(QStringLiteral("disk"), Qt::CaseInsensitive));
    dialog->reject();

    // Restore is off, and asked directly names the same cause.
    CHECK_FALSE(window.restoreBackup(path + QStringLiteral(".no-such-backup")));
    CHECK(window.lastError().contains(QStringLiteral("another program")));

    // In Vietnamese.
    QTranslator vietnamese;
    REQUIRE(vietnamese.load(QStringLiteral(":/i18n/sangkien_vi.qm")));
    QCoreApplication::installTranslator(&vietnamese);
    window.closeCampaign();
    prompts().answerYes();
    const bool reopened = window.openCampaign(path);
    const QString reason = window.readOnlyReason();
    QCoreApplication::removeTranslator(&vietnamese);
    REQUIRE(reopened);
    INFO(reason.toStdString());
    CHECK(reason.contains(QStringLiteral("chỉ đọc"), Qt::CaseInsensitive));
    CHECK(bytesOf(path) == before);
    window.closeCampaign();
}
