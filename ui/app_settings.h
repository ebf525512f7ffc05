#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>

namespace sangkien {

// Everything the GUI keeps between sessions, in one typed place, so keys are spelled once.
class AppSettings
{
public:
    // The user's settings (QSettings with the application's organisation and name), or, when file is
    // given, an INI file there (tests keep theirs in a temporary folder).
    explicit AppSettings(const QString& file = {});

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& value);
    QByteArray entriesHeaderState() const;
    void setEntriesHeaderState(const QByteArray& value);

    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    // The folder the file dialogs start in: where the last campaign was opened or created.
    QString lastDirectory() const;
    void setLastDirectory(const QString& dir);

    // Saved views of the entries table: name → {search, facets as codes}.
    QVariantMap savedViews() const;
    void setSavedViews(const QVariantMap& views);
    // The folder CSV exports go to.
    QString exportDirectory() const;
    void setExportDirectory(const QString& dir);

    // The program's preferences (File › Preferences), the user's, not the campaign's.
    // The language chosen in the window ("vi" or "en"); empty until one is chosen. It applies on the next
    // start, before the environment (LANG) and after an explicit --lang.
    QString language() const;
    void setLanguage(const QString& language);
    // Where the office keeps its campaigns (the history of earlier campaigns reads it): the user's
    // Documents folder until one is chosen.
    QString campaignFolder() const;
    void setCampaignFolder(const QString& dir);
    // Who usually signs the decisions; prefills the signer of a decision's details when the campaign has
    // none yet. Empty when not set.
    QString defaultSigner() const;
    void setDefaultSigner(const QString& name);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sangkien
