#pragma once

#include <QString>

class QCoreApplication;

namespace sangkien {

// The language the programs speak: Vietnamese unless English is asked for (a "--lang en" option, or
// LANG/LC_ALL/LC_MESSAGES starting with "en"). Returns "vi" or "en".
QString preferredLanguage(const QString& explicitChoice = {});

// Installs our translations and Qt's own for language ("vi" or "en") on the application.
// English is the source language, so "en" installs nothing of ours.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace sangkien
