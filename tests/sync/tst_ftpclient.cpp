#include "CurlMulti.h"
#include "FtpClient.h"
#include "FtpServer.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Plenary;
using PlenaryTest::FtpServer;

namespace {
bool write(const QString &path, const QByteArray &data) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
QByteArray read(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
QByteArray pattern(int size) {
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char('a' + (i * 7 + i / 13) % 26);
    return data;
}
} // namespace

// FtpClient against vsftpd on 127.0.0.1: plain, explicit and implicit TLS.
class TestFtpClient : public QObject {
    Q_OBJECT
    QTemporaryDir m_root;
    CurlMulti m_multi;
    FtpClient m_ftp{m_multi};

    struct Listed {
        bool done = false;
        FtpResult result;
        Listing listing;
    };
    Listed list(const QUrl &url, const FtpAccess &access = {}) {
        Listed out;
        m_ftp.list(url, access, [&out](const FtpResult &r, const Listing &l) {
            out = {true, r, l};
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(out.done, 30000);
        }();
        return out;
    }
    FtpResult download(const QUrl &url, qint64 offset, QByteArray *into,
                       const FtpAccess &access = {}) {
        FtpResult result;
        bool done = false;
        m_ftp.download(
            url, access, offset,
            [into](const char *d, qint64 n) {
                into->append(d, n);
                return true;
            },
            [&](const FtpResult &r) {
                result = r;
                done = true;
            });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        }();
        return result;
    }
    FtpResult upload(const QUrl &url, const QByteArray &data) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        FtpResult result;
        bool done = false;
        m_ftp.upload(url, {}, &buffer, [&](const FtpResult &r) {
            result = r;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        }();
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString m = FtpServer::missing(); !m.isEmpty())
            QFAIL(qPrintable(m));
        const QString docs = m_root.filePath(QStringLiteral("t/fg/smart/docs"));
        QVERIFY(write(docs + QStringLiteral("/FG-Smart-I-0001.pdf"), pattern(100000)));
        QVERIFY(write(docs + QStringLiteral("/FG-Smart-I-0002 rev 1.docx"), pattern(5000)));
        QVERIFY(write(docs + QStringLiteral("/sub/FG-Smart-I-0003.txt"), "three\n"));
        // Names a hostile server could list.
        QVERIFY(write(docs + QStringLiteral("/invoice\u202Efdp.exe"), "x"));
        QVERIFY(write(docs + QStringLiteral("/ctrl\u0001.pdf"), "x"));
        QFile f(docs + QStringLiteral("/FG-Smart-I-0001.pdf"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime(QDate(2010, 6, 4), QTime(13, 5, 17), QTimeZone::utc()),
                              QFileDevice::FileModificationTime));
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("t/fg/smart/docs/incoming"))));
    }

    void listsAFolderWithLIST() {
        FtpServer server;
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        const Listed l = list(server.url(QStringLiteral("/t/fg/smart/docs")));
        QVERIFY2(l.result.ok, qPrintable(l.result.error));
        QStringList names;
        for (const ListingEntry &e : l.listing.entries)
            names << e.name + (e.isFolder ? QStringLiteral("/") : QString());
        names.sort();
        QCOMPARE(names, QStringList({"FG-Smart-I-0001.pdf", "FG-Smart-I-0002 rev 1.docx",
                                     "incoming/", "sub/"}));
        for (const ListingEntry &e : l.listing.entries)
            if (e.name == QLatin1String("FG-Smart-I-0001.pdf"))
                QCOMPARE(e.size, 100000);
        // vsftpd has no MLSD (its FEAT says so): LIST, never MLSD.
        QVERIFY(server.log().contains(QStringLiteral("FEAT")));
        QVERIFY(server.log().contains(QStringLiteral("LIST")));
        QVERIFY(!server.log().contains(QStringLiteral("MLSD")));
        QCOMPARE(l.listing.refused.size(), 2);
        QVERIFY(l.listing.refused.join(u'\n').contains(QStringLiteral("bidirectional")));
    }

    void statGivesSizeAndExactTime() {
        FtpServer server;
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        bool done = false;
        FtpResult result;
        qint64 size = -2;
        QDateTime mtime;
        m_ftp.stat(server.url(QStringLiteral("/t/fg/smart/docs/FG-Smart-I-0001.pdf")), {},
                   [&](const FtpResult &r, qint64 s, const QDateTime &t) {
                       result = r;
                       size = s;
                       mtime = t;
                       done = true;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(size, 100000);
        QCOMPARE(mtime, QDateTime(QDate(2010, 6, 4), QTime(13, 5, 17), QTimeZone::utc()));

        done = false;
        m_ftp.stat(server.url(QStringLiteral("/t/fg/smart/docs/nothing.pdf")), {},
                   [&](const FtpResult &r, qint64, const QDateTime &) {
                       result = r;
                       done = true;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!result.ok);
        QVERIFY(result.notFound);
    }

    void downloadsAndResumes() {
        FtpServer server;
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/t/fg/smart/docs/FG-Smart-I-0001.pdf"));
        QByteArray all;
        FtpResult r = download(url, 0, &all);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(all, pattern(100000));
        // From byte 60,000 (REST): only the rest comes.
        QByteArray rest;
        r = download(url, 60000, &rest);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(rest, pattern(100000).mid(60000));
        QVERIFY(server.log().contains(QStringLiteral("REST 60000")));
        // A name with a space.
        QByteArray spaced;
        r = download(server.url(QStringLiteral("/t/fg/smart/docs/FG-Smart-I-0002 rev 1.docx")), 0,
                     &spaced);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(spaced.size(), 5000);
    }

    // A server far slower than the floor never stalls (vsftpd sends 64 KiB,
    // then sleeps to keep its rate) but is given up all the same.
    void aTrickleIsGivenUp() {
        QVERIFY(write(m_root.filePath(QStringLiteral("slow/big.pdf")), pattern(2000000)));
        FtpServer server;
        server.setMaxRate(20000);
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        FtpAccess access;
        access.stallTimeoutMs = 2000;
        access.minBytesPerSecond = 100000;
        bool done = false;
        FtpResult result;
        qint64 got = 0;
        QElapsedTimer timer;
        timer.start();
        m_ftp.download(
            server.url(QStringLiteral("/slow/big.pdf")), access, 0,
            [&got](const char *, qint64 n) {
                got += n;
                return true;
            },
            [&](const FtpResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!result.ok);
        // curl's own words for its low-speed limit, not ours around them.
        QVERIFY2(result.error.contains(QStringLiteral("Operation too slow")),
                 qPrintable(result.error));
        QVERIFY2(got < 2000000, qPrintable(QString::number(got)));
        QVERIFY(timer.elapsed() < 30000); // 2 MB at 20 kB/s would take 100 s
    }

    void aSinkCanStopADownload() {
        FtpServer server;
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        bool done = false;
        FtpResult result;
        qint64 got = 0;
        m_ftp.download(
            server.url(QStringLiteral("/t/fg/smart/docs/FG-Smart-I-0001.pdf")), {}, 0,
            [&got](const char *, qint64 n) {
                got += n;
                return got < 10000; // a size limit
            },
            [&](const FtpResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!result.ok);
        QVERIFY(got < 100000);
    }

    void uploadsNeverReplaceAFile() {
        FtpServer server;
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        const QUrl url =
            server.url(QStringLiteral("/t/fg/smart/docs/incoming/FG-Smart-I-0042.docx"));
        FtpResult r = upload(url, "the contribution");
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString onDisk =
            m_root.filePath(QStringLiteral("t/fg/smart/docs/incoming/FG-Smart-I-0042.docx"));
        QCOMPARE(read(onDisk), QByteArray("the contribution"));
        r = upload(url, "someone else's");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("already exists")), qPrintable(r.error));
        QCOMPARE(read(onDisk), QByteArray("the contribution"));
    }

    void explicitTlsWithATrustedCa() {
        FtpServer server(FtpServer::Tls::Explicit);
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/t/fg/smart/docs/"));
        // Not trusted: an error that says so, no listing.
        Listed l = list(url);
        QVERIFY(!l.result.ok);
        QVERIFY(l.result.tlsFailed);
        QVERIFY2(l.result.error.contains(QStringLiteral("certificate")),
                 qPrintable(l.result.error));
        QVERIFY(l.listing.entries.isEmpty());
        // Trusted: the folder, and a file through the encrypted data channel.
        FtpAccess trusting;
        trusting.caPem = server.caPem();
        l = list(url, trusting);
        QVERIFY2(l.result.ok, qPrintable(l.result.error));
        QCOMPARE(l.listing.entries.size(), 4);
        QByteArray all;
        const FtpResult r = download(
            server.url(QStringLiteral("/t/fg/smart/docs/FG-Smart-I-0001.pdf")), 0, &all, trusting);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(all.size(), 100000);
        // And a resumed one: REST on the same reused, encrypted connection.
        QByteArray rest;
        const FtpResult resumed =
            download(server.url(QStringLiteral("/t/fg/smart/docs/FG-Smart-I-0001.pdf")), 60000,
                     &rest, trusting);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(rest, pattern(100000).mid(60000));
    }

    void implicitTls() {
        FtpServer server(FtpServer::Tls::Implicit);
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/t/fg/smart/docs/"));
        QCOMPARE(url.scheme(), QStringLiteral("ftps"));
        FtpAccess trusting;
        trusting.caPem = server.caPem();
        const Listed l = list(url, trusting);
        QVERIFY2(l.result.ok, qPrintable(l.result.error));
        QCOMPARE(l.listing.entries.size(), 4);
    }

    void ftpesRequiresTls() {
        FtpServer server; // no TLS at all
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        QUrl url = server.url(QStringLiteral("/t/fg/smart/docs/"));
        url.setScheme(QStringLiteral("ftpes"));
        const Listed l = list(url);
        QVERIFY(!l.result.ok);
        QVERIFY(l.result.tlsFailed);
        QVERIFY2(l.result.error.contains(QStringLiteral("AUTH TLS")), qPrintable(l.result.error));
    }

    void aRefusedLoginIsSaid() {
        FtpServer server;
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        FtpAccess stranger;
        stranger.user = QStringLiteral("nobody-here");
        stranger.password = QStringLiteral("secret");
        const Listed l = list(server.url(QStringLiteral("/t/fg/smart/docs/")), stranger);
        QVERIFY(!l.result.ok);
        QVERIFY2(l.result.loginFailed, qPrintable(l.result.error));
    }

    void cancelStopsAtOnce() {
        FtpServer server;
        QString error;
        QVERIFY2(server.start(m_root.path(), &error), qPrintable(error));
        bool done = false;
        FtpResult result;
        const int id = m_ftp.list(server.url(QStringLiteral("/t/fg/smart/docs/")), {},
                                  [&](const FtpResult &r, const Listing &) {
                                      result = r;
                                      done = true;
                                  });
        m_ftp.cancel(id);
        QVERIFY(done); // at once, not later from the network
        QVERIFY(result.cancelled);
        m_ftp.cancel(id); // twice is nothing
    }
};

QTEST_GUILESS_MAIN(TestFtpClient)
#include "tst_ftpclient.moc"
