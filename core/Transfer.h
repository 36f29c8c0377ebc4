#pragma once

#include "TransferJob.h"

#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Plenary {

class RateMeter;

/// One file's download: conditional GET, resume with Range/If-Range, size
/// and content-type limits, SHA-256, retries with backoff (honouring 429 and
/// Retry-After), stall timeout, cancel. Bytes go to a partial file that is
/// renamed into place only once complete and verified, so no partial file is
/// ever taken for a complete one; an interrupted partial is resumed later.
class Transfer : public TransferJob {
    Q_OBJECT
public:
    Transfer(QNetworkAccessManager &nam, TransferRequest request, const SyncOptions &options,
             QObject *parent = nullptr);
    ~Transfer() override;

    void start() override;
    void cancel() override;
    /// Shares the sync's measure of its whole rate with this transfer's
    /// rate guard (see RateGuard).
    void setRateMeter(std::shared_ptr<RateMeter> meter) { m_meter = std::move(meter); }

private:
    void attempt();
    void onHeaders();
    void onData();
    void onFinished();
    void abortWith(const QString &reason, bool retryable = false);
    void retryOrFail(const QString &error, int delayMs);
    int retryDelay(QNetworkReply *reply) const;
    bool resumable() const;

    QNetworkAccessManager &m_nam;
    QPointer<QNetworkReply> m_reply;
    qint64 m_offset = 0;   ///< bytes already in the partial when this attempt started
    qint64 m_received = 0; ///< bytes received in this attempt
    qint64 m_announced = -1;
    bool m_headersSeen = false;
    QString m_abortReason;
    bool m_abortRetryable = false;
    bool m_slowAfterProgress = false; ///< too slow, after a whole window's worth came in
    qint64 m_bestReached = 0;         ///< the furthest any attempt got into the file
    int m_forgiven = 0;               ///< too-slow attempts not counted (see onFinished)
    std::shared_ptr<RateMeter> m_meter;
};

} // namespace Plenary
