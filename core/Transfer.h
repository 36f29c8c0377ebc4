#pragma once

#include "SyncOptions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

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
    /// If-Modified-Since) when haveLocalCopy.
    QString etag;
    QString lastModified;
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
    int requests = 0;
};

/// One file's download: conditional GET, resume with Range/If-Range, size
/// and content-type limits, SHA-256, retries with backoff (honouring 429 and
/// Retry-After), stall timeout, cancel. Bytes go to a partial file that is
/// renamed into place only once complete and verified, so no partial file is
/// ever taken for a complete one; an interrupted partial is resumed later.
class Transfer : public QObject {
    Q_OBJECT
public:
    Transfer(QNetworkAccessManager &nam, TransferRequest request, const SyncOptions &options,
             QObject *parent = nullptr);
    ~Transfer() override;

    void start();
    void cancel();
    const TransferRequest &request() const { return m_request; }

Q_SIGNALS:
    /// New bytes arrived (for progress and speed).
    void progressed(qint64 bytes);
    /// The server's validators for what is being downloaded (so that an
    /// interrupted transfer can be resumed safely).
    void validatorsKnown(const QString &etag, const QString &lastModified);
    void finished(const Plenary::TransferResult &result);

private:
    void attempt();
    void onHeaders();
    void onData();
    void onFinished();
    void abortWith(const QString &reason, bool retryable = false);
    void retryOrFail(const QString &error, int delayMs);
    void finish(TransferResult::Outcome outcome, const QString &error = {});
    bool finalize(QString *error);
    bool differsFromLocalCopy() const;
    /// SHA-256 is computed only where a manifest gives one to check: in
    /// Qt's own implementation it costs more CPU than the transfer itself.
    bool hashing() const { return !m_request.expectedSha256.isEmpty(); }
    int retryDelay(QNetworkReply *reply) const;

    QNetworkAccessManager &m_nam;
    TransferRequest m_request;
    SyncOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QFile m_partial;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_offset = 0;   ///< bytes already in the partial when this attempt started
    qint64 m_received = 0; ///< bytes received in this attempt
    qint64 m_announced = -1;
    int m_attempts = 0;
    bool m_headersSeen = false;
    bool m_cancelled = false;
    bool m_done = false;
    QString m_abortReason;
    bool m_abortRetryable = false;
    TransferResult m_result;
};

} // namespace Plenary
