#pragma once

#include "Credentials.h"
#include "DataPaths.h"
#include "Meeting.h"
#include "SyncEngine.h"

#include <QObject>
#include <QThread>

class QNetworkAccessManager;

#include <memory>

namespace Plenary {

class Store;

/// Runs a Store on a worker thread so that the GUI thread never waits for
/// the disk. Requests are queued in order; results come back as signals in
/// the thread that owns the AsyncStore.
class AsyncStore : public QObject {
    Q_OBJECT
public:
    /// @p credentials: where server passwords are looked up and remembered
    /// (used only in the worker thread); a MemoryCredentialStore when null.
    explicit AsyncStore(DataPaths paths, std::unique_ptr<CredentialStore> credentials = nullptr,
                        QObject *parent = nullptr);
    ~AsyncStore() override;

    const DataPaths &paths() const { return m_paths; }

    /// Opens the store (installing the demo meeting on first start) and
    /// loads the current meeting: emits meetingLoaded() or failed().
    void openCurrentMeeting();
    /// Validates and imports a meeting.json file, then reloads: emits
    /// importFinished() and, on success, meetingLoaded().
    void importFile(const QString &path);
    /// Syncs the meeting folder at @p url (see SyncEngine) and makes it the
    /// current meeting: emits syncProgress(), fileStateChanged(), then
    /// syncFinished() and meetingLoaded(). Ignored while a sync runs.
    void sync(const QUrl &url, const Plenary::SyncOptions &options = {});
    /// Stops a running sync; partial downloads are kept for resuming.
    void cancelSync();
    /// Credentials for a server, kept for this session and, with @p remember,
    /// in the credential store (the keychain); used by the next sync that
    /// the server asks. Emits credentialsNotRemembered() when the keychain
    /// refuses them.
    void setCredentials(const QUrl &server, const QString &user, const QString &password,
                        bool remember);

Q_SIGNALS:
    void meetingLoaded(const Plenary::MeetingData &meeting);
    void failed(const QString &message);
    void importFinished(bool ok, const QString &message);
    void syncStarted(const QUrl &url);
    void syncProgress(const Plenary::SyncProgress &progress);
    void fileStateChanged(const QString &number, const QString &name, Plenary::FileState state);
    void syncFinished(const Plenary::SyncResult &result);
    void credentialsNotRemembered(const QString &reason);

private:
    /// Runs in the worker thread.
    bool ensureOpen();
    void loadCurrent();

    DataPaths m_paths;
    QThread m_thread;
    QObject *m_worker;                              // lives in m_thread; owns nothing
    std::unique_ptr<Store> m_store;                 // touched only in m_thread
    QNetworkAccessManager *m_nam = nullptr;         // lives in m_thread
    SyncEngine *m_sync = nullptr;                   // lives in m_thread
    std::unique_ptr<CredentialStore> m_credentials; // touched only in m_thread
};

} // namespace Plenary
