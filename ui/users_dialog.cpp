#include "users_dialog.h"

#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sangkien {

QString UsersDialog::roleName(UserRole role)
{
    switch (role) {
    case UserRole::Clerk:
        return tr("Clerk");
    case UserRole::Secretary:
        return tr("Council secretary");
    case UserRole::Administrator:
        return tr("Administrator");
    }
    return {};
}

UsersDialog::UsersDialog(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_db(context.database())
    , m_signedIn(context.signedIn)
{
    setObjectName(QStringLiteral("UsersDialog"));
    setWindowTitle(tr("Users and roles"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("users"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Login name"), tr("Full name"), tr("Role")});
    m_login = new QLineEdit(this);
    m_fullName = new QLineEdit(this);
    m_role = new QComboBox(this);
    for (UserRole r : {UserRole::Clerk, UserRole::Secretary, UserRole::Administrator})
        m_role->addItem(roleName(r), int(r));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_action = new QPushButton(this);
    m_action->setAutoDefault(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password a&gain:"), m_repeat);
    form->addRow(QString(), m_action);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (rolesEnabled() && m_password->text() != m_repeat->text()) {
            showStatus(Error{tr("The two passwords differ."), m_login->text(), ErrorKind::Refused});
            return;
        }
        const Status s = rolesEnabled() ? addUser(m_login->text(), m_fullName->text(),
                                                  UserRole(m_role->currentData().toInt()), m_password->text())
                                        : enableRoles(m_login->text(), m_fullName->text(), m_password->text(),
                                                      m_repeat->text());
        if (s) {
            for (QLineEdit* e : {m_login, m_fullName, m_password, m_repeat})
                e->clear();
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 480);
    reload();
}

bool UsersDialog::rolesEnabled() const
{
    return UserAccounts(m_db).rolesEnabled();
}

void UsersDialog::reload()
{
    const bool on = rolesEnabled();
    const bool admin = m_signedIn && Permissions::canManageUsers(m_signedIn->role);
    m_intro->setText(on ? tr("Roles are on: everyone signs in when the campaign opens. Only the council's "
                             "secretary reopens a submitted score sheet; only an administrator adds users.")
                        : tr("Roles are off: one person works on this campaign. Turn them on with a first "
                             "administrator; from then on the program asks who is working."));
    m_role->setEnabled(on);
    if (!on)
        m_role->setCurrentIndex(m_role->findData(int(UserRole::Administrator)));
    m_action->setText(on ? tr("&Add user") : tr("&Turn roles on"));
    const bool canAct = !on || admin;
    for (QWidget* w : std::initializer_list<QWidget*>{m_login, m_fullName, m_password, m_repeat, m_action})
        w->setEnabled(canAct);
    m_list->clear();
    if (auto users = UserAccounts(m_db).users())
        for (const AppUser& u : *users) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, u.login);
            item->setText(1, u.fullName);
            item->setText(2, roleName(u.role));
        }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
}

void UsersDialog::showStatus(const Status& s)
{
    m_message->setStyleSheet(s ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_message->setText(s ? tr("Saved.") : s.error().message);
}

QString UsersDialog::message() const
{
    return m_message->text();
}

Status UsersDialog::enableRoles(const QString& login, const QString& fullName, const QString& password,
                                const QString& repeated)
{
    Status s;
    if (password != repeated)
        s = Error{tr("The two passwords differ."), login, ErrorKind::Refused};
    else
        s = UserAccounts(m_db).enableRoles(login, fullName, password);
    if (s) {
        if (auto admin = UserAccounts(m_db).signIn(login, password))
            m_signedIn = *admin;
    }
    showStatus(s);
    reload();
    return s;
}

Status UsersDialog::addUser(const QString& login, const QString& fullName, UserRole role,
                            const QString& password)
{
    Status s;
    if (!m_signedIn)
        s = Error{tr("Sign in as an administrator first."), login, ErrorKind::Refused};
    else if (auto added = UserAccounts(m_db).addUser(*m_signedIn, login, fullName, role, password); !added)
        s = added.error();
    showStatus(s);
    reload();
    return s;
}

} // namespace sangkien
