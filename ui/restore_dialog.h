#pragma once

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace sangkien {

// The campaign's backups, newest first, with when and why each was made and how many entries it holds;
// the clerk picks one to put back.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString& backupDir, QWidget* parent = nullptr);

    static QString reasonName(const QString& reason);

signals:
    void restoreRequested(const QString& backupPath);

private:
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace sangkien
