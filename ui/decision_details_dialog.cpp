#include "decision_details_dialog.h"

#include "date_field.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

DecisionDetailsDialog::DecisionDetailsDialog(DocumentKind kind, const QString& symbol, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(kind == DocumentKind::DirectorDecision ? tr("The Decision's Number, Date and Signer")
                                                          : tr("The Proposal's Number, Date and Signer"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(kind == DocumentKind::DirectorDecision
                       ? tr("The decision awarding the director's certificate is printed with these "
                            "details, and they are stored with it.")
                       : tr("The proposal to the chairman is printed with these details, and they are "
                            "stored with it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("decisionNumber"));
    m_number->setMaxLength(12);
    m_number->setPlaceholderText(tr("e.g. 125"));
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(new QLabel(QLatin1Char('/') + symbol, this));
    auto* numberLabel = new QLabel(tr("&Number:"), this);
    numberLabel->setBuddy(m_number);
    form->addRow(numberLabel, numberRow);

    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&Date (dd/MM/yyyy):"), m_date);
    form->addRow(QString(), m_date->messageLabel());

    m_signer = new QLineEdit(this);
    m_signer->setObjectName(QStringLiteral("signerName"));
    m_signer->setPlaceholderText(tr("Full name of the person who signs"));
    form->addRow(tr("&Signer:"), m_signer);

    m_title = new QComboBox(this);
    m_title->setObjectName(QStringLiteral("signerTitle"));
    m_title->addItem(tr("Director"), false);
    m_title->addItem(tr("Deputy director, signing for the director (KT.)"), true);
    form->addRow(tr("Signer's &title:"), m_title);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("decisionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&ontinue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_number->setFocus();
}

void DecisionDetailsDialog::setDetails(const DecisionDetails& details)
{
    m_number->setText(details.number);
    m_date->setDate(details.date.isValid() ? details.date : QDate::currentDate());
    m_signer->setText(details.signer.name);
    m_title->setCurrentIndex(details.signer.deputy ? 1 : 0);
}

DecisionDetails DecisionDetailsDialog::details() const
{
    return {m_number->text().trimmed(), m_date->date(),
            Signer{m_signer->text().simplified(), m_title->currentData().toBool()}};
}

void DecisionDetailsDialog::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString DecisionDetailsDialog::problem() const
{
    const DecisionDetails d = details();
    if (d.number.isEmpty())
        return tr("Write the document's number.");
    if (d.number.contains(QLatin1Char('/')))
        return tr("Write only the number; the symbol after the slash is added.");
    if (!m_date->isAcceptable())
        return m_date->problem();
    if (!d.date.isValid())
        return tr("Write the document's date as dd/MM/yyyy.");
    if (d.signer.name.isEmpty())
        return tr("Write the name of the person who signs.");
    return {};
}

void DecisionDetailsDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return;
    QDialog::accept();
}

} // namespace sangkien
