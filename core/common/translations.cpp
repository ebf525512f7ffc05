#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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

void installTranslations(QCoreApplication& app, const QString& language)
{
    if (language != QLatin1String("vi"))
        return;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Vietnamese), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/sangkien_vi.qm")))
        QCoreApplication::installTranslator(ours);
}

} // namespace sangkien
