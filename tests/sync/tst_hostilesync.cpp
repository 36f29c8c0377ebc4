// SyncEngine against a server that misbehaves on purpose (HostileServer on
// 127.0.0.1): trickles, lies about sizes, gzip bombs, redirect loops, error
// pages for PDFs, cut-off bodies, a listing of 100,000 entries, names with
// right-to-left overrides and look-alike digits. The sync must end by itself,
// keep its memory bounded, keep every good file and report each bad one by
// its document number.
#include "DataPaths.h"
#include "HostileServer.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncRun.h"
#include "Translations.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Plenary;
using namespace PlenaryTest;

namespace {

// "Ends by itself": no cancel, only a generous guard against a hang.
SyncResult runToEnd(const DataPaths &paths, const QUrl &url, const SyncOptions &options) {
    return runSync(paths, url, options, {}, nullptr, 180000);
}

// Tight limits, so that a test of what would otherwise take minutes ends
// in seconds: 2000 bytes/s over a 1 s window, two attempts.
SyncOptions hostileOptions() {
    SyncOptions options;
    options.stallTimeoutMs = 3000;
    options.minBytesPerSecond = 2000;
    options.slowWindowMs = 1000;
    options.maxAttempts = 2;
    options.baseRetryDelayMs = 10;
    return options;
}

// How much the peak memory may grow. Under AddressSanitizer freed memory
// waits in its quarantine (256 MiB) and every allocation carries a shadow:
// the bound there is ASan's, not Plenary's (the normal build checks ours).
#if defined(__SANITIZE_ADDRESS__)
constexpr long kMemoryBoundMiB = 1024;
#else
constexpr long kMemoryBoundMiB = 150;
#endif

// Peak resident memory of this process so far, in MiB.
long peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// 256 MiB of zeros, gzipped (about 1 MiB): by the gzip the system has.
QByteArray gzipBomb() {
    QProcess gzip;
    gzip.start(QStringLiteral("sh"),
               {QStringLiteral("-c"), QStringLiteral("head -c 268435456 /dev/zero | gzip -1 -c")});
    gzip.waitForFinished(60000);
    return gzip.readAllStandardOutput();
}

QByteArray anchor(const QByteArray &href, const QString &text) {
    return "<a href=\"" + href + "\">" + text.toHtmlEscaped().toUtf8() + "</a>\n";
}

QByteArray pdf(int size, char fill) {
    QByteArray b = "%PDF-1.4\n";
    b.append(QByteArray(size - b.size(), fill));
    return b;
}

QString failure(const SyncResult &r, const QString &number) {
    for (const SyncFailure &f : r.failures)
        if (f.number == number)
            return f.reason;
    return {};
}

} // namespace

class TestHostileSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void everyBadFileReportedEveryGoodOneKept() {
        using R = HostileServer::Response;
        HostileServer server;
        const QByteArray good = pdf(20000, 'g');
        const QByteArray goodDocx = QByteArray("PK\x03\x04", 4) + QByteArray(5000, 'd');
        QByteArray listing = "<html><body><h1>Index of /docs/</h1>\n";
        auto add = [&](const QByteArray &name, const R &response) {
            listing += anchor(name, QUrl::fromPercentEncoding(name));
            server.route("/docs/" + name, response);
        };
        add("FG-Smart-I-0001.pdf", HostileServer::file(good));
        R trickle = HostileServer::file("%PDF-1.4\n");
        trickle.mode = R::Trickle;
        trickle.contentLength = 1000000; // a byte every 20 ms: never done
        trickle.trickleMs = 20;
        add("FG-Smart-I-0002.pdf", trickle);
        R huge = trickle;
        huge.contentLength = qint64(50) << 30; // 50 GiB announced
        add("FG-Smart-I-0003.pdf", huge);
        R bomb = HostileServer::file(gzipBomb());
        QVERIFY(bomb.body.size() > 100000);
        bomb.headers << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"));
        add("FG-Smart-I-0004.pdf", bomb);
        add("FG-Smart-I-0005.pdf", HostileServer::redirect("/loop/a"));
        server.route("/loop/a", HostileServer::redirect("/docs/FG-Smart-I-0005.pdf"));
        add("FG-Smart-I-0006.pdf",
            HostileServer::file("<html><body><h1>Error</h1>Please log in</body></html>",
                                "text/html"));
        R cut = HostileServer::file(pdf(40000, 'c'));
        cut.mode = R::Truncated;
        cut.truncateAt = 20000;
        add("FG-Smart-I-0007.pdf", cut);
        add("FG-Smart-I-0008%E2%80%AEfdp.exe", HostileServer::file(good));
        add("FG-Smart-I-%EF%BC%90%EF%BC%9009.pdf", HostileServer::file(good)); // fullwidth 0s
        R slowHeaders = HostileServer::file(good);
        slowHeaders.mode = R::TrickleHeaders;
        slowHeaders.trickleMs = 20;
        add("FG-Smart-I-0010.pdf", slowHeaders);
        add("FG-Smart-I-0011.docx", HostileServer::file(goodDocx, "application/octet-stream"));
        listing += "</body></html>\n";
        server.route("/docs/", HostileServer::page(listing));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        const SyncOptions options = hostileOptions();
        QTemporaryDir data;
        const DataPaths paths = DataPaths::at(data.path());
        const long before = peakRssMiB();
        QElapsedTimer timer;
        timer.start();
        const SyncResult r = runToEnd(paths, server.url(QStringLiteral("/docs/")), options);
        const long grown = peakRssMiB() - before;
        qInfo("hostile sync: %lld ms, peak memory grew by %ld MiB", timer.elapsed(), grown);

        // Kept: the good files, byte for byte.
        QCOMPARE(r.downloaded, 2);
        const QString dir = paths.documentsDir(r.meetingId);
        QFile f(dir + QStringLiteral("/FG-Smart-I-0001.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), good);
        QVERIFY(QFile::exists(dir + QStringLiteral("/FG-Smart-I-0011.docx")));

        // Reported, each by its number, with why.
        QStringList all;
        for (const SyncFailure &fail : r.failures)
            all << fail.number + QStringLiteral(": ") + fail.reason;
        const QString report = all.join(QLatin1Char('\n'));
        QCOMPARE(r.failures.size(), 7);
        QVERIFY2(
            failure(r, QStringLiteral("FG-Smart-I-0002")).contains(QStringLiteral("less than")),
            qPrintable(report));
        QVERIFY2(failure(r, QStringLiteral("FG-Smart-I-0003"))
                     .contains(QStringLiteral("larger than the limit")),
                 qPrintable(report));
        QVERIFY2(
            failure(r, QStringLiteral("FG-Smart-I-0004")).contains(QStringLiteral("compressed")),
            qPrintable(report));
        QVERIFY2(failure(r, QStringLiteral("FG-Smart-I-0005")).contains(QStringLiteral("redirect")),
                 qPrintable(report));
        QVERIFY2(failure(r, QStringLiteral("FG-Smart-I-0006")).contains(QStringLiteral("web page")),
                 qPrintable(report));
        QVERIFY2(failure(r, QStringLiteral("FG-Smart-I-0007"))
                     .contains(QStringLiteral("ended after 20000 of 40000 bytes")),
                 qPrintable(report));
        QVERIFY2(
            failure(r, QStringLiteral("FG-Smart-I-0010")).contains(QStringLiteral("less than")),
            qPrintable(report));
        // Refused names: never fetched, said why.
        const QString refused = r.refused.join(QLatin1Char('\n'));
        QCOMPARE(r.refused.size(), 2);
        QVERIFY2(refused.contains(QStringLiteral("bidirectional")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("only look like 0-9")), qPrintable(refused));
        for (const QString &line : server.requests())
            QVERIFY2(!line.contains(QStringLiteral("fdp.exe")) &&
                         !line.contains(QStringLiteral("%EF%BC")),
                     qPrintable(line));

        // Nothing bad on disk, and no partial taken for a file: only the two
        // good files are complete; a partial of 0007 may wait for a resume.
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << QDir(dir).relativeFilePath(it.next());
        files.sort();
        for (const QString &file : files)
            QVERIFY2(file == QLatin1String("FG-Smart-I-0001.pdf") ||
                         file == QLatin1String("FG-Smart-I-0011.docx") ||
                         file.startsWith(QLatin1String(".partial/")),
                     qPrintable(files.join(QLatin1Char(' '))));
        Store store(paths.databaseFile());
        QVERIFY(store.open());
        const QList<FileSyncRecord> records = store.fileSyncRecords(r.meetingId);
        QCOMPARE(records.size(), 9);
        for (const FileSyncRecord &rec : records)
            if (rec.state == FileState::Local || rec.state == FileState::Updated)
                QVERIFY2(rec.localPath == QLatin1String("FG-Smart-I-0001.pdf") ||
                             rec.localPath == QLatin1String("FG-Smart-I-0011.docx"),
                         qPrintable(rec.localPath));

        // Bounded: the bomb is never opened, the 50 GiB never awaited.
        QVERIFY2(grown < kMemoryBoundMiB, qPrintable(QString::number(grown)));
    }

    void hostileFolderPagesEnd() {
        using R = HostileServer::Response;
        HostileServer server;
        // A listing of 100,000 entries: all refused names but three.
        QByteArray big = "<html><body>\n";
        big.reserve(12 << 20);
        for (int i = 0; i < 100000; ++i)
            big += "<a href=\"x%E2%80%AE" + QByteArray::number(i) + "fdp.exe\">x</a>\n";
        for (int i = 1; i <= 3; ++i) {
            const QByteArray name = "FG-Smart-I-000" + QByteArray::number(i) + ".pdf";
            big += anchor(name, QString::fromLatin1(name));
            server.route("/big/" + name, HostileServer::file(pdf(1000, char('0' + i))));
        }
        big += "</body></html>\n";
        server.route("/big/", HostileServer::page(big));
        // A listing that is a gzip bomb, one that trickles forever, and a
        // redirect loop for a folder.
        R bomb = HostileServer::page(gzipBomb());
        bomb.headers << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"));
        server.route("/bomb/", bomb);
        R trickle = HostileServer::page("<html><body>");
        trickle.mode = R::Trickle;
        trickle.contentLength = 10000000;
        trickle.trickleMs = 20;
        server.route("/trickle/", trickle);
        server.route("/loop/", HostileServer::redirect("/loop/"));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        const SyncOptions options = hostileOptions();

        const long before = peakRssMiB();
        QElapsedTimer timer;
        timer.start();
        QTemporaryDir data;
        SyncResult r =
            runToEnd(DataPaths::at(data.path()), server.url(QStringLiteral("/big/")), options);
        qInfo("100,000 entries: %lld ms", timer.elapsed());
        QCOMPARE(r.downloaded, 3);
        QCOMPARE(r.refused.size(), 100000);
        QVERIFY(r.failures.isEmpty());

        // Each ends with an error that says why (Qt refuses the bomb itself).
        const QList<QPair<const char *, QString>> folders = {
            {"/bomb/", QStringLiteral("ecompress")},
            {"/trickle/", QStringLiteral("less than")},
            {"/loop/", QStringLiteral("redirect")}};
        for (const auto &[path, why] : folders) {
            QTemporaryDir other;
            timer.restart();
            r = runToEnd(DataPaths::at(other.path()), server.url(QLatin1String(path)), options);
            qInfo("%s: %lld ms: %s", path, timer.elapsed(), qPrintable(r.error));
            QVERIFY2(r.error.contains(why), qPrintable(r.error));
            QCOMPARE(r.downloaded, 0);
        }
        const long grown = peakRssMiB() - before;
        qInfo("peak memory grew by %ld MiB", grown);
        QVERIFY2(grown < kMemoryBoundMiB + 50, qPrintable(QString::number(grown)));
    }
};

QTEST_GUILESS_MAIN(TestHostileSync)
#include "tst_hostilesync.moc"
