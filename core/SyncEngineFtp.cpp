// The FTP side of SyncEngine: the same plan, store and transfers as for
// HTTP, with FtpClient doing the talking.
#include "SyncEngine.h"

#include "CurlMulti.h"
#include "FtpTransfer.h"
#include "RetryPolicy.h"

#include <memory>

namespace Plenary {

namespace {
constexpr qint64 kMaxManifestBytes = 64 * 1024 * 1024;

/// A listing as text, one entry per line, in a fixed order: what the folder
/// cache keeps to tell a changed folder (FTP has no ETag or Last-Modified).
QByteArray canonicalText(const Listing &listing) {
    QStringList lines;
    for (const ListingEntry &e : listing.entries)
        lines << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(e.isFolder ? QLatin1Char('d') : QLatin1Char('f'))
                     .arg(e.sizeExact ? e.size : -1)
                     .arg(e.modified.toUTC().toString(Qt::ISODate), e.name);
    for (const QString &r : listing.refused)
        lines << QStringLiteral("refused\t") + r;
    lines.sort();
    return lines.join(QLatin1Char('\n')).toUtf8();
}
} // namespace

bool SyncEngine::isFtp() const {
    return FtpClient::isFtpUrl(m_root);
}

void SyncEngine::startFtp() {
    if (!m_curl) {
        m_curl = std::make_unique<CurlMulti>();
        m_ftp = std::make_unique<FtpClient>(*m_curl);
    }
    m_ftpAccess = FtpClient::accessFor(m_root, m_credentials);
    m_ftpAccess.stallTimeoutMs = m_options.stallTimeoutMs;
    m_ftpAccess.minBytesPerSecond = m_options.minBytesPerSecond;
}

void SyncEngine::fetchFtp(const QUrl &url, int depth, bool manifest, int attempt) {
    ++m_result.requests;
    auto id = std::make_shared<int>(0);
    if (manifest) {
        auto body = std::make_shared<QByteArray>();
        *id = m_ftp->download(
            url, m_ftpAccess, 0,
            [body](const char *data, qint64 size) {
                if (body->size() + size > kMaxManifestBytes)
                    return false;
                body->append(data, size);
                return true;
            },
            [this, url, attempt, id, body](const FtpResult &result) {
                m_ftpRequests.remove(*id);
                ftpFetched(url, 0, true, attempt, result, *body, {});
            });
    } else {
        *id = m_ftp->list(
            url, m_ftpAccess,
            [this, url, depth, attempt, id](const FtpResult &result, const Listing &listing) {
                m_ftpRequests.remove(*id);
                ftpFetched(url, depth, false, attempt, result, {}, listing);
            });
    }
    m_ftpRequests.insert(*id);
}

void SyncEngine::ftpFetched(const QUrl &url, int depth, bool manifest, int attempt,
                            const FtpResult &result, const QByteArray &body,
                            const Listing &listing) {
    if (m_cancelled || result.cancelled) {
        if (idle())
            finish();
        return;
    }
    if (!result.ok) {
        if (manifest && result.notFound) {
            fetchFolder(m_root, 0); // no manifest: read the listing
            return;
        }
        // A refused login, an untrusted certificate or a missing folder do
        // not mend themselves; anything else (time-outs, dropped
        // connections, "421 too many users") may.
        const bool lasting = result.loginFailed || result.tlsFailed || result.notFound;
        if (!lasting && attempt < m_options.maxAttempts) {
            retryFolder(url, depth, manifest, attempt,
                        RetryPolicy::delayMs(m_options, attempt, {}));
            return;
        }
        m_result.authenticationRequired = m_result.authenticationRequired || result.loginFailed;
        folderFailed(url, manifest, result.error);
        return;
    }
    noteFolderBody(url, FolderCache{{}, {}, manifest ? body : canonicalText(listing)});
    if (manifest)
        manifestReady(url, body);
    else
        listingReady(url, listing, depth);
}

TransferJob *SyncEngine::ftpTransfer(const TransferRequest &request) {
    TransferRequest req = request;
    const RemoteFile &remote = m_remoteByUrl[req.url.toString(QUrl::FullyEncoded)];
    req.listedVersion = FtpTransfer::versionOf(remote.size, remote.mtime);
    return new FtpTransfer(*m_ftp, m_ftpAccess, req, m_options, this);
}

} // namespace Plenary
