#include "SyncEngine.h"

#include "RetryPolicy.h"

#include "Credentials.h"
#include "CurlMulti.h"
#include "DirectoryListing.h"
#include "FileNameParser.h"
#include "MeetingJson.h"
#include "RateGuard.h"
#include "Store.h"
#include "Transfer.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "plenary.core.sync", QtWarningMsg)

namespace Plenary {

namespace {
constexpr qint64 kMaxFolderBytes = 64 * 1024 * 1024; // a listing of 100,000 entries is ~15 MB
// QNetworkAccessManager's connections to one host (HTTP/1.1); more
// requests wait in its queue.
constexpr int kQtRequestsPerHost = 6;
// Folder pages at a time: below Qt's six, which leaves room for the session
// follower's polls on the same manager.
constexpr int kMaxFolderRequests = 4;
// Why an aborted folder request ended, for the report.
constexpr char kAbortReasonProperty[] = "plenary.abortReason";

QString relativeName(const QUrl &root, const QUrl &url) {
    const QString rootPath = root.path(QUrl::FullyEncoded);
    const QStringList segments = url.path(QUrl::FullyEncoded)
                                     .mid(rootPath.size())
                                     .split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList decoded;
    for (const QString &s : segments)
        decoded << QUrl::fromPercentEncoding(s.toUtf8());
    return decoded.join(QLatin1Char('/'));
}
} // namespace

SyncEngine::SyncEngine(Store &store, QNetworkAccessManager &nam, DataPaths paths,
                       SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam)
    , m_paths(std::move(paths))
    , m_options(options) {
    qRegisterMetaType<Plenary::SyncProgress>();
    qRegisterMetaType<Plenary::SyncResult>();
    connect(&m_nam, &QNetworkAccessManager::authenticationRequired, this,
            [this](QNetworkReply *reply, QAuthenticator *auth) {
                // Only for requests of this engine and its transfers (the
                // network manager is shared with publishing and submitting),
                // and once per request: asked again means the credentials
                // were wrong, and the request then fails with 401.
                const QObject *origin = reply->request().originatingObject();
                if (!origin || (origin != this && origin->parent() != this))
                    return;
                if (!m_running || !m_credentials || m_authTried.contains(reply))
                    return;
                m_authTried.insert(reply);
                if (const auto c = m_credentials->find(CredentialStore::serverKey(reply->url()))) {
                    auth->setUser(c->user);
                    auth->setPassword(c->password);
                }
            });
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        persist();
        emitProgress();
    });
}

SyncEngine::~SyncEngine() {
    for (QNetworkReply *r : std::as_const(m_folderReplies))
        r->abort();
    // Before m_ftp, which FTP transfers use. Disconnected first: an FTP
    // transfer's cancel reports at once, and must not reach transferDone()
    // of an engine being destroyed (nor change m_active meanwhile).
    const QList<TransferJob *> active = std::exchange(m_active, {});
    for (TransferJob *t : active) {
        t->disconnect(this);
        delete t;
    }
}

bool SyncEngine::idle() const {
    return m_folderReplies.isEmpty() && m_ftpRequests.isEmpty() && m_active.isEmpty();
}

bool SyncEngine::canSync(const QUrl &url) {
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
            FtpClient::isFtpUrl(url));
}

QString SyncEngine::meetingIdForUrl(const QUrl &folderUrl) {
    QString id = folderUrl.host() +
                 (folderUrl.port() > 0 ? QStringLiteral("-%1").arg(folderUrl.port()) : QString()) +
                 QLatin1Char('-') + folderUrl.path();
    id = id.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    id.replace(other, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

QString SyncEngine::localPath(const QString &relative) const {
    return m_paths.documentsDir(m_meetingId) + QLatin1Char('/') + relative;
}

void SyncEngine::start(const QUrl &folderUrl) {
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_root = folderUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!m_root.path().endsWith(QLatin1Char('/')))
        m_root.setPath(m_root.path() + QLatin1Char('/'));
    m_meetingId = m_store.meetingIdForSource(m_root);
    m_manifest.reset();
    m_folderChanged = false;
    m_pendingFolders = 0;
    ++m_generation;
    m_remote.clear();
    m_persistError.clear();
    m_queue.clear();
    m_folderQueue.clear();
    m_meter = std::make_shared<RateMeter>();
    m_authTried.clear();
    m_next = 0;
    m_dirty.clear();
    m_remoteByUrl.clear();
    m_result = SyncResult{};
    m_progress = SyncProgress{};
    m_speedSamples.clear();
    m_clock.start();
    m_progressTimer.start();
    if (!canSync(m_root)) {
        finish(tr("%1 is not an http://, https://, ftp:// or ftps:// address")
                   .arg(m_root.toDisplayString()));
        return;
    }
    if (isFtp())
        startFtp();
    // A folder known to have no manifest goes straight to its listing (one
    // request per folder); the listing shows a manifest that appears later.
    const QUrl manifestUrl = m_root.resolved(QUrl(QStringLiteral("meeting.json")));
    if (!m_meetingId.isEmpty() && !m_store.folderCache(m_meetingId, manifestUrl))
        fetchFolder(m_root, 0);
    else
        fetchManifest();
}

QNetworkReply *SyncEngine::get(const QUrl &url, const QString &meetingId) {
    QNetworkRequest req(url);
    req.setOriginatingObject(this); // whose credentials answer a 401
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setMaximumRedirectsAllowed(m_options.maxRedirects);
    req.setTransferTimeout(m_options.stallTimeoutMs);
    if (!meetingId.isEmpty()) {
        if (const auto cache = m_store.folderCache(meetingId, url)) {
            if (!cache->etag.isEmpty())
                req.setRawHeader("If-None-Match", cache->etag.toUtf8());
            if (!cache->lastModified.isEmpty())
                req.setRawHeader("If-Modified-Since", cache->lastModified.toUtf8());
        }
    }
    ++m_result.requests;
    QNetworkReply *reply = m_nam.get(req);
    m_folderReplies << reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxFolderBytes && reply->isRunning()) {
            reply->setProperty(kAbortReasonProperty,
                               tr("the folder's page is larger than %1; given up")
                                   .arg(QLocale().formattedDataSize(kMaxFolderBytes)));
            reply->abort();
        }
    });
    auto *guard =
        new RateGuard(reply, m_options.minBytesPerSecond, m_options.slowWindowMs, m_meter);
    connect(guard, &RateGuard::tooSlow, reply,
            [reply](const QString &why) { reply->setProperty(kAbortReasonProperty, why); });
    return reply;
}

void SyncEngine::fetchManifest(int attempt) {
    const QUrl url = m_root.resolved(QUrl(QStringLiteral("meeting.json")));
    if (isFtp()) {
        fetchFtp(url, 0, true, attempt);
        return;
    }
    QNetworkReply *reply = get(url, m_meetingId);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, url, attempt] { folderFetched(reply, url, 0, true, attempt); });
}

void SyncEngine::fetchFolder(const QUrl &url, int depth, int attempt) {
    if (attempt == 1) {
        ++m_pendingFolders;
        ++m_result.folders;
    }
    if (isFtp()) {
        fetchFtp(url, depth, false, attempt);
        return;
    }
    requestFolder(url, depth, attempt);
}

void SyncEngine::requestFolder(const QUrl &url, int depth, int attempt) {
    // A few folders at a time: Qt sends at most six requests to a host and
    // queues the rest, whose stall time-out and rate guard would then run
    // while they wait. The rest wait here instead.
    if (m_folderReplies.size() >= kMaxFolderRequests) {
        m_folderQueue.append({url, depth, attempt});
        return;
    }
    QNetworkReply *reply = get(url, m_meetingId);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, depth, attempt] {
        folderFetched(reply, url, depth, false, attempt);
    });
}

void SyncEngine::folderFetched(QNetworkReply *reply, const QUrl &url, int depth, bool manifest,
                               int attempt) {
    m_folderReplies.removeOne(reply);
    reply->deleteLater();
    if (!m_folderQueue.isEmpty() && !m_cancelled) {
        const QueuedFolder next = m_folderQueue.takeFirst();
        requestFolder(next.url, next.depth, next.attempt);
    }
    if (m_cancelled) {
        // Done when nothing is in flight (a retry waiting on its timer is not).
        if (idle())
            finish();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body;
    FolderCache fresh{QString::fromUtf8(reply->rawHeader("ETag")),
                      QString::fromUtf8(reply->rawHeader("Last-Modified")),
                      {}};
    std::optional<FolderCache> cached =
        m_meetingId.isEmpty() ? std::nullopt : m_store.folderCache(m_meetingId, url);
    if (status == 304 && cached) {
        body = cached->body;
    } else if (status == 200 && reply->error() == QNetworkReply::NoError) {
        body = reply->readAll();
        fresh.body = body;
        noteFolderBody(url, fresh);
    } else if (manifest && (status == 404 || status == 403 || status == 410)) {
        fetchFolder(m_root, 0); // no manifest: read the listing
        return;
    } else if ((RetryPolicy::isRetryableStatus(status) ||
                (status == 0 && RetryPolicy::isTransient(reply->error()))) &&
               attempt < m_options.maxAttempts) {
        qCInfo(lcSync) << url << "status" << status << reply->error();
        retryFolder(url, depth, manifest, attempt,
                    RetryPolicy::delayMs(m_options, attempt, reply->rawHeader("Retry-After")));
        return;
    } else {
        // An HTTP error says so; below 400 (a redirect loop, a body that
        // could not be decoded) Qt's own message says more than "200 OK".
        QString why = status >= 400
                          ? tr("HTTP %1 %2")
                                .arg(status)
                                .arg(QString::fromUtf8(
                                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                        .toByteArray()))
                          : reply->errorString().trimmed();
        if (why.endsWith(QLatin1Char(':'))) // Qt's "Decompression failed: " (a gzip bomb)
            why.chop(1);
        if (const QVariant abort = reply->property(kAbortReasonProperty); abort.isValid())
            why = abort.toString();
        if (status == 401) {
            m_result.authenticationRequired = true;
            why = tr("HTTP 401: the server asks for a user name and password that Plenary does not "
                     "have, or that it refused");
        }
        folderFailed(url, manifest, why);
        return;
    }
    if (manifest)
        manifestReady(url, body);
    else
        listingReady(url, parseListing(body, url), depth);
}

void SyncEngine::noteFolderBody(const QUrl &url, const FolderCache &fresh) {
    const std::optional<FolderCache> cached =
        m_meetingId.isEmpty() ? std::nullopt : m_store.folderCache(m_meetingId, url);
    if (!cached || cached->body != fresh.body || cached->etag != fresh.etag ||
        cached->lastModified != fresh.lastModified) {
        m_folderChanged = true;
        // Saved once the meeting exists in the store (plan()).
        m_pendingCaches.insert(url, fresh);
    }
}

void SyncEngine::retryFolder(const QUrl &url, int depth, bool manifest, int attempt, int delayMs) {
    // Busy or throttling servers (lighttpd answers 503 while it builds
    // another listing), a dropped connection: come back later, as for files.
    qCInfo(lcSync) << url << "retry in" << delayMs << "ms";
    QTimer::singleShot(delayMs, this,
                       [this, url, depth, manifest, attempt, generation = m_generation] {
                           if (generation != m_generation || !m_running || m_cancelled)
                               return;
                           if (manifest)
                               fetchManifest(attempt + 1);
                           else
                               fetchFolder(url, depth, attempt + 1);
                       });
}

void SyncEngine::folderFailed(const QUrl &url, bool manifest, const QString &why) {
    if (manifest || url == m_root) {
        finish(tr("%1: %2").arg(url.toDisplayString(), why));
        return;
    }
    m_result.failures << SyncFailure{{}, relativeName(m_root, url) + QLatin1Char('/'), why};
    if (--m_pendingFolders == 0)
        plan();
}

void SyncEngine::manifestReady(const QUrl &url, const QByteArray &body) {
    const auto parsed = MeetingJson::parse(body, url.toDisplayString());
    if (!parsed.meeting) {
        finish(parsed.error);
        return;
    }
    m_manifest = parsed.meeting;
    for (const Document &d : m_manifest->documents)
        for (const DocumentFile &f : d.files) {
            RemoteFile r;
            // A name may be a relative path ("in/x.pdf"; MeetingJson has
            // checked every segment): each segment is encoded on its own.
            QStringList segments;
            for (const QString &s : f.name.split(QLatin1Char('/')))
                segments << QString::fromLatin1(QUrl::toPercentEncoding(s));
            r.url = m_root.resolved(QUrl(segments.join(QLatin1Char('/'))));
            r.number = d.number;
            r.name = f.name.section(QLatin1Char('/'), -1);
            r.relativePath = f.name;
            r.size = f.size;
            r.sizeExact = f.size >= 0;
            r.mtime = f.mtime;
            r.sha256 = f.sha256;
            m_remote << r;
        }
    plan();
}

void SyncEngine::listingReady(const QUrl &url, const Listing &listing, int depth) {
    const QString folder = relativeName(m_root, url);
    if (folder.isEmpty()) {
        for (const ListingEntry &e : listing.entries) {
            if (!e.isFolder && e.name == QLatin1String("meeting.json")) {
                // A manifest has appeared: it describes the meeting better
                // than any listing (nothing else is in flight yet).
                --m_pendingFolders;
                fetchManifest();
                return;
            }
        }
    }
    for (const QString &r : listing.refused)
        m_result.refused << (folder.isEmpty() ? r : folder + QLatin1Char('/') + r);
    for (const ListingEntry &e : listing.entries) {
        if (e.isFolder) {
            if (depth < m_options.maxDepth)
                fetchFolder(e.url, depth + 1);
            continue;
        }
        if (folder.isEmpty() && e.name == QLatin1String("meeting.json"))
            continue;
        RemoteFile r;
        r.url = e.url;
        r.name = e.name;
        r.relativePath = folder.isEmpty() ? e.name : folder + QLatin1Char('/') + e.name;
        r.number = parseFileName(e.name).number;
        r.size = e.size;
        r.sizeExact = e.sizeExact;
        r.mtime = e.modified;
        m_remote << r;
    }
    if (--m_pendingFolders == 0)
        plan();
}

MeetingData SyncEngine::meetingFromListing(const QString &id) const {
    MeetingData data;
    data.meeting.id = id;
    const QStringList segments = m_root.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    data.meeting.title = segments.isEmpty() ? m_root.host() : segments.last();
    QMap<QString, Document> byNumber;
    for (const RemoteFile &r : std::as_const(m_remote)) {
        Document &d = byNumber[r.number];
        if (d.number.isEmpty()) {
            const FileNameInfo info = parseFileName(r.name);
            d.number = r.number;
            d.title = info.title;
            d.type = info.type;
        }
        if (r.mtime.isValid() && (!d.received.isValid() || r.mtime < d.received))
            d.received = r.mtime;
        d.files << DocumentFile{r.name, r.sizeExact ? r.size : -1, {}, r.mtime};
    }
    data.documents = byNumber.values();
    return data;
}

void SyncEngine::plan() {
    // The meeting: from the manifest, or made from the listing. It is
    // written to the store only when new or when a folder changed.
    m_meetingId = m_manifest              ? m_manifest->meeting.id
                  : m_meetingId.isEmpty() ? meetingIdForUrl(m_root)
                                          : m_meetingId;
    m_result.meetingId = m_meetingId;
    if (m_folderChanged || !m_store.meetingIds().contains(m_meetingId)) {
        const MeetingData data = m_manifest ? *m_manifest : meetingFromListing(m_meetingId);
        if (!m_store.importMeeting(data) || !m_store.setSourceUrl(m_meetingId, m_root)) {
            finish(m_store.lastError());
            return;
        }
    }
    for (auto it = m_pendingCaches.cbegin(); it != m_pendingCaches.cend(); ++it)
        if (!m_store.saveFolderCache(m_meetingId, it.key(), it.value()))
            qCWarning(lcSync) << m_store.lastError();
    m_pendingCaches.clear();

    m_records.clear();
    for (const FileSyncRecord &r : m_store.fileSyncRecords(m_meetingId))
        m_records.insert(r.url.toString(QUrl::FullyEncoded), r);

    QList<FileSyncRecord> changed;
    QSet<QString> present;
    for (const RemoteFile &remote : std::as_const(m_remote)) {
        const QString key = remote.url.toString(QUrl::FullyEncoded);
        if (present.contains(key))
            continue;
        present.insert(key);
        m_remoteByUrl.insert(key, remote);
        const bool isNew = !m_records.contains(key);
        FileSyncRecord &rec = m_records[key];
        const FileSyncRecord before = rec;
        rec.url = remote.url;
        rec.number = remote.number;
        rec.name = remote.name;
        rec.localPath = remote.relativePath;
        rec.expectedSha256 = remote.sha256;
        const QFileInfo local(localPath(rec.localPath));
        const bool haveLocal = (rec.state == FileState::Local || rec.state == FileState::Updated ||
                                rec.state == FileState::Withdrawn) &&
                               local.exists() && local.size() == rec.localSize;
        bool download = isNew || !haveLocal;
        if (!download) {
            if (m_manifest)
                download = (!remote.sha256.isEmpty() && remote.sha256 != rec.localSha256) ||
                           (remote.size >= 0 && remote.size != rec.localSize);
            else
                download = remote.size != rec.listedSize || remote.mtime != rec.listedMtime;
        }
        rec.listedSize = remote.size;
        rec.listedMtime = remote.mtime;
        if (download) {
            m_queue << key;
            if (!haveLocal && rec.state != FileState::Downloading)
                rec.state = FileState::Remote;
        } else {
            ++m_result.unchanged;
            if (rec.state == FileState::Withdrawn)
                rec.state = FileState::Local;
        }
        if (isNew || rec.state != before.state || rec.listedSize != before.listedSize ||
            rec.listedMtime != before.listedMtime || rec.expectedSha256 != before.expectedSha256 ||
            rec.localPath != before.localPath || rec.number != before.number)
            changed << rec;
    }
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (present.contains(it.key()) || it->state == FileState::Withdrawn)
            continue;
        it->state = FileState::Withdrawn; // gone from the server: the local copy stays
        ++m_result.withdrawn;
        changed << *it;
        emit fileStateChanged(it->number, it->name, FileState::Withdrawn);
    }
    if (!m_store.saveFileSyncRecords(m_meetingId, changed)) {
        finish(m_store.lastError());
        return;
    }

    m_progress.filesTotal = int(m_queue.size());
    for (const QString &key : std::as_const(m_queue)) {
        const RemoteFile &r = m_remoteByUrl[key];
        if (r.size > 0)
            m_progress.bytesTotal += r.size;
    }
    emitProgress();
    if (m_queue.isEmpty() || m_cancelled)
        finish();
    else
        startNext();
}

void SyncEngine::startNext() {
    // Over HTTP, no more than Qt sends to a host at once (see requestFolder).
    const int jobs = isFtp() ? m_options.jobs : qMin(m_options.jobs, kQtRequestsPerHost);
    while (!m_cancelled && m_active.size() < jobs && m_next < m_queue.size()) {
        const QString key = m_queue.at(m_next++);
        FileSyncRecord &rec = m_records[key];
        const RemoteFile &remote = m_remoteByUrl[key];
        TransferRequest req;
        req.url = remote.url;
        req.finalPath = localPath(rec.localPath);
        req.partialPath =
            m_paths.documentsDir(m_meetingId) + QStringLiteral("/.partial/") +
            QString::fromLatin1(
                QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) +
            QStringLiteral(".part");
        req.previousPath =
            m_paths.documentsDir(m_meetingId) + QStringLiteral("/.previous/") + rec.localPath;
        req.expectedSize = m_manifest ? remote.size : -1;
        req.expectedSha256 = remote.sha256;
        req.etag = rec.etag;
        req.lastModified = rec.lastModified;
        req.resumePartial = rec.state == FileState::Downloading;
        req.haveLocalCopy = QFileInfo::exists(req.finalPath) && rec.localSize >= 0;
        req.localSha256 = rec.localSha256;
        req.listedSize = remote.sizeExact ? remote.size : -1;

        TransferJob *t = nullptr;
        if (FtpClient::isFtpUrl(req.url)) {
            t = ftpTransfer(req);
        } else {
            auto *http = new Transfer(m_nam, req, m_options, this);
            http->setRateMeter(m_meter);
            t = http;
        }
        m_active << t;
        connect(t, &TransferJob::progressed, this, [this](qint64 n) { m_progress.bytesDone += n; });
        connect(t, &TransferJob::validatorsKnown, this,
                [this, key](const QString &etag, const QString &lastModified) {
                    // Remember what is being downloaded, so that an interruption can
                    // be resumed with If-Range next time.
                    FileSyncRecord &r = m_records[key];
                    r.state = FileState::Downloading;
                    r.etag = etag;
                    r.lastModified = lastModified;
                    m_dirty.insert(key);
                });
        connect(t, &TransferJob::finished, this,
                [this, t](const TransferResult &result) { transferDone(t, result); });
        emit fileStateChanged(rec.number, rec.name, FileState::Downloading);
        t->start();
    }
}

void SyncEngine::transferDone(TransferJob *transfer, const TransferResult &result) {
    m_active.removeOne(transfer);
    transfer->deleteLater();
    m_result.requests += result.requests;
    const QString key = transfer->request().url.toString(QUrl::FullyEncoded);
    FileSyncRecord &rec = m_records[key];
    switch (result.outcome) {
    case TransferResult::Downloaded:
        rec.state = result.keptPrevious ? FileState::Updated : FileState::Local;
        if (result.keptPrevious) {
            rec.previousPath = QStringLiteral(".previous/") + rec.localPath;
            ++m_result.updated;
        } else {
            ++m_result.downloaded;
        }
        rec.etag = result.etag;
        rec.lastModified = result.lastModified;
        rec.localSize = result.size;
        rec.localSha256 = result.sha256;
        rec.error.clear();
        break;
    case TransferResult::NotModified:
        if (rec.state != FileState::Updated)
            rec.state = FileState::Local;
        rec.error.clear();
        ++m_result.unchanged;
        break;
    case TransferResult::Failed: {
        const bool keepLocal = QFileInfo::exists(localPath(rec.localPath)) && rec.localSize >= 0;
        rec.state = keepLocal ? FileState::Local : FileState::Failed;
        rec.error = result.error;
        m_result.authenticationRequired = m_result.authenticationRequired || result.loginFailed;
        m_result.failures << SyncFailure{rec.number, rec.localPath, result.error};
        ++m_progress.filesFailed;
        break;
    }
    case TransferResult::Cancelled:
        break; // the partial stays for next time
    }
    if (result.outcome != TransferResult::Cancelled) {
        ++m_progress.filesDone;
        m_dirty.insert(key);
        emit fileStateChanged(rec.number, rec.name, rec.state);
    }
    if (m_active.isEmpty() && (m_next >= m_queue.size() || m_cancelled))
        finish();
    else
        startNext();
}

void SyncEngine::persist() {
    // One transaction for everything that changed since the last call: a
    // synchronous commit per file would cost more than the download of a
    // small file. What a crash loses here is only re-downloaded.
    if (m_dirty.isEmpty() || m_meetingId.isEmpty())
        return;
    QList<FileSyncRecord> records;
    records.reserve(m_dirty.size());
    for (const QString &key : std::as_const(m_dirty))
        records << m_records.value(key);
    if (!m_store.saveFileSyncRecords(m_meetingId, records)) {
        // Kept to save again (a full disk may have room later); said at
        // the end if it never could be saved.
        m_persistError = m_store.lastError();
        qCWarning(lcSync) << m_persistError;
        return;
    }
    m_persistError.clear();
    m_dirty.clear();
}

void SyncEngine::emitProgress() {
    const qint64 now = m_clock.elapsed();
    m_speedSamples << qMakePair(now, m_progress.bytesDone);
    while (m_speedSamples.size() > 2 && now - m_speedSamples.first().first > 5000)
        m_speedSamples.removeFirst();
    const auto &first = m_speedSamples.first();
    const qint64 span = now - first.first;
    m_progress.bytesPerSecond =
        span > 0 ? double(m_progress.bytesDone - first.second) * 1000.0 / double(span) : 0;
    const qint64 left = m_progress.bytesTotal - m_progress.bytesDone;
    m_progress.secondsLeft = m_progress.bytesPerSecond > 0 && left > 0
                                 ? int(double(left) / m_progress.bytesPerSecond)
                                 : -1;
    emit progress(m_progress);
}

void SyncEngine::cancel() {
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    m_folderQueue.clear();
    const QList<QNetworkReply *> folders = m_folderReplies; // abort() may finish them at once
    for (QNetworkReply *r : folders)
        r->abort();
    const QList<TransferJob *> active = m_active;
    for (TransferJob *t : active)
        t->cancel();
    const QList<int> ftp(m_ftpRequests.cbegin(), m_ftpRequests.cend());
    for (int id : ftp)
        m_ftp->cancel(id); // their callbacks end the sync when the last is gone
    if (idle())
        finish();
}

void SyncEngine::finish(const QString &error) {
    if (!m_running)
        return;
    m_running = false;
    m_progressTimer.stop();
    persist();
    emitProgress();
    m_result.error =
        error.isEmpty() && !m_persistError.isEmpty()
            ? tr("what this sync did could not be saved: %1; the files are downloaded again "
                 "next time")
                  .arg(m_persistError)
            : error;
    m_result.cancelled = m_cancelled;
    m_result.url = m_root;
    m_result.meetingId = m_meetingId;
    m_result.ok = m_result.error.isEmpty() && m_result.failures.isEmpty() && !m_cancelled;
    emit finished(m_result);
}

} // namespace Plenary
