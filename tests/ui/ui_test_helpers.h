// Shared by the UI tests: a campaign with a few entries, a window that never waits for a click, and
// keyboard helpers that type into whatever has the focus, as a clerk would.
#pragma once

#include "common/translations.h"
#include "main_window.h"
#include "scripted_prompts.h"
#include "storage/catalog_repository.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"
#include "test_context.h"
#include "widget_lookup.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>
#include <memory>

namespace sangkien::testing {

// For the hidden [.screenshot] tests: the pictures README shows, in Vietnamese, written into the folder
// SANGKIEN_SCREENSHOT_DIR names (run under xvfb-run with QT_QPA_PLATFORM=xcb). SANGKIEN_EXTRA_QM may name
// a compiled translation of messages not yet in sangkien_vi.ts.
class ScreenshotSession
{
public:
    ScreenshotSession()
        : m_dir(qEnvironmentVariable("SANGKIEN_SCREENSHOT_DIR"))
    {
        REQUIRE_FALSE(m_dir.isEmpty());
        installTranslations(*QCoreApplication::instance(), QStringLiteral("vi"));
        if (const QString qm = qEnvironmentVariable("SANGKIEN_EXTRA_QM"); !qm.isEmpty() && m_extra.load(qm))
            QCoreApplication::installTranslator(&m_extra);
    }
    ~ScreenshotSession() { QCoreApplication::removeTranslator(&m_extra); }
    ScreenshotSession(const ScreenshotSession&) = delete;
    ScreenshotSession& operator=(const ScreenshotSession&) = delete;

    // Saves a picture of the widget as name (a .png file name) in the folder.
    void save(QWidget& widget, const QString& name) const
    {
        REQUIRE(widget.grab().save(QDir(m_dir).filePath(name)));
    }

private:
    QString m_dir;
    QTranslator m_extra;
};

inline qint64 unitIdNamed(Database& db, const QString& name)
{
    auto units = CatalogRepository(db).units();
    REQUIRE(units);
    for (const Unit& u : *units)
        if (u.name == name)
            return u.id;
    FAIL("no unit " << name.toStdString());
    return 0;
}

inline qint64 insertEntry(Database& db, const QString& title, const QString& nominee)
{
    auto categories = CatalogRepository(db).categories();
    REQUIRE(categories);
    Entry e;
    e.title = title;
    e.categoryId = categories->first().id;
    e.receivedOn = QDate::currentDate();
    e.nominee.name = nominee;
    e.nominee.unitId = unitIdNamed(db, QStringLiteral("Sở Y tế"));
    qint64 id = 0;
    const Status s = db.transaction([&]() -> Status {
        auto inserted = EntryRepository(db).insert(e);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    REQUIRE(s);
    return id;
}

// A campaign with three entries, closed so the window is the only one holding it.
struct UiCampaign
{
    TempCampaign campaign;
    UiCampaign()
    {
        insertEntry(campaign.db(), QStringLiteral("Ứng dụng AI trong một cửa"),
                    QStringLiteral("Nguyễn Văn An"));
        insertEntry(campaign.db(), QStringLiteral("Giống lúa chịu hạn vùng bãi"),
                    QStringLiteral("Lê Thị Bình"));
        insertEntry(campaign.db(), QStringLiteral("Chữ ký số trong văn bản điều hành"),
                    QStringLiteral("Trần Văn Cường"));
        campaign.close();
    }
};

// The window on a campaign, shown and active; its questions go to the scripted prompts().
struct UiWindow
{
    QTemporaryDir settingsDir;
    std::unique_ptr<MainWindow> window;
    explicit UiWindow(const QString& campaignPath)
    {
        window = std::make_unique<MainWindow>(settingsDir.filePath(QStringLiteral("s.ini")));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        REQUIRE(window->openCampaign(campaignPath));
    }
    MainWindow* operator->() { return window.get(); }
    MainWindow* get() { return window.get(); }
};

// Offscreen there is no window manager to give the focus back when a dialog closes; a desktop does.
inline void backToWindow(QWidget* window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

inline QWidget* focused()
{
    return QApplication::focusWidget();
}

// Key presses that carry text, one character each. QTest::keyClicks only knows ASCII (it asserts on
// "ạ"), so letters beyond it are sent as key events with their text, as a Vietnamese input method does.
inline void typeInto(QWidget* widget, const QString& text)
{
    REQUIRE(widget);
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Types text into the focused widget.
inline void type(const QString& text)
{
    typeInto(focused(), text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(focused());
    QTest::keyClick(focused(), key, modifiers);
}

inline void tab(int times = 1)
{
    for (int i = 0; i < times; ++i)
        press(Qt::Key_Tab);
}

} // namespace sangkien::testing
