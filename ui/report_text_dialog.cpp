#include "report_text_dialog.h"

#include "campaign_context.h"
#include "error_wording.h"
#include "prompts.h"
#include "storage/report_template_repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

ReportTextDialog::ReportTextDialog(const CampaignContext& context, ReportKind kind, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Report Texts"));
    resize(980, 640);

    ReportTemplateRepository repository(m_context.database(), m_context.user);
    for (const ReportKind k : {ReportKind::Interim, ReportKind::Final}) {
        const auto stored = repository.text(k);
        m_texts.insert(int(k), stored ? *stored : ReportTemplate::defaultText(k));
    }

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKindCombo"));
    m_kind->addItem(tr("Interim report"), int(ReportKind::Interim));
    m_kind->addItem(tr("Final report"), int(ReportKind::Final));
    auto* kindLabel = new QLabel(tr("&Report:"), this);
    kindLabel->setBuddy(m_kind);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("reportTextEdit"));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    QString help =
        tr("One line is one paragraph. A line starting with I., II., … is a section heading, with "
           "1., 2., … a subheading, with \"- \" an indented line. Placeholders in braces are replaced "
           "by the figures; a table or chart placeholder stands alone on its line.") +
        QStringLiteral("\n\n");
    for (const auto& p : ReportTemplate::valuePlaceholders())
        help += QStringLiteral("{%1}  %2\n").arg(p.name, p.meaning);
    help += QLatin1Char('\n');
    for (const auto& p : ReportTemplate::blockPlaceholders())
        help += QStringLiteral("{%1}  %2\n").arg(p.name, p.meaning);
    auto* placeholders = new QPlainTextEdit(help, this);
    placeholders->setObjectName(QStringLiteral("reportPlaceholdersHelp"));
    placeholders->setReadOnly(true);
    placeholders->setMaximumWidth(380);

    auto* restore = new QPushButton(tr("Restore &Default"), this);
    restore->setObjectName(QStringLiteral("reportTextRestoreButton"));
    connect(restore, &QPushButton::clicked, this, &ReportTextDialog::restoreDefault);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(restore, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportTextDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportTextDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch();
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_editor, 1);
    middle->addWidget(placeholders);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    m_kind->setCurrentIndex(kind == ReportKind::Interim ? 0 : 1);
    m_shown = kind;
    m_editor->setPlainText(m_texts.value(int(kind)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { showKind(currentKind()); });
}

ReportKind ReportTextDialog::currentKind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

void ReportTextDialog::showKind(ReportKind kind)
{
    m_texts.insert(int(m_shown), m_editor->toPlainText());
    m_shown = kind;
    m_editor->setPlainText(m_texts.value(int(kind)));
}

QString ReportTextDialog::text(ReportKind kind) const
{
    return kind == m_shown ? m_editor->toPlainText() : m_texts.value(int(kind));
}

void ReportTextDialog::restoreDefault()
{
    m_editor->setPlainText(ReportTemplate::defaultText(m_shown));
}

void ReportTextDialog::accept()
{
    m_texts.insert(int(m_shown), m_editor->toPlainText());
    // Both texts are checked before either is saved: a refusal names the placeholders and saves nothing.
    for (const ReportKind k : {ReportKind::Interim, ReportKind::Final})
        if (const Status ok = ReportTemplate::check(m_texts.value(int(k))); !ok) {
            if (k != m_shown)
                m_kind->setCurrentIndex(k == ReportKind::Interim ? 0 : 1);
            m_context.ask().warning(this, tr("Cannot save the report texts"),
                                    ErrorWording::describe(ok.error()));
            return;
        }
    ReportTemplateRepository repository(m_context.database(), m_context.user);
    for (const ReportKind k : {ReportKind::Interim, ReportKind::Final})
        if (const Status saved = repository.save(k, m_texts.value(int(k))); !saved) {
            m_context.ask().warning(this, tr("Cannot save the report texts"),
                                    ErrorWording::describe(saved.error()));
            return;
        }
    QDialog::accept();
}

} // namespace sangkien
