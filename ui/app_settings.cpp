#include "app_settings.h"

#include <QStandardPaths>

namespace sangkien {

namespace {
// Keys are versioned by their group so a later layout can ignore an old one instead of misreading it.
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kHeader = QStringLiteral("mainWindow/entriesHeader");
const QString kRecent = QStringLiteral("files/recent");
const QString kLastDir = QStringLiteral("files/lastDirectory");
const QString kSavedViews = QStringLiteral("entries/savedViews");
const QString kExportDir = QStringLiteral("files/exportDirectory");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kCampaignFolder = QStringLiteral("preferences/campaignFolder");
const QString kDefaultSigner = QStringLiteral("preferences/defaultSigner");
} // namespace

AppSettings::AppSettings(const QString& file)
    : m_settings(file.isEmpty() ? std::make_unique<QSettings>()
                                : std::make_unique<QSettings>(file, QSettings::IniFormat))
{}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& value)
{
    m_settings->setValue(kGeometry, value);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& value)
{
    m_settings->setValue(kState, value);
}

QByteArray AppSettings::entriesHeaderState() const
{
    return m_settings->value(kHeader).toByteArray();
}

void AppSettings::setEntriesHeaderState(const QByteArray& value)
{
    m_settings->setValue(kHeader, value);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

void AppSettings::setRecentFiles(const QStringList& files)
{
    m_settings->setValue(kRecent, files);
}

QString AppSettings::lastDirectory() const
{
    const QString dir = m_settings->value(kLastDir).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir;
}

void AppSettings::setLastDirectory(const QString& dir)
{
    m_settings->setValue(kLastDir, dir);
}

QVariantMap AppSettings::savedViews() const
{
    return m_settings->value(kSavedViews).toMap();
}

void AppSettings::setSavedViews(const QVariantMap& views)
{
    m_settings->setValue(kSavedViews, views);
}

QString AppSettings::exportDirectory() const
{
    const QString dir = m_settings->value(kExportDir).toString();
    return dir.isEmpty() ? lastDirectory() : dir;
}

void AppSettings::setExportDirectory(const QString& dir)
{
    m_settings->setValue(kExportDir, dir);
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    return value == QLatin1String("vi") || value == QLatin1String("en") ? value : QString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

QString AppSettings::campaignFolder() const
{
    const QString dir = m_settings->value(kCampaignFolder).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir;
}

void AppSettings::setCampaignFolder(const QString& dir)
{
    m_settings->setValue(kCampaignFolder, dir);
}

QString AppSettings::defaultSigner() const
{
    return m_settings->value(kDefaultSigner).toString();
}

void AppSettings::setDefaultSigner(const QString& name)
{
    m_settings->setValue(kDefaultSigner, name);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace sangkien
