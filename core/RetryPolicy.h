#pragma once

#include "SyncOptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

namespace Plenary {

/// When to try a request again and how long to wait first: shared by file
/// transfers and folder (listing, manifest) requests, so that a throttling
/// server sees the same manners from both.
namespace RetryPolicy {

/// The network failed, not the request: worth another attempt.
bool isTransient(QNetworkReply::NetworkError error);

/// An HTTP status that asks to come back later (429, 5xx).
inline bool isRetryableStatus(int status) {
    return status == 429 || status >= 500;
}

/// Milliseconds to wait before attempt @p attempt + 1 (@p attempt >= 1):
/// exponential from baseRetryDelayMs, or what the server's Retry-After
/// (seconds or an HTTP date, relative to @p now) asks, capped at
/// maxRetryDelayMs either way.
int delayMs(const SyncOptions &options, int attempt, const QByteArray &retryAfter,
            const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace RetryPolicy
} // namespace Plenary
