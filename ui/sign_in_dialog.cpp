#include "sign_in_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

SignInDialog::SignInDialog(Database& db, const QString& campaignName, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowTitle(tr("Sign in"));
    auto* intro = new QLabel(tr("Roles are on for %1: say who is working.").arg(campaignName), this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

bool SignInDialog::trySignIn(const QString& login, const QString& password)
{
    auto user = UserAccounts(m_db).signIn(login, password);
    if (!user) {
        m_message->setText(user.error().message);
        return false;
    }
    m_user = *user;
    m_message->clear();
    return true;
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::accept()
{
    if (!trySignIn(m_login->text(), m_password->text())) {
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sangkien
