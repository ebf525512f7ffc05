#include "status_change_dialog.h"

#include "domain/entry_workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

StatusChangeDialog::StatusChangeDialog(const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_target(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_reasonLabel(new QLabel(tr("&Reason for returning:"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("StatusChangeDialog"));
    for (int s = 0; s <= int(EntryStatus::NotAwarded); ++s)
        m_target->addItem(EntryWorkflow::displayName(EntryStatus(s)), s);
    m_target->setObjectName(QStringLiteral("target"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("What the unit has to add or correct"));
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4 + 12);
    m_reasonLabel->setBuddy(m_reason);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    QString what;
    if (entries.size() == 1)
        what = tr("Entry %1 is \"%2\".")
                   .arg(entries.first().code, EntryWorkflow::displayName(entries.first().status));
    else
        what = tr("%1 entries selected.").arg(QLocale().toString(entries.size()));
    auto* form = new QFormLayout;
    form->addRow(new QLabel(what, this));
    form->addRow(tr("&New status:"), m_target);
    form->addRow(m_reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // The first status the workflow offers is the likely one.
    if (!entries.isEmpty())
        if (const auto next = EntryWorkflow::nextStatuses(entries.first().status); !next.isEmpty())
            m_target->setCurrentIndex(m_target->findData(int(next.first())));
    connect(m_target, &QComboBox::currentIndexChanged, this, &StatusChangeDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StatusChangeDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(tr("Change status"));
    update();
}

EntryStatus StatusChangeDialog::target() const
{
    return EntryStatus(m_target->currentData().toInt());
}

void StatusChangeDialog::setTarget(EntryStatus status)
{
    m_target->setCurrentIndex(m_target->findData(int(status)));
}

QString StatusChangeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString StatusChangeDialog::refusal() const
{
    for (const Entry& e : m_entries)
        if (const QString why = EntryWorkflow::refusal(e.status, target()); !why.isEmpty())
            return m_entries.size() > 1 ? e.code + QStringLiteral(": ") + why : why;
    if (EntryWorkflow::needsReason(target()) && reason().isEmpty())
        return tr("Say why the entry is returned: the unit needs to know what to fix.");
    return {};
}

bool StatusChangeDialog::canConfirm() const
{
    return !m_entries.isEmpty() && refusal().isEmpty();
}

void StatusChangeDialog::update()
{
    const bool needsReason = EntryWorkflow::needsReason(target());
    m_reason->setEnabled(needsReason);
    m_reasonLabel->setEnabled(needsReason);
    const QString why = refusal();
    m_message->setText(why.isEmpty() ? tr("The change will be stamped with the time and your name.") : why);
    m_message->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace sangkien
