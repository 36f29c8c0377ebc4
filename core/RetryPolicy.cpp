#include "RetryPolicy.h"

#include <climits>

namespace Plenary::RetryPolicy {

bool isTransient(QNetworkReply::NetworkError e) {
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the stall timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

int delayMs(const SyncOptions &options, int attempt, const QByteArray &retryAfterHeader,
            const QDateTime &now) {
    qint64 delay = qint64(options.baseRetryDelayMs) << qBound(0, attempt - 1, 10);
    const QByteArray retryAfter = retryAfterHeader.trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok && seconds >= 0) {
            delay = qMin(seconds, qint64(INT_MAX / 1000)) * 1000;
        } else {
            // HTTP dates are "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110); Qt's
            // RFC 2822 parser does not take the "GMT" zone name.
            QString text = QString::fromLatin1(retryAfter);
            if (text.endsWith(QLatin1String(" GMT")))
                text = text.chopped(4) + QLatin1String(" +0000");
            const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
            if (when.isValid())
                delay = qMax(qint64(0), now.msecsTo(when));
        }
    }
    return int(qBound(qint64(0), delay, qint64(options.maxRetryDelayMs)));
}

} // namespace Plenary::RetryPolicy
