// SyncEngine with ftp://, ftpes:// and ftps:// folders, against vsftpd from
// Debian's package on 127.0.0.1: the same results as from a web server.
#include "Credentials.h"
#include "DataPaths.h"
#include "FtpServer.h"
#include "ManifestBuilder.h"
#include "MeetingJson.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncRun.h"
#include "TestServer.h"
#include "Translations.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;
using namespace PlenaryTest;

namespace {

QString failuresText(const SyncResult &r) {
    QStringList out;
    for (const SyncFailure &f : r.failures)
        out << f.number + QLatin1Char(' ') + f.name + QStringLiteral(": ") + f.reason;
    return out.join(QLatin1Char('\n')) + r.error;
}

int countCommand(const QString &log, const QString &command) {
    return int(log.count(QStringLiteral("\"") + command));
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// The files of a folder, relative path -> SHA-256, hidden ones left out.
QMap<QString, QByteArray> tree(const QString &dir) {
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(dir).relativeFilePath(path);
        if (!rel.startsWith(QLatin1Char('.')))
            out.insert(rel, sha256Of(path));
    }
    return out;
}

} // namespace

class TestSyncEngineFtp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        installTranslators(qApp, QStringLiteral("en"));
        if (!FtpServer::missing().isEmpty())
            QSKIP(qPrintable(FtpServer::missing()));
    }

    void listingSyncAndNoChangeResync() {
        QTemporaryDir root, data;
        const QString folder = root.filePath(QStringLiteral("t/fg/smart/docs"));
        const QList<GeneratedFile> files =
            generateMeetingFolder(folder, 30, 1000, 300000, 11, false);
        FtpServer server;
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/t/fg/smart/docs/"));
        const DataPaths paths = DataPaths::at(data.path());

        // Everything arrives, byte for byte, from the listings of the
        // folder and its two sub-folders.
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
            QSet<QString> numbers;
            for (const GeneratedFile &f : files)
                numbers.insert(f.number);
            QCOMPARE(m->documents.size(), numbers.size());
        }
        QCOMPARE(countCommand(server.log(), QStringLiteral("RETR")), files.size() + 0);

        // Nothing changed: three listings, no file transferred again.
        const QString before = server.log();
        r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, 0);
        QCOMPARE(r.unchanged, files.size());
        QCOMPARE(r.requests, 3);
        const QString again = server.log().mid(before.size());
        QCOMPARE(countCommand(again, QStringLiteral("RETR")), 0);
        QCOMPARE(countCommand(again, QStringLiteral("LIST")), 3);

        // One file changed (another size), one removed: the change arrives,
        // the earlier version is kept aside, the removed one is withdrawn
        // and its local copy stays.
        const GeneratedFile changed = files.at(3), removed = files.at(4);
        QVERIFY(writeFile(folder + QLatin1Char('/') + changed.relativePath,
                          QByteArray(changed.size + 17, 'x')));
        QVERIFY(QFile::remove(folder + QLatin1Char('/') + removed.relativePath));
        r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.withdrawn, 1);
        QCOMPARE(QFileInfo(local + QLatin1Char('/') + changed.relativePath).size(),
                 changed.size + 17);
        QCOMPARE(sha256Of(local + QStringLiteral("/.previous/") + changed.relativePath),
                 changed.sha256);
        QVERIFY(QFileInfo::exists(local + QLatin1Char('/') + removed.relativePath));
    }

    void manifestSyncOverExplicitTls() {
        QTemporaryDir root, data;
        const QList<GeneratedFile> files =
            generateMeetingFolder(root.filePath(QStringLiteral("m")), 12, 500, 80000, 23, true);
        FtpServer server(FtpServer::Tls::Explicit);
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        QUrl url = server.url(QStringLiteral("/m/"));
        url.setScheme(QStringLiteral("ftpes")); // TLS required
        const DataPaths paths = DataPaths::at(data.path());

        // A certificate nobody trusts: the sync stops and says why.
        SyncResult r = runSync(paths, url);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("certificate")), qPrintable(r.error));
        QCOMPARE(r.downloaded, 0);
        QCOMPARE(countCommand(server.log(), QStringLiteral("RETR")), 0);

        // Once Qt trusts the CA (as for HTTPS), FTPS does too; meeting.json
        // drives the sync and every file's SHA-256 is checked.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificates(QSslCertificate::fromData(server.caPem()));
        QSslConfiguration::setDefaultConfiguration(trusting);
        r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, files.size());
        QVERIFY(!r.meetingId.contains(QStringLiteral("127"))); // the manifest's id
        const QString local = paths.documentsDir(r.meetingId);
        for (const GeneratedFile &f : files)
            QVERIFY2(sha256Of(local + QLatin1Char('/') + f.relativePath) == f.sha256,
                     qPrintable(f.relativePath));
        // Again: the manifest is read (one request), nothing else.
        r = runSync(paths, url);
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, 0);
        QCOMPARE(r.requests, 1);
    }

    void aGeneratedManifestDrivesTheSync() {
        // The secretariat's plain folder, with sub-folders: synced through
        // its listing, then through the manifest made of it; the same files
        // end up in the same places, and the manifest's checksums are used.
        QTemporaryDir root, byListing, byManifest;
        const QString folder = root.filePath(QStringLiteral("fg/docs"));
        const QList<GeneratedFile> files = generateMeetingFolder(folder, 25, 500, 90000, 31, false);
        FtpServer server;
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/fg/docs/"));
        const DataPaths listingPaths = DataPaths::at(byListing.path());
        SyncResult r = runSync(listingPaths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, files.size());
        const auto listed = tree(listingPaths.documentsDir(r.meetingId));

        const ManifestBuilder::Result built = ManifestBuilder::build(folder, std::nullopt);
        QVERIFY2(built.meeting, qPrintable(built.error));
        QVERIFY(writeFile(folder + QStringLiteral("/meeting.json"),
                          MeetingJson::serialize(*built.meeting)));
        const DataPaths manifestPaths = DataPaths::at(byManifest.path());
        r = runSync(manifestPaths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, files.size());
        QCOMPARE(r.meetingId, built.meeting->meeting.id);
        QCOMPARE(r.folders, 0); // no listing read
        QCOMPARE(tree(manifestPaths.documentsDir(r.meetingId)), listed);
        QCOMPARE(listed.size(), files.size());
        // Every file's checksum came from the manifest and was checked.
        Store store(manifestPaths.databaseFile());
        QVERIFY(store.open());
        for (const FileSyncRecord &rec : store.fileSyncRecords(r.meetingId))
            QVERIFY2(!rec.expectedSha256.isEmpty() && rec.localSha256 == rec.expectedSha256,
                     qPrintable(rec.localPath));
    }

    void anInterruptedDownloadResumes() {
        QTemporaryDir root, data;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("big"))));
        QByteArray content;
        for (int i = 0; i < 1500000; ++i)
            content.append(char('a' + (i * 7) % 26));
        QVERIFY(writeFile(root.filePath(QStringLiteral("big/FG-Smart-I-0090.pdf")), content));
        FtpServer server;
        server.setMaxRate(400000); // 400 kB/s: about four seconds for the file
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/big/"));
        const DataPaths paths = DataPaths::at(data.path());

        // Stopped after a fifth of the file: the bytes stay in a partial
        // file, the final name is not taken.
        SyncResult r = runSync(paths, url, {}, [](SyncEngine &engine, const SyncProgress &p) {
            if (p.bytesDone > 300000)
                engine.cancel();
        });
        QVERIFY(r.cancelled);
        const QString local = paths.documentsDir(r.meetingId);
        QVERIFY(!QFileInfo::exists(local + QStringLiteral("/FG-Smart-I-0090.pdf")));
        const QFileInfoList partials =
            QDir(local + QStringLiteral("/.partial")).entryInfoList(QDir::Files);
        QCOMPARE(partials.size(), 1);
        const qint64 kept = partials.first().size();
        QVERIFY2(kept > 0, qPrintable(QString::number(kept)));

        // The next sync asks only for the rest (REST) and the file is whole.
        r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, 1);
        QVERIFY2(server.log().contains(QStringLiteral("REST %1").arg(kept)),
                 qPrintable(server.log().right(2000)));
        QCOMPARE(sha256Of(local + QStringLiteral("/FG-Smart-I-0090.pdf")),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    }

    void anEngineDestroyedMidSyncStopsCleanly() {
        // Plenary quits during an FTP sync: the engine goes with its
        // transfers under way; nothing is reported, nothing crashes, and
        // the next sync completes.
        QTemporaryDir root, data;
        const QList<GeneratedFile> files = generateMeetingFolder(
            root.filePath(QStringLiteral("q")), 8, 200000, 300000, 41, false, false);
        FtpServer server;
        server.setMaxRate(300000);
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/q/"));
        const DataPaths paths = DataPaths::at(data.path());
        {
            Store store(paths.databaseFile());
            QVERIFY(store.open());
            QNetworkAccessManager nam;
            auto engine = std::make_unique<SyncEngine>(store, nam, paths);
            QSignalSpy finished(engine.get(), &SyncEngine::finished);
            qint64 seen = 0;
            connect(engine.get(), &SyncEngine::progress, this,
                    [&seen](const SyncProgress &p) { seen = p.bytesDone; });
            engine->start(url);
            QTRY_VERIFY_WITH_TIMEOUT(seen > 200000, 20000);
            engine.reset();
            QCOMPARE(finished.size(), 0);
        }
        const SyncResult r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        const QString local = paths.documentsDir(r.meetingId);
        for (const GeneratedFile &f : files)
            QVERIFY2(sha256Of(local + QLatin1Char('/') + f.relativePath) == f.sha256,
                     qPrintable(f.relativePath));
    }

    void hostileNamesAreRefusedAndTheRestArrives() {
        QTemporaryDir root, data;
        const QString folder = root.filePath(QStringLiteral("h"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/FG-Smart-I-0001.pdf"), "good one"));
        // "FG-Smart-I-0002" + RLO + "fdp.exe" shows as "...exe.pdf".
        const QString rlo =
            QStringLiteral("FG-Smart-I-0002") + QChar(0x202e) + QStringLiteral("fdp.exe");
        QVERIFY(writeFile(folder + QLatin1Char('/') + rlo, "MZ"));
        QVERIFY(writeFile(folder + QStringLiteral("/FG-Smart-I-0003\\..\\evil.pdf"), "x"));
        QVERIFY(writeFile(folder + QStringLiteral("/FG-Smart-I-0004\x01.pdf"), "x"));
        FtpServer server;
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        const DataPaths paths = DataPaths::at(data.path());
        const SyncResult r = runSync(paths, server.url(QStringLiteral("/h/")));
        QVERIFY2(r.ok, qPrintable(failuresText(r)));
        QCOMPARE(r.downloaded, 1);
        QCOMPARE(r.refused.size(), 3);
        QVERIFY2(r.refused.join(QLatin1Char('\n')).contains(QStringLiteral("bidirectional")),
                 qPrintable(r.refused.join(QLatin1Char('\n'))));
        QCOMPARE(tree(paths.documentsDir(r.meetingId)).keys(),
                 QStringList{QStringLiteral("FG-Smart-I-0001.pdf")});
    }

    void aRefusedLoginAsksForCredentials() {
        QTemporaryDir root, data;
        generateMeetingFolder(root.filePath(QStringLiteral("p")), 2, 100, 200, 5, false, false);
        FtpServer server; // anonymous only: any named user is refused
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/p/"));
        MemoryCredentialStore credentials;
        QVERIFY(credentials.save(CredentialStore::serverKey(url),
                                 {QStringLiteral("delegate"), QStringLiteral("wrong")}, false));
        const SyncResult r = runSync(DataPaths::at(data.path()), url, {}, {}, &credentials);
        QVERIFY(!r.ok);
        QVERIFY(r.authenticationRequired);
        QVERIFY2(r.error.contains(QStringLiteral("refused the user name or password")),
                 qPrintable(r.error));
        QVERIFY(server.log().contains(QStringLiteral("USER delegate")));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineFtp)
#include "tst_syncengineftp.moc"
