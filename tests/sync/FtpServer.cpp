#include "FtpServer.h"

#include "LocalServer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace PlenaryTest {

namespace {
QString vsftpd() {
    return findServerProgram(QStringLiteral("vsftpd"));
}

bool run(const QString &program, const QStringList &args, QString *error) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + args.join(u' ') + QStringLiteral(": ") +
                 QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}
} // namespace

FtpServer::FtpServer(Tls tls)
    : m_tls(tls) {}

FtpServer::~FtpServer() {
    stop();
}

QString FtpServer::missing() {
    return vsftpd().isEmpty() ? QStringLiteral("vsftpd (apt-get install vsftpd)") : QString();
}

bool FtpServer::makeCertificates(QString *error) {
    const QString openssl = QStringLiteral("openssl");
    const QString d = m_dir.path();
    return run(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Plenary test CA"),
                QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"), QStringLiteral("-out"),
                d + QStringLiteral("/ca.pem")},
               error) &&
           run(openssl,
               {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-keyout"), d + QStringLiteral("/server.key"),
                QStringLiteral("-out"), d + QStringLiteral("/server.csr")},
               error) &&
           [&] {
               QFile ext(d + QStringLiteral("/ext.cnf"));
               return ext.open(QIODevice::WriteOnly) &&
                      ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n") > 0;
           }() &&
           run(openssl,
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                d + QStringLiteral("/server.csr"), QStringLiteral("-CA"),
                d + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"),
                d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                d + QStringLiteral("/ext.cnf"), QStringLiteral("-out"),
                d + QStringLiteral("/server.pem")},
               error);
}

bool FtpServer::start(const QString &root, QString *error) {
    const QString program = vsftpd();
    if (program.isEmpty()) {
        *error = missing();
        return false;
    }
    if (m_tls != Tls::None && !makeCertificates(error))
        return false;
    m_port = freeLocalPort();
    const int pasv = 20000 + int(QRandomGenerator::global()->bounded(20000));
    QString conf =
        QStringLiteral("listen=YES\nlisten_address=127.0.0.1\nlisten_port=%1\nbackground=NO\n"
                       "anonymous_enable=YES\nlocal_enable=NO\nanon_root=%2\n"
                       "no_anon_password=YES\nwrite_enable=YES\nanon_upload_enable=YES\n"
                       "anon_other_write_enable=NO\nanon_mkdir_write_enable=NO\n"
                       "pasv_enable=YES\npasv_min_port=%3\npasv_max_port=%4\n"
                       // The tests run as one user, root in CI: vsftpd must not
                       // try to drop to the ftp user or sandbox itself.
                       "run_as_launching_user=YES\nseccomp_sandbox=NO\n"
                       "xferlog_enable=YES\nlog_ftp_protocol=YES\nvsftpd_log_file=%5\n"
                       "dual_log_enable=NO\nsyslog_enable=NO\n")
            .arg(m_port)
            .arg(root)
            .arg(pasv)
            .arg(pasv + 50)
            .arg(m_dir.filePath(QStringLiteral("vsftpd.log")));
    if (m_maxRate > 0)
        conf += QStringLiteral("anon_max_rate=%1\n").arg(m_maxRate);
    if (m_tls != Tls::None)
        conf +=
            QStringLiteral("ssl_enable=YES\nallow_anon_ssl=YES\nforce_anon_logins_ssl=YES\n"
                           "force_anon_data_ssl=YES\nrsa_cert_file=%1\nrsa_private_key_file=%2\n"
                           "ssl_tlsv1=YES\nssl_sslv2=NO\nssl_sslv3=NO\nrequire_ssl_reuse=NO\n"
                           "ssl_ciphers=HIGH\n%3")
                .arg(m_dir.filePath(QStringLiteral("server.pem")),
                     m_dir.filePath(QStringLiteral("server.key")),
                     m_tls == Tls::Implicit ? QStringLiteral("implicit_ssl=YES\n") : QString());
    const QString confFile = m_dir.filePath(QStringLiteral("vsftpd.conf"));
    QFile f(confFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(conf.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write ") + confFile;
        return false;
    }
    f.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, {confFile});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("vsftpd did not start: ") + m_process.errorString();
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(100))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    *error =
        QStringLiteral("vsftpd is not answering: ") + QString::fromLocal8Bit(m_process.readAll());
    return false;
}

void FtpServer::stop() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QUrl FtpServer::url(const QString &path) const {
    QUrl u;
    u.setScheme(m_tls == Tls::Implicit ? QStringLiteral("ftps") : QStringLiteral("ftp"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setPath(path);
    return u;
}

QByteArray FtpServer::caPem() const {
    QFile f(m_dir.filePath(QStringLiteral("ca.pem")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString FtpServer::log() const {
    QFile f(m_dir.filePath(QStringLiteral("vsftpd.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace PlenaryTest
