#include "restore_dialog.h"

#include "storage/backup_manager.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sangkien {

QString RestoreDialog::reasonName(const QString& reason)
{
    if (reason == QLatin1String("open"))
        return tr("On opening");
    if (reason == QLatin1String("import"))
        return tr("Before an import");
    if (reason == QLatin1String("merge"))
        return tr("Before merging scores");
    if (reason == QLatin1String("daily"))
        return tr("Daily");
    if (reason == QLatin1String("manual"))
        return tr("By hand");
    return reason;
}

RestoreDialog::RestoreDialog(const QString& backupDir, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RestoreDialog"));
    setWindowTitle(tr("Restore a backup"));
    auto* note = new QLabel(tr("Backups are kept in %1: the last %2, and the newest of each month.")
                                .arg(QDir::toNativeSeparators(backupDir))
                                .arg(BackupManager::kKeepRecent),
                            this);
    note->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made at"), tr("Why"), tr("Entries"), tr("File")});
    const QLocale locale;
    for (const BackupInfo& b : BackupManager::listIn(backupDir)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        item->setText(1, reasonName(b.reason));
        item->setText(2, b.entries < 0 ? tr("unreadable") : locale.toString(b.entries));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, QDir(backupDir).relativeFilePath(b.path));
        item->setData(0, Qt::UserRole, b.path);
        item->setDisabled(b.entries < 0);
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    m_list->header()->setStretchLastSection(true);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(m_list->topLevelItemCount() > 0);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* item = m_list->currentItem();
        if (!item || item->isDisabled())
            return;
        const QString path = item->data(0, Qt::UserRole).toString();
        accept();
        emit restoreRequested(path);
    });
    connect(m_list, &QTreeWidget::itemActivated, m_restore, &QPushButton::click);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace sangkien
