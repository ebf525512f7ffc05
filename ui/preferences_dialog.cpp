#include "preferences_dialog.h"

#include "app_settings.h"
#include "prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

namespace {
// As long as a decision's signer may be (the CLI's --signer refuses longer names).
constexpr int kSignerMaxLength = 200;
} // namespace

PreferencesDialog::PreferencesDialog(AppSettings& settings, const QString& currentLanguage, Prompts& prompts,
                                     QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_currentLanguage(currentLanguage == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi"))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Settings of the program on this computer. The campaign's own settings are "
                                "under Campaign › Settings."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so whoever reads the list finds theirs.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString saved = settings.language();
    m_language->setCurrentIndex(m_language->findData(saved.isEmpty() ? m_currentLanguage : saved));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("The new language applies the next time the program starts."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    form->addRow(QString(), m_languageNote);

    m_folder = new QLineEdit(QDir::toNativeSeparators(settings.campaignFolder()), this);
    m_folder->setObjectName(QStringLiteral("campaignFolder"));
    m_folder->setToolTip(tr("Where the office keeps its campaign files; earlier campaigns are looked for "
                            "here. Empty: the Documents folder."));
    m_chooseFolder = new QPushButton(tr("C&hoose…"), this);
    m_chooseFolder->setObjectName(QStringLiteral("chooseCampaignFolder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* folderLabel = new QLabel(tr("Campaign &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_signer = new QLineEdit(settings.defaultSigner(), this);
    m_signer->setObjectName(QStringLiteral("defaultSigner"));
    m_signer->setMaxLength(kSignerMaxLength);
    m_signer->setPlaceholderText(tr("Full name of the person who usually signs the decisions"));
    m_signer->setToolTip(tr("Filled in as the signer of a campaign's first decision; it can be changed "
                            "there."));
    form->addRow(tr("Default &signer:"), m_signer);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto showNote = [this] { m_languageNote->setVisible(chosenLanguage() != m_currentLanguage); };
    connect(m_language, &QComboBox::currentIndexChanged, this, showNote);
    showNote();
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = m_prompts.openFolder(this, tr("Campaign folder"),
                                                 QDir::fromNativeSeparators(m_folder->text().trimmed()));
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    setMinimumWidth(520);
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    // The folder shown is taken as it is (the Documents folder by default, which may not exist yet); one
    // typed or chosen must exist.
    const bool folderChanged = folder != QDir::fromNativeSeparators(m_settings.campaignFolder());
    if (folderChanged && !folder.isEmpty() && !QFileInfo(folder).isDir()) {
        m_problem->setText(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        m_problem->show();
        m_folder->setFocus();
        return;
    }
    // A language is kept once chosen; until then the program follows --lang and the environment.
    if (chosenLanguage() != m_currentLanguage || !m_settings.language().isEmpty())
        m_settings.setLanguage(chosenLanguage());
    if (folderChanged)
        m_settings.setCampaignFolder(folder.isEmpty() ? QString() : QDir::cleanPath(folder));
    m_settings.setDefaultSigner(m_signer->text().simplified());
    m_settings.sync();
    m_languageChanged = chosenLanguage() != m_currentLanguage;
    if (m_languageChanged)
        m_prompts.information(this, tr("Language"),
                              tr("The new language applies the next time the program starts."));
    QDialog::accept();
}

} // namespace sangkien
