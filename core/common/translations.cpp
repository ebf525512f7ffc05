#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace sangkien {

QString preferredLanguage(const QString& explicitChoice)
{
    if (!explicitChoice.isEmpty())
        return explicitChoice.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? QStringLiteral("en")
                                                                                   : QStringLiteral("vi");
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(var);
        if (value.isEmpty())
            continue;
        return value.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("vi");
    }
    return QStringLiteral("vi");
}

namespace {
QString& installed()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString installedLanguage()
{
    return installed();
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    installed() = language == QLatin1String("vi") ? QStringLiteral("vi") : QStringLiteral("en");
    if (language != QLatin1String("vi"))
        return;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    // Qt ships no Vietnamese of its own strings (buttons, file and print dialogs, context menus): ours is
    // resources/translations/qt_vi.ts, embedded like the program's.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral(":/i18n/qt_vi.qm")))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/sangkien_vi.qm")))
        QCoreApplication::installTranslator(ours);
}

} // namespace sangkien
