#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace PlenaryTest {

/// vsftpd from Debian's package, started by a test on 127.0.0.1: anonymous
/// access to a root of the test's choosing (uploads allowed into folders
/// the test makes writable), plain, with explicit TLS (AUTH TLS) or with
/// implicit TLS. TLS uses a certificate signed by a CA made for the run,
/// which the test then trusts (caPem()).
class FtpServer {
public:
    enum class Tls { None, Explicit, Implicit };

    explicit FtpServer(Tls tls = Tls::None);
    ~FtpServer();

    /// Empty when vsftpd is installed, else what is missing.
    static QString missing();

    /// Bytes per second per transfer (vsftpd's anon_max_rate); 0: no limit.
    /// Set before start().
    void setMaxRate(int bytesPerSecond) { m_maxRate = bytesPerSecond; }
    bool start(const QString &root, QString *error);
    void stop();
    /// ftp://127.0.0.1:port/path (ftps:// with implicit TLS).
    QUrl url(const QString &path) const;
    /// The test CA's certificate (PEM), when TLS is on.
    QByteArray caPem() const;
    /// What vsftpd logged (commands and replies).
    QString log() const;

private:
    bool makeCertificates(QString *error);

    Tls m_tls;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    int m_maxRate = 0;
};

} // namespace PlenaryTest
