#include "report_details_dialog.h"

#include "date_field.h"
#include "document_details_fields.h"
#include "reports/campaign_report.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

ReportDetailsDialog::ReportDetailsDialog(ReportKind kind, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(kind == ReportKind::Interim ? tr("Interim Report: Number, Date and Period")
                                               : tr("Final Report: Number, Date and Period"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The report is printed with these details. Leave the number empty to write "
                                "it by hand, and the period empty to count every entry of the campaign."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_document = std::make_unique<DocumentDetailsFields>(form, this, reportSymbol(), QStringLiteral("report"),
                                                         tr("e.g. 125 (optional)"),
                                                         tr("Full name of the person who signs (optional)"));

    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setOptional(true);
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setOptional(true);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_from, 1);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to, 1);
    auto* periodLabel = new QLabel(tr("Entries received &from:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, periodRow);
    form->addRow(QString(), m_from->messageLabel());
    form->addRow(QString(), m_to->messageLabel());
    layout->addLayout(form);

    m_problem = problemLabel(this, QStringLiteral("reportProblem"));
    layout->addWidget(m_problem);
    layout->addWidget(continueCancelButtons(this));
    setMinimumWidth(480);
    m_document->numberField()->setFocus();
}

ReportDetailsDialog::~ReportDetailsDialog() = default;

void ReportDetailsDialog::setDetails(const ReportDetails& details)
{
    m_document->set(details.number, details.date, details.signer, details.deputy);
    m_from->setDate(details.period.from);
    m_to->setDate(details.period.to);
}

ReportDetails ReportDetailsDialog::details() const
{
    return {m_document->number(), m_document->date(), m_document->signer(), m_document->deputy(),
            StatisticsPeriod{m_from->date(), m_to->date()}};
}

QString ReportDetailsDialog::problem() const
{
    const ReportDetails d = details();
    if (d.number.contains(QLatin1Char('/')))
        return tr("Write only the number; the symbol after the slash is added.");
    for (const DateField* field : {m_document->dateField(), m_from, m_to})
        if (!field->isAcceptable())
            return field->problem();
    if (!d.date.isValid())
        return tr("Write the report's date as dd/MM/yyyy.");
    if (d.period.from.isValid() && d.period.to.isValid() && d.period.to < d.period.from)
        return tr("The period ends before it begins.");
    return {};
}

void ReportDetailsDialog::accept()
{
    if (showProblem(m_problem, problem()))
        QDialog::accept();
}

} // namespace sangkien
