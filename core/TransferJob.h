#pragma once

#include "SyncOptions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QUrl>

namespace Plenary {

struct TransferRequest {
    QUrl url;
    QString finalPath;    ///< absolute: where the verified file goes
    QString partialPath;  ///< absolute: where bytes accumulate (kept for resume)
    QString previousPath; ///< absolute: where an earlier, different version is kept
    qint64 expectedSize = -1;
    QString expectedSha256;
    /// Validators: of the partial file (resume with If-Range) when
    /// resumePartial, else of the complete local copy (If-None-Match /
    /// If-Modified-Since) when haveLocalCopy. FTP has none: there,
    /// lastModified holds the version (size and time) the partial file was
    /// started from, and listedVersion the one the listing shows now.
    QString etag;
    QString lastModified;
    QString listedVersion;
    qint64 listedSize = -1; ///< FTP: the size in the listing, when exact
    bool resumePartial = false;
    bool haveLocalCopy = false;
    QString localSha256; ///< of the current local copy, to tell a real change
};

struct TransferResult {
    enum Outcome { Downloaded, NotModified, Failed, Cancelled };
    Outcome outcome = Failed;
    QString error;
    int httpStatus = 0;
    QString etag;
    QString lastModified;
    qint64 size = -1;
    QString sha256;
    bool keptPrevious = false; ///< an earlier, different version was moved aside
    bool loginFailed = false;  ///< the server refused the credentials
    int requests = 0;
};

/// What every download shares, whatever the protocol: the partial file
/// that is renamed into place only once complete and verified (so no
/// partial file is ever taken for a complete one), the earlier version
/// kept aside when the file changed, the checksum, and one result.
/// Transfer (HTTP) and FtpTransfer do the talking.
class TransferJob : public QObject {
    Q_OBJECT
public:
    TransferJob(TransferRequest request, const SyncOptions &options, QObject *parent = nullptr);

    virtual void start() = 0;
    virtual void cancel() = 0;
    const TransferRequest &request() const { return m_request; }

Q_SIGNALS:
    /// New bytes arrived (for progress and speed).
    void progressed(qint64 bytes);
    /// The server's validators for what is being downloaded (so that an
    /// interrupted transfer can be resumed safely).
    void validatorsKnown(const QString &etag, const QString &lastModified);
    void finished(const Plenary::TransferResult &result);

protected:
    void finish(TransferResult::Outcome outcome, const QString &error = {});
    /// Moves the complete, verified partial file to its final name, if the
    /// disk holds all @p size bytes of it (never a short file under it).
    bool finalize(qint64 size, QString *error);
    /// Writes all of @p data to @p file, opened Unbuffered: a write(2) that
    /// stops short (a full disk) is followed by one that says why, which
    /// file.errorString() then holds ("No space left on device").
    static bool writeAll(QFile &file, const char *data, qint64 size);
    bool differsFromLocalCopy() const;
    /// SHA-256 is computed only where a manifest gives one to check: in
    /// Qt's own implementation it costs more CPU than the transfer itself.
    bool hashing() const { return !m_request.expectedSha256.isEmpty(); }
    /// Adds the bytes already in the partial file to the checksum.
    bool hashPartial(QString *error);
    /// Whether the checksum matches the manifest; *error says how not.
    bool checksumMatches(QString *error);

    TransferRequest m_request;
    SyncOptions m_options;
    QFile m_partial;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    int m_attempts = 0;
    bool m_cancelled = false;
    bool m_done = false;
    TransferResult m_result;
};

} // namespace Plenary
