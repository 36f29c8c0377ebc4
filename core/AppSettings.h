#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace Plenary {

/// The user's preferences, typed and kept in range, over a QSettings that
/// the caller owns (the per-user one, or plenary.ini with --data-dir).
/// Passwords are never here: a server entry names the user, and its
/// password lives in the keychain (CredentialStore).
class AppSettings : public QObject {
    Q_OBJECT
public:
    struct Server {
        QString key;  ///< CredentialStore::serverKey(): scheme, host and port
        QString user; ///< the user name last used there
        bool operator==(const Server &o) const { return key == o.key && user == o.user; }
    };

    static constexpr int kDefaultSyncIntervalMinutes = 15;
    static constexpr int kMaxSyncIntervalMinutes = 24 * 60;
    static constexpr int kDefaultParallelTransfers = 6;
    static constexpr int kMaxParallelTransfers = 32;
    static constexpr int kDefaultPollSeconds = 5;
    static constexpr int kMinPollSeconds = 2;
    static constexpr int kMaxPollSeconds = 600;

    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    /// The languages Plenary is translated into (BCP 47 names, the ITU's
    /// six), English first.
    static QStringList languages();
    /// "" follows the system.
    QString language() const;
    void setLanguage(const QString &language);

    /// Where the database and documents live; "" for the standard place.
    /// Read once at start: a change takes effect at the next start.
    QString dataFolder() const;
    void setDataFolder(const QString &folder);

    /// Automatic sync of the open meeting; 0 turns it off.
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);
    int parallelTransfers() const;
    void setParallelTransfers(int transfers);
    /// How often a delegate's Plenary asks for the chairman's session.
    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);

    /// Servers whose passwords Plenary keeps, sorted by key.
    QList<Server> servers() const;
    /// Adds @p server, or updates the user of the one with its key.
    void rememberServer(const Server &server);
    void forgetServer(const QString &key);

Q_SIGNALS:
    /// Something above changed (by this object); views re-read what they use.
    void changed();

private:
    void set(const QString &key, const QVariant &value);
    void writeServers(const QList<Server> &servers);

    QSettings *m_settings;
};

} // namespace Plenary
