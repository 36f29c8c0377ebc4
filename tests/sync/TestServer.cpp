#include "TestServer.h"

#include "LocalServer.h"

#include "Meeting.h"
#include "MeetingJson.h"

#include <QCryptographicHash>

#include <cmath>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimeZone>

namespace PlenaryTest {

namespace {
bool writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QString binary(TestServer::Kind kind) {
    switch (kind) {
    case TestServer::Nginx:
        return QStringLiteral("nginx");
    case TestServer::ApacheFancy:
    case TestServer::ApacheTable:
    case TestServer::ApacheDav:
        return QStringLiteral("apache2");
    case TestServer::Lighttpd:
        return QStringLiteral("lighttpd");
    }
    return {};
}

QString findBinary(TestServer::Kind kind) {
    return findServerProgram(binary(kind));
}
} // namespace

TestServer::TestServer(Kind kind)
    : m_kind(kind) {}

TestServer::~TestServer() {
    stop();
}

QString TestServer::kindName(Kind kind) {
    switch (kind) {
    case Nginx:
        return QStringLiteral("nginx autoindex");
    case ApacheFancy:
        return QStringLiteral("Apache FancyIndexing");
    case ApacheTable:
        return QStringLiteral("Apache HTMLTable");
    case Lighttpd:
        return QStringLiteral("lighttpd dirlisting");
    case ApacheDav:
        return QStringLiteral("Apache mod_dav");
    }
    return {};
}

QString TestServer::missing(Kind kind) {
    return findBinary(kind).isEmpty() ? binary(kind) : QString();
}

bool TestServer::start(const QString &docroot, QString *error, const QString &extraConfig) {
    if (m_port == 0) // a restart keeps the port, and so the URLs
        m_port = freeLocalPort();
    m_docroot = docroot;
    m_extraConfig = extraConfig;
    const QString d = m_dir.path();
    const QString log = d + QStringLiteral("/access.log");
    QString conf;
    QStringList args;
    switch (m_kind) {
    case Nginx:
        conf = QStringLiteral(
                   "daemon off; master_process off; pid %1/nginx.pid; error_log %1/error.log;\n"
                   "events {}\n"
                   "http { access_log %1/access.log; client_body_temp_path %1/cb; proxy_temp_path "
                   "%1/pt;\n"
                   " fastcgi_temp_path %1/ft; uwsgi_temp_path %1/ut; scgi_temp_path %1/st;\n"
                   " include /etc/nginx/mime.types;\n"
                   " log_format plain '$request $status';\n"
                   " server { listen 127.0.0.1:%2%5; root %3; autoindex on; access_log "
                   "%1/access.log plain;\n%4\n } }\n")
                   .arg(d)
                   .arg(m_port)
                   .arg(docroot, extraConfig,
                        m_tls ? QStringLiteral(" ssl; ssl_certificate %1/cert.pem; "
                                               "ssl_certificate_key %1/key.pem")
                                    .arg(d)
                              : QString());
        writeFile(d + QStringLiteral("/nginx.conf"), conf.toUtf8());
        args = {QStringLiteral("-c"), d + QStringLiteral("/nginx.conf")};
        break;
    case ApacheFancy:
    case ApacheTable:
    case ApacheDav: {
        const QString m = QStringLiteral("/usr/lib/apache2/modules");
        conf =
            QStringLiteral(
                "ServerRoot %1\nListen 127.0.0.1:%2\nPidFile %1/apache.pid\nErrorLog %1/error.log\n"
                "LoadModule mpm_event_module %3/mod_mpm_event.so\n"
                "LoadModule authz_core_module %3/mod_authz_core.so\n"
                "LoadModule mime_module %3/mod_mime.so\nLoadModule dir_module %3/mod_dir.so\n"
                "LoadModule autoindex_module %3/mod_autoindex.so\n"
                "User www-data\nGroup www-data\nTypesConfig /etc/mime.types\nServerName localhost\n"
                "DocumentRoot %4\nLogFormat \"%r %>s\" plain\nCustomLog %1/access.log plain\n"
                "<Directory %4>\n Options +Indexes\n Require all granted\n IndexOptions "
                "%5\n%6</Directory>\n%7")
                .arg(d)
                .arg(m_port)
                .arg(m, docroot,
                     m_kind == ApacheTable ? QStringLiteral("FancyIndexing HTMLTable NameWidth=*")
                                           : QStringLiteral("FancyIndexing NameWidth=*"),
                     m_kind == ApacheDav ? QStringLiteral(" Dav On\n") : QString(),
                     m_kind == ApacheDav
                         ? QStringLiteral("LoadModule dav_module %1/mod_dav.so\n"
                                          "LoadModule dav_fs_module %1/mod_dav_fs.so\n"
                                          "DavLockDB %2/davlock\n%3\n")
                               .arg(m, d, extraConfig)
                         : QString());
        writeFile(d + QStringLiteral("/apache.conf"), conf.toUtf8());
        args = {QStringLiteral("-f"), d + QStringLiteral("/apache.conf"),
                QStringLiteral("-DFOREGROUND")};
        makeWorldReadable(d);
        if (m_kind == ApacheDav) {
            // Apache drops to www-data: let it write the lock database and
            // the document root.
            makeWorldWritable(d);
            makeWorldWritable(docroot);
        }
        break;
    }
    case Lighttpd:
        conf = QStringLiteral(
                   "server.document-root = \"%1\"\nserver.port = %2\nserver.bind = \"127.0.0.1\"\n"
                   "server.errorlog = \"%3/error.log\"\n"
                   "server.modules += ( \"mod_dirlisting\", \"mod_accesslog\" )\n"
                   "dir-listing.activate = \"enable\"\n"
                   // Listings must show a change at once, not after the stat cache expires.
                   "server.stat-cache-engine = \"disable\"\n"
                   "accesslog.filename = \"%3/access.log\"\naccesslog.format = \"%r %s\"\n"
                   "include \"/usr/share/lighttpd/create-mime.conf.pl\"\n")
                   .arg(docroot)
                   .arg(m_port)
                   .arg(d);
        // The mime helper is a script include; fall back to a fixed list if absent.
        if (!QFile::exists(QStringLiteral("/usr/share/lighttpd/create-mime.conf.pl")))
            conf.replace(QStringLiteral("include \"/usr/share/lighttpd/create-mime.conf.pl\"\n"),
                         QStringLiteral("mimetype.assign = ( \".pdf\" => \"application/pdf\", "
                                        "\".html\" => \"text/html\" )\n"));
        else
            conf.replace(QStringLiteral("include \""), QStringLiteral("include_shell \""));
        writeFile(d + QStringLiteral("/lighttpd.conf"), conf.toUtf8());
        args = {QStringLiteral("-D"), QStringLiteral("-f"), d + QStringLiteral("/lighttpd.conf")};
        break;
    }
    const QString exe = findBinary(m_kind);
    if (exe.isEmpty()) {
        *error = QStringLiteral("%1 is not installed").arg(binary(m_kind));
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(exe, args);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (s.waitForConnected(100))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    QFile errors(d + QStringLiteral("/error.log"));
    errors.open(QIODevice::ReadOnly);
    *error = QStringLiteral("%1 did not start: %2 %3")
                 .arg(binary(m_kind), QString::fromLocal8Bit(m_process.readAll()),
                      QString::fromLocal8Bit(errors.readAll()));
    return false;
}

bool TestServer::enableTls(QString *error) {
    if (m_kind != Nginx) {
        *error = QStringLiteral("TLS is set up for nginx only");
        return false;
    }
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), certificateFile()});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: ") + openssl.errorString() +
                 QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    m_tls = true;
    return true;
}

QString TestServer::certificateFile() const {
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QString TestServer::basicAuthConfig(const QString &location, const QString &user,
                                    const QString &password) {
    const QString users = m_dir.path() + QStringLiteral("/users");
    QFile f(users);
    if (f.open(QIODevice::Append))
        f.write(QStringLiteral("%1:{PLAIN}%2\n").arg(user, password).toUtf8());
    return QStringLiteral("location %1 { auth_basic \"Plenary test\"; auth_basic_user_file %2; }")
        .arg(location, users);
}

void TestServer::stop() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

QUrl TestServer::url(const QString &path) const {
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

QStringList TestServer::requests() const {
    QFile f(m_dir.path() + QStringLiteral("/access.log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool TestServer::restart(QString *error) {
    stop();
    clearLog();
    return start(m_docroot, error, m_extraConfig);
}

void TestServer::clearLog() {
    // Truncate in place: the server keeps its file descriptor (O_APPEND).
    QFile f(m_dir.path() + QStringLiteral("/access.log"));
    if (f.exists())
        f.resize(0);
}

void makeWorldWritable(const QString &dir) {
    const auto all = QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther |
                     QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup;
    QFile::setPermissions(dir, QFile::permissions(dir) | all);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::setPermissions(path, QFile::permissions(path) | all);
    }
}

QByteArray sha256Of(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

void makeWorldReadable(const QString &dir) {
    QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ReadOther |
                                   QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                   QFileDevice::ExeGroup);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        QFileDevice::Permissions perms =
            QFile::permissions(p) | QFileDevice::ReadOther | QFileDevice::ReadGroup;
        if (it.fileInfo().isDir())
            perms |= QFileDevice::ExeOther | QFileDevice::ExeGroup;
        QFile::setPermissions(p, perms);
    }
}

QList<GeneratedFile> generateMeetingFolder(const QString &dir, int count, qint64 minSize,
                                           qint64 maxSize, quint32 seed, bool manifest,
                                           bool subfolders, SizeMix mix) {
    QRandomGenerator rng(seed);
    QList<GeneratedFile> files;
    Plenary::MeetingData m;
    m.meeting.id = QStringLiteral("generated-%1").arg(seed);
    m.meeting.title = QStringLiteral("Generated meeting (%1 documents)").arg(count);
    QDir().mkpath(dir);
    const QStringList folders =
        subfolders ? QStringList{QString(), QStringLiteral("in"), QStringLiteral("out")}
                   : QStringList{QString()};
    for (const QString &f : folders)
        QDir(dir).mkpath(f.isEmpty() ? QStringLiteral(".") : f);
    for (int i = 1; i <= count; ++i) {
        const QString number = QStringLiteral("FG-Smart-I-%1").arg(i, 4, 10, QLatin1Char('0'));
        // With a manifest every file sits beside it (manifest names are plain).
        const QString folder = manifest ? QString() : folders.at(i % folders.size());
        QStringList names{number + QStringLiteral(".pdf")};
        if (i % 5 == 0)
            names << number + QStringLiteral(".docx");
        Plenary::Document doc;
        doc.number = number;
        doc.title = QStringLiteral("Generated contribution %1").arg(i);
        for (const QString &name : names) {
            qint64 size = minSize;
            if (maxSize > minSize && mix == SizeMix::Uniform)
                size += qint64(rng.bounded(quint64(maxSize - minSize)));
            else if (maxSize > minSize) // many small files, a few large ones
                size = qint64(double(minSize) *
                              std::pow(double(maxSize) / double(minSize), rng.generateDouble()));
            QByteArray data(size, Qt::Uninitialized);
            for (qint64 j = 0; j + 4 <= size; j += 4)
                *reinterpret_cast<quint32 *>(data.data() + j) = rng.generate();
            const QString rel = folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
            writeFile(dir + QLatin1Char('/') + rel, data);
            const QByteArray sha =
                QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
            files << GeneratedFile{rel, number, size, sha};
            doc.files << Plenary::DocumentFile{
                name, size, QString::fromLatin1(sha),
                QDateTime(QDate(2010, 6, 1), QTime(9, 0), QTimeZone::utc())};
        }
        m.documents << doc;
    }
    if (manifest)
        writeFile(dir + QStringLiteral("/meeting.json"), Plenary::MeetingJson::serialize(m));
    return files;
}

} // namespace PlenaryTest
