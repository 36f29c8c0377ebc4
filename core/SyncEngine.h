#pragma once

#include "DataPaths.h"
#include "FileSync.h"
#include "FtpClient.h"
#include "Meeting.h"
#include "SyncOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Plenary {

class CredentialStore;
class CurlMulti;
class RateMeter;
class Store;
class TransferJob;
struct Listing;
struct TransferRequest;
struct TransferResult;

struct SyncProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; ///< of the files being downloaded, as far as known
    int filesDone = 0;
    int filesTotal = 0; ///< files to download in this sync
    int filesFailed = 0;
    double bytesPerSecond = 0;
    int secondsLeft = -1; ///< -1: unknown
};

struct SyncFailure {
    QString number;
    QString name;
    QString reason;
};

struct SyncResult {
    bool ok = false;
    bool cancelled = false;
    QString meetingId;
    QString error;                       ///< why the whole sync failed (no manifest or listing)
    bool authenticationRequired = false; ///< the server wants (other) credentials
    QUrl url;                            ///< the folder that was synced
    int requests = 0;
    int folders = 0;
    int downloaded = 0;
    int unchanged = 0;
    int updated = 0;
    int withdrawn = 0;
    QList<SyncFailure> failures;
    QStringList refused; ///< listing links refused for safety
};

/// Makes a meeting folder on a web or FTP server a complete, verified
/// local copy.
///
/// It reads the folder's meeting.json or, failing that, its directory
/// listing (and sub-folders to SyncOptions::maxDepth), updates the meeting in
/// the store, then downloads what is new or changed with up to
/// SyncOptions::jobs parallel Transfers. Unchanged meetings cost one request
/// per folder. Lives in one thread with its Store and network manager (a
/// worker thread under the GUI); all I/O is asynchronous there. ftp://,
/// ftpes:// and ftps:// folders go through libcurl (FtpClient) on the same
/// thread, with the same store, limits and safety rules; there a listing
/// costs one request, and a file's size and time tell a change.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(Store &store, QNetworkAccessManager &nam, DataPaths paths, SyncOptions options = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Where to find passwords for servers that ask (HTTP Basic, FTP);
    /// without one, a server that asks gets no answer (FTP: anonymous) and
    /// the sync fails with authenticationRequired.
    void setCredentialStore(CredentialStore *credentials) { m_credentials = credentials; }

    void start(const QUrl &folderUrl);
    void cancel();
    bool isRunning() const { return m_running; }

    /// Whether a folder at @p url can be synced: http, https, ftp, ftpes, ftps.
    static bool canSync(const QUrl &url);

    /// The meeting id a manifest-less folder gets: host and path, slugged.
    static QString meetingIdForUrl(const QUrl &folderUrl);

Q_SIGNALS:
    void progress(const Plenary::SyncProgress &progress);
    void fileStateChanged(const QString &number, const QString &name, Plenary::FileState state);
    void finished(const Plenary::SyncResult &result);

private:
    struct RemoteFile {
        QUrl url;
        QString number;
        QString name;
        QString relativePath;
        qint64 size = -1;
        bool sizeExact = false;
        QDateTime mtime;
        QString sha256;
    };

    void fetchManifest(int attempt = 1);
    void fetchFolder(const QUrl &url, int depth, int attempt = 1);
    void requestFolder(const QUrl &url, int depth, int attempt);
    void folderFetched(QNetworkReply *reply, const QUrl &url, int depth, bool manifest,
                       int attempt);
    void noteFolderBody(const QUrl &url, const FolderCache &fresh);
    void manifestReady(const QUrl &url, const QByteArray &body);
    void listingReady(const QUrl &url, const Listing &listing, int depth);
    void folderFailed(const QUrl &url, bool manifest, const QString &why);
    void retryFolder(const QUrl &url, int depth, bool manifest, int attempt, int delayMs);
    bool idle() const;
    // FTP (SyncEngineFtp.cpp)
    bool isFtp() const;
    void startFtp();
    void fetchFtp(const QUrl &url, int depth, bool manifest, int attempt);
    void ftpFetched(const QUrl &url, int depth, bool manifest, int attempt, const FtpResult &result,
                    const QByteArray &body, const Listing &listing);
    TransferJob *ftpTransfer(const TransferRequest &request);
    void plan();
    MeetingData meetingFromListing(const QString &id) const;
    void startNext();
    void transferDone(TransferJob *transfer, const TransferResult &result);
    void emitProgress();
    void persist();
    void finish(const QString &error = {});
    QNetworkReply *get(const QUrl &url, const QString &meetingId);
    QString localPath(const QString &relative) const;

    Store &m_store;
    QNetworkAccessManager &m_nam;
    DataPaths m_paths;
    SyncOptions m_options;
    CredentialStore *m_credentials = nullptr;
    QSet<QNetworkReply *> m_authTried;

    bool m_running = false;
    bool m_cancelled = false;
    QUrl m_root;
    QString m_meetingId;
    std::optional<MeetingData> m_manifest;
    bool m_folderChanged = false;
    int m_pendingFolders = 0;
    int m_generation = 0; ///< start() count: a retry timer of an earlier sync does nothing
    QList<RemoteFile> m_remote;
    QList<QNetworkReply *> m_folderReplies;
    struct QueuedFolder {
        QUrl url;
        int depth = 0;
        int attempt = 1;
    };
    QList<QueuedFolder> m_folderQueue;  // waiting for one of the few folder requests
    std::shared_ptr<RateMeter> m_meter; // the whole sync's rate, for the rate guards
    std::unique_ptr<CurlMulti> m_curl;  // before m_ftp: destroyed after it
    std::unique_ptr<FtpClient> m_ftp;
    FtpAccess m_ftpAccess;
    QSet<int> m_ftpRequests;                  // folder and manifest requests in flight
    QHash<QUrl, FolderCache> m_pendingCaches; // fetched, saved once the meeting is stored

    QHash<QString, FileSyncRecord> m_records; // by URL
    QList<QString> m_queue;                   // URLs to download
    qsizetype m_next = 0;                     // next in m_queue to start
    QSet<QString> m_dirty;                    // records changed since the last persist()
    QString m_persistError;                   // why the last persist() failed
    QHash<QString, RemoteFile> m_remoteByUrl;
    QList<TransferJob *> m_active;
    SyncResult m_result;
    SyncProgress m_progress;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_speedSamples; // (ms, bytesDone)
};

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::SyncProgress)
Q_DECLARE_METATYPE(Plenary::SyncResult)
