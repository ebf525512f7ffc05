#include "decision_details_dialog.h"

#include "date_field.h"
#include "document_details_fields.h"

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
    m_document =
        std::make_unique<DocumentDetailsFields>(form, this, symbol, QStringLiteral("decision"),
                                                tr("e.g. 125"), tr("Full name of the person who signs"));
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_problem = problemLabel(this, QStringLiteral("decisionProblem"));
    layout->addWidget(m_problem);
    layout->addWidget(continueCancelButtons(this));
    setMinimumWidth(460);
    m_document->numberField()->setFocus();
}

DecisionDetailsDialog::~DecisionDetailsDialog() = default;

void DecisionDetailsDialog::setDetails(const DecisionDetails& details)
{
    m_document->set(details.number, details.date, details.signer.name, details.signer.deputy);
}

DecisionDetails DecisionDetailsDialog::details() const
{
    return {m_document->number(), m_document->date(), Signer{m_document->signer(), m_document->deputy()}};
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
    if (!m_document->dateField()->isAcceptable())
        return m_document->dateField()->problem();
    if (!d.date.isValid())
        return tr("Write the document's date as dd/MM/yyyy.");
    if (d.signer.name.isEmpty())
        return tr("Write the name of the person who signs.");
    return {};
}

void DecisionDetailsDialog::accept()
{
    if (showProblem(m_problem, problem()))
        QDialog::accept();
}

} // namespace sangkien
