#pragma once

#include "FtpListing.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QIODevice;

namespace Plenary {

class CredentialStore;
class CurlMulti;

/// How to reach an FTP server.
struct FtpAccess {
    QString user; ///< empty: anonymous
    QString password;
    /// Certificates to trust, PEM; empty: curl's own store. SyncEngine gives
    /// the ones Qt trusts, so that HTTPS and FTPS trust the same.
    QByteArray caPem;
    int connectTimeoutMs = 30000;
    int stallTimeoutMs = 30000; ///< no byte for this long: the transfer fails
    /// Fewer bytes per second than this over the whole stall time-out, and
    /// the transfer fails: a byte at a time would defeat a plain stall check.
    int minBytesPerSecond = 1;
};

struct FtpResult {
    bool ok = false;
    int curlCode = 0;
    long response = 0; ///< the server's last reply code
    QString error;     ///< what went wrong, for the user
    bool loginFailed = false;
    bool tlsFailed = false; ///< TLS refused or the certificate not trusted
    bool notFound = false;
    bool cancelled = false;
};

/// FTP, FTP with TLS and FTPS through libcurl, on a CurlMulti (no blocking).
///
/// Addresses: `ftp://` uses TLS when the server offers it (AUTH TLS) and
/// checks its certificate then; `ftpes://` requires that upgrade;
/// `ftps://` is TLS from the first byte (implicit, port 990). A certificate
/// that is not trusted is an error, never skipped.
class FtpClient : public QObject {
    Q_OBJECT
public:
    explicit FtpClient(CurlMulti &multi, QObject *parent = nullptr);
    ~FtpClient() override;

    static bool isFtpUrl(const QUrl &url);
    /// How to reach @p url: the user and password kept for its server, if
    /// any (else anonymous), and the certificates Qt trusts, so that FTPS
    /// trusts what HTTPS trusts (a CA the user or a test added included).
    static FtpAccess accessFor(const QUrl &url, CredentialStore *credentials);

    using ListDone = std::function<void(const FtpResult &, const Listing &)>;
    using StatDone = std::function<void(const FtpResult &, qint64 size, const QDateTime &mtime)>;
    using Done = std::function<void(const FtpResult &)>;
    /// Receives downloaded bytes; returns false to stop (a size limit).
    using Sink = std::function<bool(const char *data, qint64 size)>;

    /// Lists @p folder: MLSD where the server has it, else LIST.
    int list(const QUrl &folder, const FtpAccess &access, ListDone done);
    /// The size (SIZE) and modification time (MDTM) of @p file.
    int stat(const QUrl &file, const FtpAccess &access, StatDone done);
    /// Downloads @p file from byte @p offset (REST) into @p sink.
    int download(const QUrl &file, const FtpAccess &access, qint64 offset, Sink sink, Done done);
    /// Stores @p data (STOR) as @p file, which must not exist: it is looked
    /// up first, and the upload refused when something is there.
    int upload(const QUrl &file, const FtpAccess &access, QIODevice *data, Done done);
    /// Stops the request @p id (its callback gets cancelled = true).
    void cancel(int id);

private:
    struct Request;
    Request *start(const QUrl &url, const FtpAccess &access);
    void run(Request *r, std::function<void(Request *, int code)> finished);
    void rerun(Request *r);
    int listWith(const QUrl &url, const FtpAccess &access, bool mlsd, ListDone done);
    FtpResult resultOf(Request *r, int code) const;
    static QString serverKey(const QUrl &url);
    void finish(Request *r);

    CurlMulti &m_multi;
    int m_nextId = 1;
    QHash<int, Request *> m_requests;
    QHash<int, int> m_alias;     ///< upload(): the look's id -> the STOR's
    QHash<QString, bool> m_mlsd; ///< by server: whether it answers MLSD
};

} // namespace Plenary
