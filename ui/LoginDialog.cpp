#include "LoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Plenary {

LoginDialog::LoginDialog(const QUrl &server, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign In to %1").arg(server.host()));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::PlainText); // the host comes from a URL
    text->setWordWrap(true);
    text->setText(
        tr("%1 asks for a user name and password to give the meeting documents.\n\n%2")
            .arg(server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath), reason));
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setText(tr("&Remember in the keychain"));
    m_remember->setToolTip(tr("Keeps the password in the desktop's keychain, never in "
                              "Plenary's settings; otherwise it is kept until Plenary quits."));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString LoginDialog::user() const {
    return m_user->text();
}
QString LoginDialog::password() const {
    return m_password->text();
}
bool LoginDialog::remember() const {
    return m_remember->isChecked();
}
void LoginDialog::setUser(const QString &user) {
    m_user->setText(user);
}
void LoginDialog::setPassword(const QString &password) {
    m_password->setText(password);
}

} // namespace Plenary
