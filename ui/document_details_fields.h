#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace sangkien {

class DateField;

// The rows a printed document is asked for before it is laid out (a decision, a proposal, a report): its
// number before the symbol, its date (dd/MM/yyyy) and who signs it, as director or deputy (KT.).
class DocumentDetailsFields
{
    Q_DECLARE_TR_FUNCTIONS(DocumentDetailsFields)

public:
    // Adds the rows to form; the widgets belong to form's parent widget. namePrefix names the widgets for
    // tests ("decision" → decisionNumber, decisionDate, ...).
    DocumentDetailsFields(QFormLayout* form, QWidget* parent, const QString& symbol,
                          const QString& namePrefix, const QString& numberHint, const QString& signerHint);

    void set(const QString& number, const QDate& date, const QString& signer, bool deputy);
    QString number() const;
    QDate date() const;
    QString signer() const;
    bool deputy() const;
    QLineEdit* numberField() const { return m_number; }
    DateField* dateField() const { return m_date; }

private:
    QLineEdit* m_number = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_signer = nullptr;
    QComboBox* m_title = nullptr;
};

// The red line under a form that says why OK did nothing; hidden until there is a reason.
QLabel* problemLabel(QWidget* parent, const QString& objectName);
// Shows why (or hides the label when why is empty); true when there was nothing to say.
bool showProblem(QLabel* label, const QString& why);
// "Continue" and "Cancel", wired to accept and reject.
QDialogButtonBox* continueCancelButtons(QDialog* dialog);

} // namespace sangkien
