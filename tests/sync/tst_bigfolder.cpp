// A 5,000-document meeting folder (6,000 files) synced completely and
// verified from each kind of server, then re-synced with one request per
// folder. The sizes are small (1-8 KB) to keep the run short; the benchmark
// (tests/bench/sync-bench.sh) does the realistic size mix.
// PLENARY_BIG_FOLDER=N changes the number of documents.
#include "DataPaths.h"
#include "Store.h"
#include "SyncEngine.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;
using namespace PlenaryTest;

Q_DECLARE_METATYPE(PlenaryTest::TestServer::Kind)

namespace {

SyncResult runSync(const DataPaths &paths, const QUrl &url) {
    Store store(paths.databaseFile());
    if (!store.open())
        qFatal("cannot open the store: %s", qPrintable(store.lastError()));
    QNetworkAccessManager nam;
    SyncEngine engine(store, nam, paths, {});
    QSignalSpy finished(&engine, &SyncEngine::finished);
    SyncProgress last;
    QObject::connect(&engine, &SyncEngine::progress, &engine,
                     [&last](const SyncProgress &p) { last = p; });
    engine.start(url);
    // Well below ctest's timeout, so that a hang says where it stood.
    if (finished.isEmpty() && !finished.wait(200000))
        qFatal("sync of %s did not finish: %d of %d files, %d failed, %lld of %lld bytes",
               qPrintable(url.toString()), last.filesDone, last.filesTotal, last.filesFailed,
               last.bytesDone, last.bytesTotal);
    return finished.at(0).at(0).value<SyncResult>();
}

} // namespace

class TestBigFolder : public QObject {
    Q_OBJECT

    QTemporaryDir m_www;
    QList<GeneratedFile> m_files;
    int m_documents = qEnvironmentVariableIntValue("PLENARY_BIG_FOLDER");

private Q_SLOTS:
    void initTestCase() {
        if (m_documents <= 0)
            m_documents = 5000;
        m_files = generateMeetingFolder(m_www.filePath(QStringLiteral("meeting")), m_documents,
                                        1024, 8192, 2026, false);
        QCOMPARE(m_files.size(), m_documents + m_documents / 5); // every fifth has a .docx
        makeWorldReadable(m_www.path());
    }

    void syncFromServer_data() {
        QTest::addColumn<TestServer::Kind>("kind");
        for (auto kind : {TestServer::Nginx, TestServer::ApacheFancy, TestServer::Lighttpd})
            QTest::newRow(qPrintable(TestServer::kindName(kind))) << kind;
    }

    void syncFromServer() {
        QFETCH(TestServer::Kind, kind);
        if (const QString missing = TestServer::missing(kind); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        TestServer server(kind);
        QString error;
        QVERIFY2(server.start(m_www.path(), &error), qPrintable(error));
        QTemporaryDir data;
        const DataPaths paths = DataPaths::at(data.path());
        const QUrl url = server.url(QStringLiteral("/meeting/"));

        SyncResult r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(r.error +
                                  (r.failures.isEmpty() ? QString() : r.failures.first().reason)));
        QCOMPARE(r.downloaded, int(m_files.size()));
        QCOMPARE(r.failures.size(), 0);

        // Every file, byte for byte (SHA-256 of what is on disk).
        const QString dir = paths.documentsDir(r.meetingId);
        int checked = 0;
        for (const GeneratedFile &f : std::as_const(m_files)) {
            QFile local(dir + QLatin1Char('/') + f.relativePath);
            QVERIFY2(local.open(QIODevice::ReadOnly), qPrintable(local.fileName()));
            QCryptographicHash h(QCryptographicHash::Sha256);
            QVERIFY(h.addData(&local));
            QVERIFY2(h.result().toHex() == f.sha256, qPrintable(f.relativePath));
            ++checked;
        }
        QCOMPARE(checked, int(m_files.size()));

        // The store knows every document.
        {
            Store store(paths.databaseFile());
            QVERIFY(store.open());
            const auto meeting = store.loadMeeting(r.meetingId);
            QVERIFY(meeting);
            QCOMPARE(int(meeting->documents.size()), m_documents);
        }

        // Nothing changed: one request per folder (the folder, in/, out/).
        // lighttpd builds one large listing at a time and answers 503 to a
        // second one meanwhile: those are retried, and not counted here.
        QVERIFY2(server.restart(&error), qPrintable(error));
        r = runSync(paths, url);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.downloaded, 0);
        QCOMPARE(r.unchanged, int(m_files.size()));
        server.stop(); // lighttpd writes its access log when it stops
        const QStringList log = server.requests();
        const auto busy = std::count_if(log.cbegin(), log.cend(), [](const QString &l) {
            return l.endsWith(QLatin1String(" 503"));
        });
        QCOMPARE(log.size() - int(busy), 3);
        QCOMPARE(r.requests, log.size());
    }
};

QTEST_GUILESS_MAIN(TestBigFolder)
#include "tst_bigfolder.moc"
