#include "Transfer.h"

#include "RateGuard.h"
#include "RetryPolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTransfer, "plenary.core.transfer", QtWarningMsg)

namespace Plenary {

namespace {

bool isHtmlName(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
           suffix == QLatin1String("xhtml");
}

bool isGzipName(const QString &path, const QByteArray &encoding) {
    if (encoding != "gzip" && encoding != "x-gzip")
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("gz") || suffix == QLatin1String("tgz");
}

} // namespace

Transfer::Transfer(QNetworkAccessManager &nam, TransferRequest request, const SyncOptions &options,
                   QObject *parent)
    : TransferJob(std::move(request), options, parent)
    , m_nam(nam) {}

Transfer::~Transfer() {
    if (m_reply)
        m_reply->abort();
}

void Transfer::start() {
    attempt();
}

void Transfer::cancel() {
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // onFinished() reports the cancellation
    else
        finish(TransferResult::Cancelled); // waiting for a retry
}

void Transfer::attempt() {
    if (m_cancelled || m_done)
        return;
    ++m_attempts;
    m_headersSeen = false;
    m_abortReason.clear();
    m_abortRetryable = false;
    m_slowAfterProgress = false;
    m_received = 0;
    m_announced = -1;
    m_offset = 0;
    m_hash.reset();

    QNetworkRequest req(m_request.url);
    req.setOriginatingObject(this); // the engine that owns us answers a 401
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setMaximumRedirectsAllowed(m_options.maxRedirects);
    req.setTransferTimeout(m_options.stallTimeoutMs);
    // The bytes as stored: no transparent decompression (a gzip bomb cannot
    // expand, and Range offsets mean file offsets).
    req.setRawHeader("Accept-Encoding", "identity");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    const QFileInfo partial(m_request.partialPath);
    // If-Range needs a strong validator: a weak ETag (Apache gives one for
    // a file changed within the last second) falls back to Last-Modified.
    const QString validator =
        !m_request.etag.isEmpty() && !m_request.etag.startsWith(QLatin1String("W/"))
            ? m_request.etag
            : m_request.lastModified;
    if (m_request.resumePartial && partial.exists() && partial.size() > 0 && !validator.isEmpty()) {
        m_offset = partial.size();
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
        // If the file changed since, the server sends all of it (200).
        req.setRawHeader("If-Range", validator.toUtf8());
    } else if (m_request.haveLocalCopy) {
        if (!m_request.etag.isEmpty())
            req.setRawHeader("If-None-Match", m_request.etag.toUtf8());
        if (!m_request.lastModified.isEmpty())
            req.setRawHeader("If-Modified-Since", m_request.lastModified.toUtf8());
    }

    ++m_result.requests;
    m_reply = m_nam.get(req);
    auto *guard =
        new RateGuard(m_reply, m_options.minBytesPerSecond, m_options.slowWindowMs, m_meter);
    connect(guard, &RateGuard::tooSlow, this, [this, guard](const QString &why) {
        // Progress is a file that reaches further than any attempt before
        // (a server that ignores Range starts it over each time: none).
        const qint64 reached = m_offset + m_received;
        m_slowAfterProgress = guard->received() >= qint64(m_options.minBytesPerSecond) *
                                                       m_options.slowWindowMs / 1000 &&
                              reached > m_bestReached;
        m_bestReached = qMax(m_bestReached, reached);
        abortWith(why, true); // resumed next attempt
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Transfer::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::onData);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    // TLS errors are reported through finished() with the error; never ignored.
}

void Transfer::abortWith(const QString &reason, bool retryable) {
    if (m_abortReason.isEmpty()) {
        m_abortReason = reason;
        m_abortRetryable = retryable;
    }
    if (m_reply)
        m_reply->abort();
}

void Transfer::onHeaders() {
    if (m_headersSeen || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400))
        return; // a redirect is being followed, or no HTTP yet
    m_headersSeen = true;
    if (status != 200 && status != 206)
        return; // 304 and errors: nothing to write

    m_result.etag = QString::fromUtf8(m_reply->rawHeader("ETag"));
    m_result.lastModified = QString::fromUtf8(m_reply->rawHeader("Last-Modified"));
    emit validatorsKnown(m_result.etag, m_result.lastModified);

    // Asked for "identity": a compressed body is not the file's bytes (and
    // a gzip bomb is not opened here, nor stored as a document). Except
    // that Apache's AddEncoding labels a .gz file as gzip-encoded: those
    // bytes are the file as stored, kept as they are.
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity" &&
        !isGzipName(m_request.finalPath, encoding)) {
        abortWith(tr("the server sent the file compressed (%1) although asked not to")
                      .arg(QString::fromLatin1(encoding)));
        return;
    }
    const QByteArray contentType =
        m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (contentType.startsWith("text/html") && !isHtmlName(m_request.finalPath)) {
        abortWith(tr("the server sent a web page instead of the file (an error or login page?)"));
        return;
    }

    // Unbuffered: each network chunk is one write(2), and a full disk is
    // reported by the write that meets it, with the system's words ("No
    // space left on device"; a buffered QFile only says "Unknown error").
    QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    if (status == 206) {
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto m =
            range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")).trimmed());
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_offset) {
            // Not the part we asked for: start over from the first byte.
            QFile::remove(m_request.partialPath);
            m_request.resumePartial = false;
            abortWith(tr("the server sent an unexpected part of the file"), true);
            return;
        }
        mode |= QIODevice::Append;
        // Hash what is already there, so the checksum covers the whole file.
        QString error;
        if (!hashPartial(&error)) {
            abortWith(error);
            return;
        }
    } else {
        m_offset = 0; // the server ignored Range (or the file changed): start clean
        mode |= QIODevice::Truncate;
    }

    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid()) {
        m_announced = m_offset + length.toLongLong();
        if (m_announced > m_options.maxFileSize) {
            abortWith(tr("the file is larger than the limit of %1")
                          .arg(QLocale().formattedDataSize(m_options.maxFileSize)));
            return;
        }
        if (m_request.expectedSize >= 0 && m_announced != m_request.expectedSize) {
            abortWith(tr("the server announces %1 bytes, the manifest %2")
                          .arg(m_announced)
                          .arg(m_request.expectedSize));
            return;
        }
    }

    QDir().mkpath(QFileInfo(m_request.partialPath).absolutePath());
    m_partial.setFileName(m_request.partialPath);
    if (!m_partial.open(mode))
        abortWith(tr("cannot write %1: %2").arg(m_request.partialPath, m_partial.errorString()));
}

void Transfer::onData() {
    if (!m_reply)
        return;
    if (!m_headersSeen)
        onHeaders();
    const QByteArray data = m_reply->readAll();
    if (!m_partial.isOpen() || data.isEmpty())
        return;
    const qint64 total = m_offset + m_received + data.size();
    const qint64 limit = m_request.expectedSize >= 0 ? m_request.expectedSize
                         : m_announced >= 0          ? m_announced
                                                     : m_options.maxFileSize;
    if (total > qMin(limit, m_options.maxFileSize)) {
        abortWith(tr("the server sent more than the %1 bytes announced")
                      .arg(qMin(limit, m_options.maxFileSize)));
        return;
    }
    if (!writeAll(m_partial, data.constData(), data.size())) {
        abortWith(tr("cannot write %1: %2").arg(m_request.partialPath, m_partial.errorString()));
        return;
    }
    if (hashing())
        m_hash.addData(data);
    m_received += data.size();
    emit progressed(data.size());
}

int Transfer::retryDelay(QNetworkReply *reply) const {
    return RetryPolicy::delayMs(m_options, m_attempts,
                                reply ? reply->rawHeader("Retry-After") : QByteArray());
}

bool Transfer::resumable() const {
    return QFileInfo::exists(m_request.partialPath) &&
           (!m_result.etag.isEmpty() || !m_result.lastModified.isEmpty());
}

void Transfer::retryOrFail(const QString &error, int delayMs) {
    if (m_attempts >= m_options.maxAttempts) {
        finish(TransferResult::Failed,
               tr("%1 (after %n attempt(s))", nullptr, m_attempts).arg(error));
        return;
    }
    qCInfo(lcTransfer) << m_request.url << "retry in" << delayMs << "ms:" << error;
    m_result.error = error;
    // A resumable partial is kept: the next attempt continues it.
    m_request.resumePartial = resumable();
    if (m_request.resumePartial) {
        m_request.etag = m_result.etag;
        m_request.lastModified = m_result.lastModified;
    }
    QTimer::singleShot(delayMs, this, &Transfer::attempt);
}

void Transfer::onFinished() {
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    reply->deleteLater();
    m_reply.clear();
    if (!m_headersSeen && !m_cancelled && m_abortReason.isEmpty())
        onHeaders();
    if (m_partial.isOpen() && m_abortReason.isEmpty() && !m_cancelled)
        onData();      // whatever is left in the reply's buffer
    m_partial.close(); // unbuffered: nothing left to fail here

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    if (m_cancelled) {
        finish(TransferResult::Cancelled);
        return;
    }
    if (!m_abortReason.isEmpty()) {
        if (m_abortRetryable) {
            // A server that sent a whole window's worth before it slowed
            // down made progress the next attempt resumes: that attempt
            // does not count against the limit.
            // At most maxAttempts of them, so that the sync still ends.
            if (m_slowAfterProgress && resumable() && m_forgiven < m_options.maxAttempts) {
                ++m_forgiven;
                --m_attempts;
            }
            retryOrFail(m_abortReason, retryDelay(nullptr));
        } else {
            QFile::remove(m_request.partialPath); // refused content is not kept
            finish(TransferResult::Failed, m_abortReason);
        }
        return;
    }
    if (status == 304) {
        finish(TransferResult::NotModified);
        return;
    }
    if (RetryPolicy::isRetryableStatus(status)) {
        retryOrFail(
            tr("HTTP %1 %2")
                .arg(status)
                .arg(QString::fromUtf8(
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray())),
            retryDelay(reply));
        return;
    }
    if (status == 416) { // our Range no longer fits: start over
        QFile::remove(m_request.partialPath);
        m_request.resumePartial = false;
        retryOrFail(tr("HTTP 416 Range Not Satisfiable"), 0);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status != 200 && status != 206) {
        if (status >= 400) {
            finish(TransferResult::Failed,
                   tr("HTTP %1 %2")
                       .arg(status)
                       .arg(QString::fromUtf8(
                           reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                               .toByteArray())));
        } else if (RetryPolicy::isTransient(reply->error())) {
            retryOrFail(reply->errorString(), retryDelay(nullptr));
        } else {
            // TLS errors, refused redirects (https -> http), too many redirects...
            finish(TransferResult::Failed, reply->errorString());
        }
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // Cut off mid-body: keep what arrived and resume.
        const qint64 got = m_offset + m_received;
        retryOrFail(m_announced > got ? tr("the transfer ended after %1 of %2 bytes (%3)")
                                            .arg(got)
                                            .arg(m_announced)
                                            .arg(reply->errorString())
                                      : reply->errorString(),
                    retryDelay(nullptr));
        return;
    }

    const qint64 size = m_offset + m_received;
    if (m_announced >= 0 && size != m_announced) {
        retryOrFail(tr("the transfer ended after %1 of %2 bytes").arg(size).arg(m_announced),
                    retryDelay(nullptr));
        return;
    }
    QString error;
    if (!checksumMatches(&error)) {
        if (m_attempts < 2)
            retryOrFail(error, 0); // once more from scratch: the transfer may have garbled it
        else
            finish(TransferResult::Failed, error);
        return;
    }
    m_result.size = size;
    if (!finalize(size, &error)) {
        finish(TransferResult::Failed, error);
        return;
    }
    finish(TransferResult::Downloaded);
}

} // namespace Plenary
