#include "FtpTransfer.h"

#include "RetryPolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFtpTransfer, "plenary.core.ftptransfer", QtWarningMsg)

namespace Plenary {

FtpTransfer::FtpTransfer(FtpClient &client, FtpAccess access, TransferRequest request,
                         const SyncOptions &options, QObject *parent)
    : TransferJob(std::move(request), options, parent)
    , m_client(client)
    , m_access(std::move(access)) {
    m_access.stallTimeoutMs = options.stallTimeoutMs;
    m_access.minBytesPerSecond = options.minBytesPerSecond;
}

FtpTransfer::~FtpTransfer() {
    if (m_id && !m_done)
        m_client.cancel(m_id);
}

QString FtpTransfer::versionOf(qint64 size, const QDateTime &mtime) {
    return QStringLiteral("ftp %1 %2").arg(size).arg(mtime.toUTC().toString(Qt::ISODate));
}

void FtpTransfer::start() {
    attempt();
}

void FtpTransfer::cancel() {
    if (m_done)
        return;
    m_cancelled = true;
    if (m_id)
        m_client.cancel(m_id); // done() reports the cancellation
    else
        finish(TransferResult::Cancelled); // waiting for a retry
}

void FtpTransfer::attempt() {
    if (m_cancelled || m_done)
        return;
    ++m_attempts;
    ++m_result.requests;
    m_received = 0;
    m_offset = 0;
    m_writeError.clear();
    m_hash.reset();
    // The manifest's size, else the listing's where it is exact (MLSD, or
    // LIST in bytes); a size the listing rounds is no limit.
    m_expected = m_request.expectedSize >= 0 ? m_request.expectedSize : m_request.listedSize;
    if (m_expected > m_options.maxFileSize) {
        finish(TransferResult::Failed,
               tr("the file is larger than the limit of %1")
                   .arg(QLocale().formattedDataSize(m_options.maxFileSize)));
        return;
    }
    m_limit = m_expected >= 0 ? m_expected : m_options.maxFileSize;

    // Resume only the very version the partial file was started from.
    const QFileInfo partial(m_request.partialPath);
    const bool resume = m_request.resumePartial && partial.exists() && partial.size() > 0 &&
                        !m_request.listedVersion.isEmpty() &&
                        m_request.lastModified == m_request.listedVersion &&
                        partial.size() < m_limit;
    QDir().mkpath(partial.absolutePath());
    m_partial.setFileName(m_request.partialPath);
    // Unbuffered, as for HTTP (see TransferJob::writeAll).
    if (!m_partial.open(QIODevice::Unbuffered |
                        (resume ? QIODevice::WriteOnly | QIODevice::Append
                                : QIODevice::WriteOnly | QIODevice::Truncate))) {
        finish(TransferResult::Failed,
               tr("cannot write %1: %2").arg(m_request.partialPath, m_partial.errorString()));
        return;
    }
    if (resume) {
        m_offset = partial.size();
        QString error;
        if (!hashPartial(&error)) {
            m_partial.close();
            finish(TransferResult::Failed, error);
            return;
        }
    }
    // From now on the partial file belongs to this version of the file.
    m_result.lastModified = m_request.listedVersion;
    emit validatorsKnown({}, m_request.listedVersion);
    m_id = m_client.download(
        m_request.url, m_access, m_offset,
        [this](const char *data, qint64 size) { return receive(data, size); },
        [this](const FtpResult &result) { done(result); });
}

bool FtpTransfer::receive(const char *data, qint64 size) {
    if (m_offset + m_received + size > m_limit) {
        m_writeError = m_expected >= 0
                           ? tr("the server sent more than the %1 bytes listed").arg(m_expected)
                           : tr("the file is larger than the limit of %1")
                                 .arg(QLocale().formattedDataSize(m_options.maxFileSize));
        return false;
    }
    if (!writeAll(m_partial, data, size)) {
        m_writeError =
            tr("cannot write %1: %2").arg(m_request.partialPath, m_partial.errorString());
        return false;
    }
    if (hashing())
        m_hash.addData(QByteArrayView(data, size));
    m_received += size;
    emit progressed(size);
    return true;
}

void FtpTransfer::retryOrFail(const QString &error) {
    if (m_attempts >= m_options.maxAttempts) {
        finish(TransferResult::Failed,
               tr("%1 (after %n attempt(s))", nullptr, m_attempts).arg(error));
        return;
    }
    const int delay = RetryPolicy::delayMs(m_options, m_attempts, {});
    qCInfo(lcFtpTransfer) << m_request.url << "retry in" << delay << "ms:" << error;
    m_result.error = error;
    // What arrived stays and is resumed: the version has not changed.
    m_request.resumePartial = true;
    m_request.lastModified = m_request.listedVersion;
    QTimer::singleShot(delay, this, &FtpTransfer::attempt);
}

void FtpTransfer::done(const FtpResult &result) {
    m_id = 0;
    m_partial.close();
    if (result.cancelled || m_cancelled) {
        finish(TransferResult::Cancelled);
        return;
    }
    if (!m_writeError.isEmpty()) {
        QFile::remove(m_request.partialPath); // refused content is not kept
        finish(TransferResult::Failed, m_writeError);
        return;
    }
    if (!result.ok) {
        m_result.loginFailed = result.loginFailed;
        if (result.loginFailed || result.tlsFailed || result.notFound)
            finish(TransferResult::Failed, result.error);
        else
            retryOrFail(result.error);
        return;
    }
    const qint64 size = m_offset + m_received;
    if (m_expected >= 0 && size != m_expected) {
        retryOrFail(tr("the transfer ended after %1 of %2 bytes").arg(size).arg(m_expected));
        return;
    }
    QString error;
    if (!checksumMatches(&error)) {
        if (m_attempts < 2) {
            m_request.resumePartial = false; // once more from scratch
            QTimer::singleShot(0, this, &FtpTransfer::attempt);
        } else {
            finish(TransferResult::Failed, error);
        }
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
