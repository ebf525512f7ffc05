#pragma once

#include <QString>

class QCoreApplication;

namespace sangkien {

// The language the programs speak: Vietnamese unless English is asked for (a "--lang en" option, or
// LANG/LC_ALL/LC_MESSAGES starting with "en"). Returns "vi" or "en".
QString preferredLanguage(const QString& explicitChoice = {});

// Installs our translations for language ("vi" or "en") on the application: the program's
// (sangkien_vi.ts) and our Vietnamese of the Qt strings it shows (qt_vi.ts), both embedded. English is the
// source language, so "en" installs nothing.
void installTranslations(QCoreApplication& app, const QString& language);

// The language installTranslations() last installed ("vi" or "en"); "en", the source language, before.
QString installedLanguage();

} // namespace sangkien
