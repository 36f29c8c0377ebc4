#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace Plenary {

struct Credentials {
    QString user;
    QString password;
};

/// Where the passwords of meeting servers are kept. The desktop keychain
/// (qtkeychain) is one implementation; MemoryCredentialStore keeps them for
/// the session only (CI, servers without a secret service, tests).
class CredentialStore {
public:
    virtual ~CredentialStore() = default;
    /// The key for a server: scheme, host and port ("https://ifa.itu.int:443").
    static QString serverKey(const QUrl &url);
    virtual std::optional<Credentials> find(const QString &server) = 0;
    virtual void save(const QString &server, const Credentials &credentials) = 0;
};

class MemoryCredentialStore : public CredentialStore {
public:
    std::optional<Credentials> find(const QString &server) override;
    void save(const QString &server, const Credentials &credentials) override;

private:
    QHash<QString, Credentials> m_credentials;
};

} // namespace Plenary
