// AsyncIndexer: the demo meeting's index brought up to date on a thread of
// its own while the store stays usable from another connection; progress,
// a second request while one runs, cancel.
#include "AsyncIndexer.h"
#include "DataPaths.h"
#include "DemoMeeting.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

namespace {
const QString kMid = QStringLiteral("fg-smart-1");
}

class TestAsyncIndexer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DataPaths m_paths = DataPaths::at(m_dir.path());

    // Every PDF of the demo looks new again.
    void touchAll(int secondsAhead) {
        QDir docs(m_paths.documentsDir(kMid));
        for (const QString &name : docs.entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
            QFile f(docs.filePath(name));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(secondsAhead),
                                  QFileDevice::FileModificationTime));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("PLENARY_SOFFICE", "none"); // the demo has no office files
        Store store(m_paths.databaseFile());
        QVERIFY(store.open());
        QString error;
        QVERIFY2(DemoMeeting::ensureCurrentMeeting(store, m_paths, &error), qPrintable(error));
    }

    void updatesInTheBackground() {
        AsyncIndexer indexer(m_paths);
        QSignalSpy started(&indexer, &AsyncIndexer::started);
        QSignalSpy progress(&indexer, &AsyncIndexer::progress);
        QSignalSpy finished(&indexer, &AsyncIndexer::finished);
        indexer.update(kMid);
        QVERIFY(indexer.isRunning());
        QCOMPARE(started.size(), 1);
        // Meanwhile the store answers on its own connection.
        Store store(m_paths.databaseFile());
        QVERIFY(store.open());
        QVERIFY(store.loadMeeting(kMid));
        QVERIFY(finished.wait(60000));
        QVERIFY(!indexer.isRunning());
        const auto r = finished.first().at(1).value<SearchIndexer::Result>();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.indexed, 36);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 36); // the last one says "all done"
        QCOMPARE(progress.last().at(1).toInt(), 36);
        QVERIFY(!store.search(kMid, QStringLiteral("demand response"))->isEmpty());
    }

    void askedAgainWhileRunning() {
        touchAll(30);
        AsyncIndexer indexer(m_paths);
        QSignalSpy finished(&indexer, &AsyncIndexer::finished);
        indexer.update(kMid);
        indexer.update(kMid); // e.g. a sync ended meanwhile: once more afterwards
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.at(0).at(1).value<SearchIndexer::Result>().indexed, 36);
        QCOMPARE(finished.at(1).at(1).value<SearchIndexer::Result>().unchanged, 36);
        QVERIFY(!finished.wait(300)); // and no more
    }

    void cancelKeepsWhatIsDone() {
        touchAll(60);
        AsyncIndexer indexer(m_paths);
        QSignalSpy finished(&indexer, &AsyncIndexer::finished);
        // Cancelled as soon as the first progress arrives.
        connect(&indexer, &AsyncIndexer::progress, &indexer, &AsyncIndexer::cancel);
        indexer.update(kMid);
        QVERIFY(finished.wait(60000));
        const auto r = finished.first().at(1).value<SearchIndexer::Result>();
        QVERIFY(r.cancelled);
        QVERIFY(r.indexed < 36);
        disconnect(&indexer, &AsyncIndexer::progress, &indexer, &AsyncIndexer::cancel);
        indexer.update(kMid);
        QVERIFY(finished.wait(60000));
        const auto rest = finished.last().at(1).value<SearchIndexer::Result>();
        QCOMPARE(rest.indexed + r.indexed, 36);
    }

    void destroyedWhileRunning() {
        touchAll(90);
        {
            AsyncIndexer indexer(m_paths);
            indexer.update(kMid);
        } // stops after the current file, closes its connection
        Store store(m_paths.databaseFile());
        QVERIFY(store.open());
        QVERIFY(!store.search(kMid, QStringLiteral("demand"))->isEmpty());
    }

    void aStoreThatCannotOpen() {
        QTemporaryDir bad;
        QFile junk(bad.filePath(QStringLiteral("plenary.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        AsyncIndexer indexer(DataPaths::at(bad.path()));
        QSignalSpy finished(&indexer, &AsyncIndexer::finished);
        indexer.update(kMid);
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().at(1).value<SearchIndexer::Result>();
        QVERIFY2(r.error.contains(QStringLiteral("not a Plenary database")), qPrintable(r.error));
        QCOMPARE(QFileInfo(junk.fileName()).size(), 4096); // left as it was
    }
};

QTEST_GUILESS_MAIN(TestAsyncIndexer)
#include "tst_asyncindexer.moc"
