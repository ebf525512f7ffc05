#include "report_details_dialog.h"

#include "date_field.h"
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
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("reportNumber"));
    m_number->setMaxLength(12);
    m_number->setPlaceholderText(tr("e.g. 125 (optional)"));
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(new QLabel(QLatin1Char('/') + reportSymbol(), this));
    auto* numberLabel = new QLabel(tr("&Number:"), this);
    numberLabel->setBuddy(m_number);
    form->addRow(numberLabel, numberRow);

    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&Date (dd/MM/yyyy):"), m_date);
    form->addRow(QString(), m_date->messageLabel());

    m_signer = new QLineEdit(this);
    m_signer->setObjectName(QStringLiteral("reportSigner"));
    m_signer->setPlaceholderText(tr("Full name of the person who signs (optional)"));
    form->addRow(tr("&Signer:"), m_signer);

    m_title = new QComboBox(this);
    m_title->setObjectName(QStringLiteral("reportSignerTitle"));
    m_title->addItem(tr("Director"), false);
    m_title->addItem(tr("Deputy director, signing for the director (KT.)"), true);
    form->addRow(tr("Signer's &title:"), m_title);

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

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&ontinue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_number->setFocus();
}

void ReportDetailsDialog::setDetails(const ReportDetails& details)
{
    m_number->setText(details.number);
    m_date->setDate(details.date.isValid() ? details.date : QDate::currentDate());
    m_signer->setText(details.signer);
    m_title->setCurrentIndex(details.deputy ? 1 : 0);
    m_from->setDate(details.period.from);
    m_to->setDate(details.period.to);
}

ReportDetails ReportDetailsDialog::details() const
{
    return {m_number->text().trimmed(), m_date->date(), m_signer->text().simplified(),
            m_title->currentData().toBool(), StatisticsPeriod{m_from->date(), m_to->date()}};
}

QString ReportDetailsDialog::problem() const
{
    const ReportDetails d = details();
    if (d.number.contains(QLatin1Char('/')))
        return tr("Write only the number; the symbol after the slash is added.");
    for (const DateField* field : {m_date, m_from, m_to})
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
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return;
    QDialog::accept();
}

} // namespace sangkien
