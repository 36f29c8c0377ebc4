#pragma once

#include "FtpClient.h"
#include "TransferJob.h"

namespace Plenary {

/// One file's download over FTP or FTPS: what Transfer does for HTTP, with
/// what FTP offers. No conditional request (the sync engine compares the
/// listing's size and time instead); resume with REST when the file is the
/// version the partial file was started from; the size from the listing
/// (or the manifest) is a limit and must be met; retries with backoff on
/// everything but a refused login, a TLS failure or a missing file.
class FtpTransfer : public TransferJob {
    Q_OBJECT
public:
    FtpTransfer(FtpClient &client, FtpAccess access, TransferRequest request,
                const SyncOptions &options, QObject *parent = nullptr);
    ~FtpTransfer() override;

    void start() override;
    void cancel() override;

    /// The version text of a listed file, kept to know that a partial file
    /// can be resumed: FTP has no ETag.
    static QString versionOf(qint64 size, const QDateTime &mtime);

private:
    void attempt();
    bool receive(const char *data, qint64 size);
    void done(const FtpResult &result);
    void retryOrFail(const QString &error);

    FtpClient &m_client;
    FtpAccess m_access;
    int m_id = 0;
    qint64 m_offset = 0;
    qint64 m_received = 0;
    qint64 m_limit = 0;     ///< never more bytes than this
    qint64 m_expected = -1; ///< exactly this many, when known
    QString m_writeError;   ///< the sink stopped: why
};

} // namespace Plenary
