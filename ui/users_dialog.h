#pragma once

#include "campaign_context.h"
#include "storage/user_accounts.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sangkien {

class Database;

// The office's users of this campaign. With roles off (one person, one laptop) it offers to turn them
// on with a first administrator; with roles on, the administrator adds clerks, secretaries and other
// administrators. Each change is one transaction with its trail row.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    // signedIn: who is working (nullopt while roles are off).
    explicit UsersDialog(const CampaignContext& context, QWidget* parent = nullptr);

    Status enableRoles(const QString& login, const QString& fullName, const QString& password,
                       const QString& repeated);
    Status addUser(const QString& login, const QString& fullName, UserRole role, const QString& password);
    bool rolesEnabled() const;
    // The first administrator, once enableRoles() has turned roles on: the window signs them in.
    const std::optional<AppUser>& signedIn() const { return m_signedIn; }
    QString message() const;

    static QString roleName(UserRole role);

private:
    void reload();
    void showStatus(const Status& s);

    Database& m_db;
    std::optional<AppUser> m_signedIn;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_fullName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_action = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace sangkien
