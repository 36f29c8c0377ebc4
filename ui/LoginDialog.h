#pragma once

#include <QDialog>

class QLineEdit;

namespace Plenary {

/// Asks for the user name and password a meeting server wants.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(const QUrl &server, const QString &reason, QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    void setUser(const QString &user);
    void setPassword(const QString &password);

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace Plenary
