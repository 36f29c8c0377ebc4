#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace PlenaryTest {

/// A real web server from Debian's packages, started by a test on
/// 127.0.0.1 with a document root of the test's choosing.
class TestServer {
public:
    /// ApacheDav: Apache with mod_dav (PUT, If-Match, DELETE) on the whole
    /// document root, which is made writable for Apache's user.
    enum Kind { Nginx, ApacheFancy, ApacheTable, Lighttpd, ApacheDav };

    explicit TestServer(Kind kind);
    ~TestServer();

    static QString kindName(Kind kind);
    /// Empty when the server's binary is installed, else what is missing.
    static QString missing(Kind kind);

    /// Serve over HTTPS with a self-signed certificate made for this run
    /// (nginx only); call before start().
    bool enableTls(QString *error);
    /// The self-signed certificate (PEM) when TLS is enabled.
    QString certificateFile() const;

    /// Starts serving @p docroot; @p extraConfig goes into the server block
    /// (nginx only). Returns false with @p error set.
    bool start(const QString &docroot, QString *error, const QString &extraConfig = {});
    /// nginx configuration that puts @p location behind HTTP Basic
    /// authentication with one user (pass it to start()).
    QString basicAuthConfig(const QString &location, const QString &user, const QString &password);
    void stop();
    /// Stops, empties the access log and starts again on the same port
    /// (lighttpd writes its access log late: this separates two runs).
    bool restart(QString *error);
    QUrl url(const QString &path) const;
    /// The access log's request lines ("GET /docs/ HTTP/1.1 200") so far.
    QStringList requests() const;
    void clearLog();

private:
    Kind m_kind;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_docroot;
    QString m_extraConfig;
};

/// Writes a meeting folder: @p count documents FG-Smart-I-0001... spread
/// over the folder and its in/ and out/ sub-folders, sizes between @p minSize
/// and @p maxSize bytes (deterministic for a seed); every fifth document also
/// has a .docx. With @p manifest, writes a meeting.json with sizes and SHA-256.
/// SizeMix::LogUniform gives many small files and a few large ones, as in a
/// real meeting folder.
struct GeneratedFile {
    QString relativePath;
    QString number;
    qint64 size;
    QByteArray sha256;
};
enum class SizeMix { Uniform, LogUniform };
QList<GeneratedFile> generateMeetingFolder(const QString &dir, int count, qint64 minSize,
                                           qint64 maxSize, quint32 seed, bool manifest,
                                           bool subfolders = true, SizeMix mix = SizeMix::Uniform);

/// The SHA-256 of the file at @p path, in hex (as GeneratedFile::sha256);
/// empty if it cannot be read.
QByteArray sha256Of(const QString &path);

/// Makes a tree readable by a server that drops privileges (Apache).
void makeWorldReadable(const QString &dir);
/// Makes a tree writable by a server that drops privileges (Apache mod_dav).
void makeWorldWritable(const QString &dir);

} // namespace PlenaryTest
