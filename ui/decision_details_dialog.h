#pragma once

#include "storage/decision_repository.h"

#include <QDialog>
#include <memory>

class QLabel;

namespace sangkien {

class DocumentDetailsFields;

// Asked before a decision (or the proposal to the chairman) is printed or exported: its number, its date
// (dd/MM/yyyy) and who signs it, stored with the decision's version.
class DecisionDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDetailsDialog(DocumentKind kind, const QString& symbol, QWidget* parent = nullptr);
    ~DecisionDetailsDialog() override;

    void setDetails(const DecisionDetails& details);
    DecisionDetails details() const;
    // A line above the buttons: which version printing makes, and what became of the printed ones.
    void setNote(const QString& note);

    // Why the details cannot be used (empty when they can).
    QString problem() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<DocumentDetailsFields> m_document;
    QLabel* m_note = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace sangkien
