#include "AsyncStore.h"
#include "MeetingJson.h"
#include "SessionScript.h"
#include "Store.h"
#include "TestUtil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

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

    void recordedSessionSurvivesSigkill() {
        // A child runs a scripted session through AsyncStore and prints
        // "recorded N" when AsyncStore reports step N recorded, as the GUI
        // shows it. Killed with SIGKILL at random points, restarted; every
        // reported step must be in the store, the database intact.
        QTemporaryDir dir;
        const DataPaths paths = DataPaths::at(dir.path());
        auto *rng = QRandomGenerator::global();
        QList<int> reported;
        QList<int> uncertain; // the step after each kill: maybe written, never reported
        int next = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess child;
            child.start(QStringLiteral(PLENARY_SESSION_WRITER),
                        {dir.path(), QString::number(next)});
            QVERIFY(child.waitForStarted());
            const int killAfter = 1 + int(rng->bounded(30));
            int lines = 0;
            QByteArray pending;
            while (lines < killAfter) {
                QVERIFY2(child.waitForReadyRead(30000),
                         qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
                pending += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(nl);
                    pending.remove(0, nl + 1);
                    QVERIFY(line.startsWith("recorded "));
                    reported << line.mid(9).toInt();
                    ++lines;
                }
            }
            child.kill();
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            uncertain << reported.last() + 1;
            next = reported.last() + 2; // never the uncertain step again

            Store store(paths.databaseFile());
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            const auto m = store.loadMeeting(QStringLiteral("fg-smart-1"));
            QVERIFY(m);
            QSet<QString> uids;
            for (const Outcome &o : m->outcomes)
                uids.insert(o.uid);
            // What a document's allocation or the current item may be: the
            // last reported write, or an uncertain one after it.
            QHash<QString, int> lastAllocation;
            int lastCurrent = -1;
            for (int n : std::as_const(reported)) {
                const PlenaryTest::ScriptStep s = PlenaryTest::sessionStep(n);
                if (s.kind == PlenaryTest::ScriptStep::Outcome)
                    QVERIFY2(uids.contains(s.value), qPrintable(s.value));
                else if (s.kind == PlenaryTest::ScriptStep::Allocate)
                    lastAllocation[s.document] = qMax(lastAllocation.value(s.document, -1), n);
                else
                    lastCurrent = qMax(lastCurrent, n);
            }
            for (auto it = lastAllocation.cbegin(); it != lastAllocation.cend(); ++it) {
                QStringList allowed{PlenaryTest::sessionStep(it.value()).value};
                for (int u : std::as_const(uncertain))
                    if (u > it.value() && PlenaryTest::sessionStep(u).document == it.key() &&
                        PlenaryTest::sessionStep(u).kind == PlenaryTest::ScriptStep::Allocate)
                        allowed << PlenaryTest::sessionStep(u).value;
                QVERIFY2(allowed.contains(m->allocations.value(it.key()).workingGroup),
                         qPrintable(it.key()));
            }
            if (lastCurrent >= 0) {
                QStringList allowed{PlenaryTest::sessionStep(lastCurrent).value};
                for (int u : std::as_const(uncertain))
                    if (u > lastCurrent &&
                        PlenaryTest::sessionStep(u).kind == PlenaryTest::ScriptStep::Current)
                        allowed << PlenaryTest::sessionStep(u).value;
                QVERIFY2(allowed.contains(m->currentItem), qPrintable(m->currentItem));
            }
        }
        QVERIFY(reported.size() >= 8);
    }
};

QTEST_GUILESS_MAIN(TestAsyncStore)
#include "tst_asyncstore.moc"
