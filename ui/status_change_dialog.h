#pragma once

#include "domain/entry.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace sangkien {

// Asks for the status one or more entries move to, with the reason when they are returned. Every status
// is offered; one the workflow refuses says why and cannot be confirmed.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    // entries: code and status of each entry to change.
    explicit StatusChangeDialog(const QList<Entry>& entries, QWidget* parent = nullptr);

    EntryStatus target() const;
    void setTarget(EntryStatus status);
    QString reason() const;
    // Why the chosen change cannot be made; empty when it can.
    QString refusal() const;
    bool canConfirm() const;

private:
    void update();

    QList<Entry> m_entries;
    QComboBox* m_target;
    QPlainTextEdit* m_reason;
    QLabel* m_reasonLabel;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace sangkien
