#pragma once

#include "storage/user_accounts.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sangkien {

class Database;

// Who is working: asked on opening a campaign that has roles on. The dialog stays open on a wrong
// password (the same message for an unknown login, so names cannot be guessed).
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Database& db, const QString& campaignName, QWidget* parent = nullptr);

    const AppUser& user() const { return m_user; }
    // What OK does: signs in, or shows why not and keeps the dialog open.
    bool trySignIn(const QString& login, const QString& password);
    QString message() const;

public slots:
    void accept() override;

private:
    Database& m_db;
    AppUser m_user;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace sangkien
