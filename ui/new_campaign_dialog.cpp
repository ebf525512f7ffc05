#include "new_campaign_dialog.h"

#include "prompts.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sangkien {
namespace {

QString campaignFilter()
{
    return NewCampaignDialog::tr("Campaign files (*.%1)").arg(QLatin1String(Database::kFileSuffix));
}

} // namespace

NewCampaignDialog::NewCampaignDialog(Prompts& prompts, const QString& earlierPath, int earlierYear,
                                     const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_prompts(prompts)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("NewCampaignDialog"));
    setWindowTitle(tr("New Campaign"));
    auto* layout = new QVBoxLayout(this);

    m_fromEarlier =
        new QRadioButton(tr("From an &earlier campaign (units, criteria, award forms, quota rules "
                            "and council are copied; entries and scores are not)"),
                         this);
    m_fromEarlier->setObjectName(QStringLiteral("fromEarlier"));
    m_earlierPath = new QLineEdit(QDir::toNativeSeparators(earlierPath), this);
    m_earlierPath->setObjectName(QStringLiteral("earlierPath"));
    m_earlierPath->setPlaceholderText(tr("The earlier campaign file"));
    auto* browseEarlier = new QPushButton(tr("&Choose…"), this);
    browseEarlier->setObjectName(QStringLiteral("chooseEarlier"));
    auto* earlierRow = new QHBoxLayout;
    earlierRow->addSpacing(24);
    earlierRow->addWidget(m_earlierPath, 1);
    earlierRow->addWidget(browseEarlier);

    m_fromTemplate = new QRadioButton(tr("From a &template of the province"), this);
    m_fromTemplate->setObjectName(QStringLiteral("fromTemplate"));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("template"));
    for (const QString& id : CampaignTemplate::available()) {
        auto t = CampaignTemplate::load(id);
        const int year =
            t ? t->data().value(QStringLiteral("campaign")).toObject().value(QStringLiteral("year")).toInt()
              : 0;
        m_template->addItem(t ? t->displayName() : id, id);
        m_template->setItemData(m_template->count() - 1, year, Qt::UserRole + 1);
    }
    // The newest template first: the province as it is now.
    m_template->setCurrentIndex(m_template->count() - 1);
    auto* templateRow = new QHBoxLayout;
    templateRow->addSpacing(24);
    templateRow->addWidget(m_template, 1);

    layout->addWidget(m_fromEarlier);
    layout->addLayout(earlierRow);
    layout->addWidget(m_fromTemplate);
    layout->addLayout(templateRow);

    auto* form = new QFormLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(earlierYear > 0 ? earlierYear + 1 : QDate::currentDate().year());
    form->addRow(tr("&Year:"), m_year);
    m_planNumber = new QLineEdit(this);
    m_planNumber->setObjectName(QStringLiteral("planNumber"));
    m_planNumber->setPlaceholderText(tr("e.g. 12/KH-UBND (may be left empty until the plan is issued)"));
    form->addRow(tr("The &plan's number:"), m_planNumber);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("newPath"));
    auto* browseNew = new QPushButton(tr("C&hoose…"), this);
    browseNew->setObjectName(QStringLiteral("chooseNewPath"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseNew);
    // A row of a field and its button: the label needs its buddy set, or its "&" shows.
    auto* pathLabel = new QLabel(tr("New &file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newCampaignProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createCampaign"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCampaignDialog::reject);

    (earlierPath.isEmpty() ? m_fromTemplate : m_fromEarlier)->setChecked(true);
    connect(m_fromEarlier, &QRadioButton::toggled, this, &NewCampaignDialog::updateState);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::updateState);
    connect(m_year, &QSpinBox::valueChanged, this, &NewCampaignDialog::suggestFileName);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathTyped = true; });
    connect(browseEarlier, &QPushButton::clicked, this, [this] {
        const QString chosen =
            m_prompts.openFile(this, tr("The earlier campaign"), m_folder, campaignFilter());
        if (!chosen.isEmpty()) {
            m_earlierPath->setText(QDir::toNativeSeparators(chosen));
            m_fromEarlier->setChecked(true);
        }
    });
    connect(browseNew, &QPushButton::clicked, this, [this] {
        const QString chosen = m_prompts.saveFile(
            this, tr("New campaign"), QDir::fromNativeSeparators(m_path->text()), campaignFilter(), false);
        if (!chosen.isEmpty()) {
            m_path->setText(QDir::toNativeSeparators(chosen));
            m_pathTyped = true;
        }
    });
    updateState();
    resize(640, sizeHint().height());
}

void NewCampaignDialog::updateState()
{
    const bool earlier = m_fromEarlier->isChecked();
    m_earlierPath->setEnabled(earlier);
    m_template->setEnabled(!earlier);
    // A template carries its own year and plan; the clerk changes them in Settings afterwards.
    m_planNumber->setEnabled(earlier);
    m_year->setEnabled(earlier);
    if (!earlier)
        m_year->setValue(m_template->currentData(Qt::UserRole + 1).toInt());
    suggestFileName();
}

void NewCampaignDialog::suggestFileName()
{
    if (m_pathTyped)
        return;
    m_path->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(
        tr("campaign-%1").arg(m_year->value()) + QLatin1Char('.') + QLatin1String(Database::kFileSuffix))));
}

NewCampaignRequest NewCampaignDialog::request() const
{
    NewCampaignRequest r;
    r.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!r.path.isEmpty() && QFileInfo(r.path).suffix().isEmpty())
        r.path += QLatin1Char('.') + QLatin1String(Database::kFileSuffix);
    if (m_fromEarlier->isChecked()) {
        r.earlierPath = QDir::fromNativeSeparators(m_earlierPath->text().trimmed());
        r.year = m_year->value();
        r.planNumber = m_planNumber->text().trimmed();
    } else {
        r.templateId = m_template->currentData().toString();
    }
    return r;
}

QString NewCampaignDialog::problem() const
{
    const NewCampaignRequest r = request();
    if (m_fromEarlier->isChecked() && r.earlierPath.isEmpty())
        return tr("Choose the earlier campaign to start from.");
    if (m_fromEarlier->isChecked() && !QFileInfo::exists(r.earlierPath))
        return tr("%1 does not exist.").arg(QDir::toNativeSeparators(r.earlierPath));
    if (r.path.isEmpty())
        return tr("Name the new campaign file.");
    if (QFileInfo::exists(r.path))
        return tr("%1 already exists. Choose another name.").arg(QDir::toNativeSeparators(r.path));
    return {};
}

void NewCampaignDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace sangkien
