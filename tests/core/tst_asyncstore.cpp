#include "AsyncStore.h"
#include "MeetingJson.h"
#include "TestUtil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Plenary;

// AsyncStore signals come from its worker thread, and QSignalSpy records
// them there: wait() could miss one emitted before it starts waiting, so
// these tests poll the count instead.
class TestAsyncStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstStartLoadsTheDemoOffTheCallerThread() {
        QTemporaryDir dir;
        AsyncStore store(DataPaths::at(dir.path()));
        QSignalSpy loaded(&store, &AsyncStore::meetingLoaded);
        QSignalSpy failed(&store, &AsyncStore::failed);
        store.openCurrentMeeting();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        const auto m = loaded.at(0).at(0).value<MeetingData>();
        QCOMPARE(m.meeting.id, QStringLiteral("fg-smart-1"));
        QCOMPARE(m.agenda.size(), 15);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("plenary.sqlite"))));
    }

    void importGoodAndBadFiles() {
        QTemporaryDir dir;
        AsyncStore store(DataPaths::at(dir.path()));
        QSignalSpy loaded(&store, &AsyncStore::meetingLoaded);
        QSignalSpy finished(&store, &AsyncStore::importFinished);
        store.openCurrentMeeting();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);

        const QString bad = dir.filePath(QStringLiteral("broken.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(MeetingJson::serialize(PlenaryTest::sampleMeeting()).left(300));
        f.close();
        store.importFile(bad);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains(bad),
                 qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(loaded.count(), 1); // nothing reloaded

        const QString good = dir.filePath(QStringLiteral("good.json"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(MeetingJson::serialize(PlenaryTest::sampleMeeting()));
        g.close();
        store.importFile(good);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 30000);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QCOMPARE(loaded.at(1).at(0).value<MeetingData>().meeting.id, QStringLiteral("sg17-7"));
    }

    void unopenableDatabaseFails() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("plenary.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        AsyncStore store(DataPaths::at(dir.path()));
        QSignalSpy failed(&store, &AsyncStore::failed);
        store.openCurrentMeeting();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("plenary.sqlite")),
                 qPrintable(failed.at(0).at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestAsyncStore)
#include "tst_asyncstore.moc"
