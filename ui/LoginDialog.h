#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Plenary {

/// Asks for the user name and password a meeting server wants.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(const QUrl &server, const QString &reason, QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    /// Whether to keep the password in the keychain beyond this session.
    bool remember() const;
    void setUser(const QString &user);
    void setPassword(const QString &password);

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace Plenary
