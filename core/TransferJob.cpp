#include "TransferJob.h"

#include <QDir>
#include <QFileInfo>

namespace Plenary {

TransferJob::TransferJob(TransferRequest request, const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_options(options) {}

bool TransferJob::hashPartial(QString *error) {
    if (!hashing())
        return true;
    QFile existing(m_request.partialPath);
    if (existing.open(QIODevice::ReadOnly) && m_hash.addData(&existing))
        return true;
    *error = tr("cannot read the partial download: %1").arg(existing.errorString());
    return false;
}

bool TransferJob::checksumMatches(QString *error) {
    const QString sha = hashing() ? QString::fromLatin1(m_hash.result().toHex()) : QString();
    m_result.sha256 = sha;
    if (!hashing() || sha == m_request.expectedSha256)
        return true;
    // Garbled or a different file: what is there cannot be resumed.
    QFile::remove(m_request.partialPath);
    m_request.resumePartial = false;
    *error = tr("the checksum does not match the manifest (SHA-256 %1, expected %2)")
                 .arg(sha.left(12), m_request.expectedSha256.left(12));
    return false;
}

bool TransferJob::differsFromLocalCopy() const {
    if (!m_request.localSha256.isEmpty() && !m_result.sha256.isEmpty())
        return m_request.localSha256 != m_result.sha256;
    // No checksums (a folder without manifest): compare the bytes. Only a
    // file the server says has changed gets here, so this is rare.
    QFile a(m_request.finalPath), b(m_request.partialPath);
    if (a.size() != b.size())
        return true;
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
        return true;
    while (!a.atEnd())
        if (a.read(1 << 20) != b.read(1 << 20))
            return true;
    return false;
}

bool TransferJob::writeAll(QFile &file, const char *data, qint64 size) {
    while (size > 0) {
        const qint64 n = file.write(data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool TransferJob::finalize(qint64 size, QString *error) {
    if (const qint64 onDisk = QFileInfo(m_request.partialPath).size(); onDisk != size) {
        *error = tr("cannot write %1: only %2 of %3 bytes are on the disk")
                     .arg(m_request.partialPath)
                     .arg(onDisk)
                     .arg(size);
        QFile::remove(m_request.partialPath);
        return false;
    }
    QDir().mkpath(QFileInfo(m_request.finalPath).absolutePath());
    if (QFileInfo::exists(m_request.finalPath)) {
        if (differsFromLocalCopy()) {
            // A new version: keep the earlier one until the user removes it.
            QDir().mkpath(QFileInfo(m_request.previousPath).absolutePath());
            QFile::remove(m_request.previousPath);
            if (!QFile::rename(m_request.finalPath, m_request.previousPath)) {
                *error = tr("cannot keep the earlier version of %1").arg(m_request.finalPath);
                return false;
            }
            m_result.keptPrevious = true;
        } else {
            QFile::remove(m_request.finalPath);
        }
    }
    // Same file system, so the rename is atomic: the final name only ever
    // holds a complete, verified file.
    if (!QFile::rename(m_request.partialPath, m_request.finalPath)) {
        *error = tr("cannot move the download into %1").arg(m_request.finalPath);
        return false;
    }
    return true;
}

void TransferJob::finish(TransferResult::Outcome outcome, const QString &error) {
    if (m_done)
        return;
    m_done = true;
    m_result.outcome = outcome;
    m_result.error = outcome == TransferResult::Failed ? error : QString();
    emit finished(m_result);
}

} // namespace Plenary
