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

/// Where the passwords of meeting servers are kept. KeychainCredentialStore
/// keeps them in the desktop's keychain (qtkeychain); MemoryCredentialStore
/// keeps them for the session only (tests, scripts).
///
/// Implementations may block (the keychain asks a D-Bus service and may show
/// an unlock prompt): call them from a worker thread, never the GUI thread.
class CredentialStore {
public:
    virtual ~CredentialStore() = default;
    /// The key for a server: scheme, host and port ("https://ifa.itu.int:443").
    static QString serverKey(const QUrl &url);
    virtual std::optional<Credentials> find(const QString &server) = 0;
    /// Keeps @p credentials for this session and, with @p remember, beyond it.
    /// Returns false (see lastError()) when they could not be remembered;
    /// they are then still kept for the session.
    [[nodiscard]] virtual bool save(const QString &server, const Credentials &credentials,
                                    bool remember) = 0;
    /// Forgets what is kept for @p server, in the session and beyond.
    [[nodiscard]] virtual bool remove(const QString &server) = 0;
    virtual QString lastError() const { return {}; }
};

class MemoryCredentialStore : public CredentialStore {
public:
    std::optional<Credentials> find(const QString &server) override;
    /// @p remember is ignored: nothing outlives the process.
    bool save(const QString &server, const Credentials &credentials, bool remember) override;
    bool remove(const QString &server) override;

private:
    QHash<QString, Credentials> m_credentials;
};

} // namespace Plenary
