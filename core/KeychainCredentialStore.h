#pragma once

#include "Credentials.h"

namespace Plenary {

/// Credentials in the desktop's keychain (Secret Service, KWallet, macOS
/// Keychain, Windows Credential Store) through qtkeychain, with a session
/// cache in front so the keychain is asked once per server.
///
/// One entry per server under the service name, holding the user name and
/// the password. Never falls back to a plain-text file: when no keychain is
/// available, save(remember = true) fails with a message and the credentials
/// are kept for the session only.
///
/// Calls block until the keychain answers (at most timeoutMs, since it may
/// show an unlock prompt); they spin a local event loop, so use this object
/// from a thread with an event dispatcher (AsyncStore's worker, the CLI's
/// main thread) and from one thread per process only (qtkeychain runs its
/// jobs through one executor).
class KeychainCredentialStore : public CredentialStore {
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Plenary"),
                                     int timeoutMs = 120000);

    std::optional<Credentials> find(const QString &server) override;
    bool save(const QString &server, const Credentials &credentials, bool remember) override;
    bool remove(const QString &server) override;
    QString lastError() const override { return m_error; }

private:
    QString m_service;
    int m_timeoutMs;
    QString m_error;
    MemoryCredentialStore m_session;
};

} // namespace Plenary
