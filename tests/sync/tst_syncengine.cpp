// SyncEngine against real web servers from Debian's packages on 127.0.0.1.
#include "Credentials.h"
#include "DataPaths.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncRun.h"
#include "TestServer.h"
#include "Translations.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;
using namespace PlenaryTest;

Q_DECLARE_METATYPE(PlenaryTest::TestServer::Kind)

namespace {

QString failuresText(const SyncResult &r) {
    QStringList out;
    for (const SyncFailure &f : r.failures)
        out << f.number + QLatin1Char(' ') + f.name + QStringLiteral(": ") + f.reason;
    return out.join(QLatin1Char('\n')) + r.error;
}

int countGets(const QStringList &log) {
    return int(std::count_if(log.cbegin(), log.cend(),
                             [](const QString &l) { return l.startsWith(QLatin1String("GET ")); }));
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void listingSync_data() {
        QTest::addColumn<TestServer::Kind>("kind");
        for (auto kind : {TestServer::Nginx, TestServer::ApacheFancy, TestServer::ApacheTable,
                          TestServer::Lighttpd})
            QTest::newRow(qPrintable(TestServer::kindName(kind))) << kind;
    }

    void listingSync() {
        QFETCH(TestServer::Kind, kind);
        if (!TestServer::missing(kind).isEmpty())
            QSKIP(qPrintable(TestServer::missing(kind) + QStringLiteral(" is not installed")));
        QTemporaryDir www, data;
        const QString folder = www.filePath(QStringLiteral("t/fg/smart/docs"));
        const QList<GeneratedFile> files =
            generateMeetingFolder(folder, 40, 1000, 200000, 7, false);
        makeWorldReadable(www.path());
        TestServer server(kind);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/t/fg/smart/docs/"));
        const DataPaths paths = DataPaths::at(data.path());

        // First sync: everything arrives, verified.
        SyncResult r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, files.size());
        QCOMPARE(r.folders, 3);
        QVERIFY(r.refused.isEmpty());
        const QString local = paths.documentsDir(r.meetingId);
        for (const GeneratedFile &f : files)
            QVERIFY2(sha256Of(local + QLatin1Char('/') + f.relativePath) == f.sha256,
                     qPrintable(f.relativePath));
        {
            Store store(paths.databaseFile());
            QVERIFY(store.open());
            const auto m = store.loadMeeting(r.meetingId);
            QVERIFY(m);
            QCOMPARE(m->meeting.title, QStringLiteral("docs"));
            QCOMPARE(m->documents.size(), 40); // pdf and docx grouped under one number
            QCOMPARE(m->document(QStringLiteral("FG-Smart-I-0005"))->files.size(), 2);
            QCOMPARE(store.sourceUrl(r.meetingId), url.toString());
            QCOMPARE(m->sourceUrl, url);
            QCOMPARE(m->documentStates.size(), 40);
            QCOMPARE(m->documentStates.value(QStringLiteral("FG-Smart-I-0005")), FileState::Local);
        }

        // Nothing changed: one request per folder, none per file.
        server.clearLog();
        r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, 0);
        QCOMPARE(r.unchanged, files.size());
        QCOMPARE(r.requests, 3);
        if (kind != TestServer::Lighttpd) // lighttpd buffers its access log
            QCOMPARE(countGets(server.requests()), 3);

        // One file changes, one disappears.
        const GeneratedFile changed = files.at(3);
        const GeneratedFile gone = files.at(8);
        QFile c(folder + QLatin1Char('/') + changed.relativePath);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(QByteArray(changed.size + 4321, 'x'));
        c.flush(); // before the time is set, or closing would set it again
        c.setFileTime(QDateTime::currentDateTimeUtc().addSecs(120),
                      QFileDevice::FileModificationTime);
        c.close();
        QVERIFY(QFile::remove(folder + QLatin1Char('/') + gone.relativePath));
        r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.withdrawn, 1);
        QCOMPARE(r.downloaded, 0);
        QCOMPARE(QFileInfo(local + QLatin1Char('/') + changed.relativePath).size(),
                 changed.size + 4321);
        QCOMPARE(sha256Of(local + QStringLiteral("/.previous/") + changed.relativePath),
                 changed.sha256);
        QVERIFY(QFile::exists(local + QLatin1Char('/') + gone.relativePath)); // kept
        Store store(paths.databaseFile());
        QVERIFY(store.open());
        QHash<QString, FileState> states;
        for (const FileSyncRecord &rec : store.fileSyncRecords(r.meetingId))
            states.insert(rec.localPath, rec.state);
        QCOMPARE(states.value(changed.relativePath), FileState::Updated);
        QCOMPARE(states.value(gone.relativePath), FileState::Withdrawn);
        QCOMPARE(states.value(files.at(0).relativePath), FileState::Local);
    }

    void manifestWithChecksums() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        const QString folder = www.filePath(QStringLiteral("m"));
        const QList<GeneratedFile> files = generateMeetingFolder(folder, 20, 500, 50000, 11, true);
        // Corrupt one file on the server after the manifest was written.
        const GeneratedFile bad = files.at(2);
        QFile f(folder + QLatin1Char('/') + bad.relativePath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(10);
        f.write("CORRUPT");
        f.close();
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const DataPaths paths = DataPaths::at(data.path());
        SyncResult r = runSync(paths, server.url(QStringLiteral("/m/")));
        QCOMPARE(r.meetingId, QStringLiteral("generated-11"));
        QCOMPARE(r.downloaded, files.size() - 1);
        QCOMPARE(r.failures.size(), 1);
        QCOMPARE(r.failures.at(0).number, bad.number);
        QVERIFY2(r.failures.at(0).reason.contains(QStringLiteral("checksum")),
                 qPrintable(r.failures.at(0).reason));
        QVERIFY(!r.ok);
        QVERIFY(
            !QFile::exists(paths.documentsDir(r.meetingId) + QLatin1Char('/') + bad.relativePath));

        // Re-sync: the manifest answers 304; only the failed file is tried again.
        server.clearLog();
        r = runSync(paths, server.url(QStringLiteral("/m/")));
        const QStringList log = server.requests();
        QVERIFY2(log.contains(QStringLiteral("GET /m/meeting.json HTTP/1.1 304")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        for (const QString &line : log)
            QVERIFY2(line.contains(QStringLiteral("meeting.json")) ||
                         line.contains(bad.relativePath),
                     qPrintable(line));
        QCOMPARE(r.unchanged, files.size() - 1);
    }

    // Apache with "AddEncoding x-gzip .gz" labels .gz files as encoded
    // (Content-Encoding: x-gzip) even when asked for identity: the bytes are
    // the file as stored, and kept. Anything else so labelled is refused.
    void gzipFilesLabelledAsEncodedAreKept() {
        if (!TestServer::missing(TestServer::ApacheDav).isEmpty())
            QSKIP("Apache is not installed");
        QTemporaryDir www, data;
        QVERIFY(QDir(www.path()).mkpath(QStringLiteral("gz")));
        QProcess gzip;
        gzip.start(QStringLiteral("sh"),
                   {QStringLiteral("-c"), QStringLiteral("seq 1 20000 | gzip -c")});
        QVERIFY(gzip.waitForFinished(30000));
        const QByteArray gz = gzip.readAllStandardOutput();
        QVERIFY(gz.startsWith("\x1f\x8b"));
        const QByteArray pdf = "%PDF-1.4\n" + QByteArray(5000, 'p');
        for (const auto &[name, body] :
             {std::pair<QString, QByteArray>{QStringLiteral("FG-Smart-I-0001.tar.gz"), gz},
              std::pair<QString, QByteArray>{QStringLiteral("FG-Smart-I-0002.tgz"), gz},
              std::pair<QString, QByteArray>{QStringLiteral("FG-Smart-I-0003.pdf"), pdf},
              std::pair<QString, QByteArray>{QStringLiteral("FG-Smart-I-0004.pdf"), pdf}}) {
            QFile f(www.filePath(QStringLiteral("gz/") + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body);
        }
        TestServer server(TestServer::ApacheDav); // the one that takes extra configuration
        QString error;
        // ...and a .pdf labelled gzip-encoded too, which is not what it is.
        QVERIFY2(server.start(www.path(), &error,
                              QStringLiteral("LoadModule headers_module "
                                             "/usr/lib/apache2/modules/mod_headers.so\n"
                                             "AddEncoding x-gzip .gz .tgz\n"
                                             "<Files \"FG-Smart-I-0004.pdf\">\n"
                                             "  Header set Content-Encoding gzip\n"
                                             "</Files>\n")),
                 qPrintable(error));
        const DataPaths paths = DataPaths::at(data.path());
        const SyncResult r = runSync(paths, server.url(QStringLiteral("/gz/")));
        const QString dir = paths.documentsDir(r.meetingId) + QLatin1Char('/');
        QCOMPARE(r.downloaded, 3);
        QFile f(dir + QStringLiteral("FG-Smart-I-0001.tar.gz"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), gz);
        QCOMPARE(sha256Of(dir + QStringLiteral("FG-Smart-I-0002.tgz")),
                 QCryptographicHash::hash(gz, QCryptographicHash::Sha256).toHex());
        QCOMPARE(r.failures.size(), 1);
        QCOMPARE(r.failures.at(0).number, QStringLiteral("FG-Smart-I-0004"));
        QVERIFY2(r.failures.at(0).reason.contains(QStringLiteral("compressed (gzip)")),
                 qPrintable(failuresText(r)));
    }

    void interruptedTransferResumes() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        const QString folder = www.filePath(QStringLiteral("slow"));
        const QList<GeneratedFile> files =
            generateMeetingFolder(folder, 1, 3000000, 3000001, 3, false, false);
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(
            server.start(www.path(), &error, QStringLiteral("location /slow/ { limit_rate 1m; }")),
            qPrintable(error));
        const DataPaths paths = DataPaths::at(data.path());
        // Cut the transfer a third of the way through.
        SyncResult r = runSync(paths, server.url(QStringLiteral("/slow/")), {},
                               [](SyncEngine &e, const SyncProgress &p) {
                                   if (p.bytesDone > 1000000)
                                       e.cancel();
                               });
        QVERIFY(r.cancelled);
        const QString final =
            paths.documentsDir(r.meetingId) + QLatin1Char('/') + files.at(0).relativePath;
        QVERIFY(!QFile::exists(final)); // never a partial file under the final name
        qint64 partial = 0;
        QDirIterator it(paths.documentsDir(r.meetingId) + QStringLiteral("/.partial"), QDir::Files);
        while (it.hasNext())
            partial += QFileInfo(it.next()).size();
        QVERIFY2(partial > 1000000 && partial < files.at(0).size,
                 qPrintable(QString::number(partial)));

        server.clearLog();
        r = runSync(paths, server.url(QStringLiteral("/slow/")));
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(sha256Of(final), files.at(0).sha256);
        const QString log = server.requests().join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral(" 206")), qPrintable(log)); // resumed, not restarted
    }

    void serverErrorsAreRetriedAndReported() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        const QString folder = www.filePath(QStringLiteral("e"));
        generateMeetingFolder(folder, 3, 100, 1000, 5, false, false);
        for (const char *name : {"busy.pdf", "login.pdf"}) {
            QFile f(folder + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 placeholder");
        }
        // A sub-folder whose listing is always "busy": retried, then reported.
        QVERIFY(QDir(folder).mkpath(QStringLiteral("in")));
        QFile inFile(folder + QStringLiteral("/in/FG-Smart-I-0099.pdf"));
        QVERIFY(inFile.open(QIODevice::WriteOnly));
        inFile.write("%PDF-1.4 placeholder");
        inFile.close();
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(
                     www.path(), &error,
                     QStringLiteral(
                         "location = /e/busy.pdf { add_header Retry-After 0 always; return 503; }\n"
                         "location = /e/in/ { add_header Retry-After 0 always; return 503; }\n"
                         "location = /e/login.pdf { types { } default_type text/html; return 200 "
                         "'<html>Log in</html>'; }")),
                 qPrintable(error));
        SyncOptions options;
        options.maxAttempts = 3;
        options.baseRetryDelayMs = 10;
        const DataPaths paths = DataPaths::at(data.path());
        const SyncResult r = runSync(paths, server.url(QStringLiteral("/e/")), options);
        QVERIFY(!r.ok);
        QCOMPARE(r.downloaded, 3);
        QCOMPARE(r.failures.size(), 3);
        QString text = failuresText(r);
        QVERIFY2(text.contains(QStringLiteral("in/: HTTP 503")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("busy.pdf: HTTP 503")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("after 3 attempts")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("login.pdf: the server sent a web page")),
                 qPrintable(text));
        const QStringList log = server.requests();
        QCOMPARE(int(std::count(log.cbegin(), log.cend(),
                                QStringLiteral("GET /e/busy.pdf HTTP/1.1 503"))),
                 3);
        QCOMPARE(
            int(std::count(log.cbegin(), log.cend(), QStringLiteral("GET /e/in/ HTTP/1.1 503"))),
            3);
        QVERIFY(!QFile::exists(paths.documentsDir(r.meetingId) + QStringLiteral("/login.pdf")));
    }

    void basicAuthentication() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        generateMeetingFolder(www.filePath(QStringLiteral("private")), 4, 100, 2000, 13, false,
                              false);
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error,
                              server.basicAuthConfig(QStringLiteral("/private/"),
                                                     QStringLiteral("delegate"),
                                                     QStringLiteral("geneva2010"))),
                 qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/private/"));
        const DataPaths paths = DataPaths::at(data.path());

        auto syncWith = [&](CredentialStore *credentials) {
            return runSync(paths, url, {}, {}, credentials);
        };

        // No credentials: a clear 401, nothing stored.
        SyncResult r = syncWith(nullptr);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("HTTP 401")), qPrintable(r.error));
        // Wrong password: refused once, not retried forever.
        MemoryCredentialStore wrong;
        QVERIFY(wrong.save(CredentialStore::serverKey(url),
                           {QStringLiteral("delegate"), QStringLiteral("lausanne")}, false));
        r = syncWith(&wrong);
        QVERIFY2(r.error.contains(QStringLiteral("HTTP 401")), qPrintable(r.error));
        // The right one: every file.
        MemoryCredentialStore right;
        QVERIFY(right.save(CredentialStore::serverKey(url),
                           {QStringLiteral("delegate"), QStringLiteral("geneva2010")}, false));
        r = syncWith(&right);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, 4);
    }

    void tlsErrorsAreShownNeverIgnored() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        generateMeetingFolder(www.filePath(QStringLiteral("tls")), 3, 100, 2000, 17, false, false);
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.enableTls(&error), qPrintable(error));
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/tls/"));
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        const DataPaths paths = DataPaths::at(data.path());

        // A self-signed certificate: the sync stops and says why; nothing is
        // requested over the untrusted connection, nothing is written.
        SyncResult r = runSync(paths, url);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(url.host()), qPrintable(r.error));
        QCOMPARE(countGets(server.requests()), 0);
        QCOMPARE(r.downloaded, 0);

        // Once the user's system trusts that certificate, the same folder syncs.
        const auto certs = QSslCertificate::fromPath(server.certificateFile());
        QCOMPARE(certs.size(), 1);
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificates(certs);
        QSslConfiguration::setDefaultConfiguration(trusting);
        r = runSync(paths, url);
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, 3);
    }

    void stalledTransferTimesOut() {
        // A server that sends headers and a few bytes, then nothing: the
        // transfer must give up after the stall timeout, not hang.
        QTcpServer stalling;
        QVERIFY(stalling.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> clients;
        connect(&stalling, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = stalling.nextPendingConnection();
            clients << s;
            connect(s, &QTcpSocket::readyRead, s, [s] {
                const QByteArray request = s->readAll();
                if (request.startsWith("GET /s/ ")) {
                    const QByteArray body =
                        "<a href=\"FG-Smart-I-0001.pdf\">FG-Smart-I-0001.pdf</a>";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
                } else if (request.startsWith("GET /s/meeting.json")) {
                    s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                } else {
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: "
                             "100000\r\n\r\n%PDF-1.4");
                }
            });
        });
        QTemporaryDir data;
        SyncOptions options;
        options.stallTimeoutMs = 500;
        options.maxAttempts = 2;
        options.baseRetryDelayMs = 10;
        QElapsedTimer timer;
        timer.start();
        const SyncResult r = runSync(
            DataPaths::at(data.path()),
            QUrl(QStringLiteral("http://127.0.0.1:%1/s/").arg(stalling.serverPort())), options);
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(r.failures.size(), 1);
        QCOMPARE(r.failures.at(0).number, QStringLiteral("FG-Smart-I-0001"));
        QVERIFY2(r.failures.at(0).reason.contains(QStringLiteral("after 2 attempts")),
                 qPrintable(r.failures.at(0).reason));
        QVERIFY(!QFile::exists(DataPaths::at(data.path()).documentsDir(r.meetingId) +
                               QStringLiteral("/FG-Smart-I-0001.pdf")));
    }

    void hostileListingWritesNothingOutside() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        const QString folder = www.filePath(QStringLiteral("h"));
        QDir().mkpath(folder + QStringLiteral("/good"));
        // Real files with nasty names, listed by nginx as they are.
        for (const QString &name :
             {QStringLiteral("evil\u202Efdp.exe"), QStringLiteral("back\\slash.pdf"),
              QStringLiteral("FG-Smart-I-0042.pdf"), QStringLiteral("good/FG-Smart-I-0043.pdf")}) {
            QFile f(folder + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 test");
        }
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const DataPaths paths = DataPaths::at(data.path());
        const SyncResult r = runSync(paths, server.url(QStringLiteral("/h/")));
        QCOMPARE(r.downloaded, 2);
        const QString refused = r.refused.join(QLatin1Char('\n'));
        QVERIFY2(refused.contains(QStringLiteral("bidirectional")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("backslash")), qPrintable(refused));
        // Everything written is the database or under the meeting's folder.
        QDirIterator it(data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            QVERIFY2(p.startsWith(paths.documentsDir(r.meetingId) + QLatin1Char('/')) ||
                         QFileInfo(p).fileName().startsWith(QStringLiteral("plenary.sqlite")),
                     qPrintable(p));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
