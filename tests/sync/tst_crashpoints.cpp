// plenary-cli and the window killed with SIGKILL at random points while
// they sync, index, record outcomes and publish (a laptop that dies
// mid-session; the window recording is driven by plenary-window-driver). After
// each kill: the store opens, nothing it said was recorded is missing, no
// partial file is taken for a complete one, what is on the server is whole,
// and the next run completes. The points are random but seeded (the seed is
// printed, PLENARY_CRASH_SEED repeats a run); their number is bounded.
#include "CliRun.h"
#include "DataPaths.h"
#include "SessionJson.h"
#include "Store.h"
#include "TestServer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Plenary;
using namespace PlenaryTest;

namespace {

// Starts plenary-cli and kills it after @p ms, unless it ended before.
// Returns true if it finished by itself (with its exit code in *code).
// The window (PLENARY_GUI) runs offscreen, and never finishes by itself.
bool runAndKill(const QString &dataDir, QStringList args, int ms, int *code,
                const QString &program = QStringLiteral(PLENARY_CLI)) {
    args << QStringLiteral("--data-dir") << dataDir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLENARY_NO_KEYCHAIN"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY"));
    if (program == QLatin1String(PLENARY_GUI))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        qFatal("%s did not start", qPrintable(program));
    if (p.waitForFinished(ms)) {
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return true;
    }
    p.kill(); // SIGKILL
    p.waitForFinished(10000);
    return false;
}

// Starts plenary-cli and kills it as soon as @p when() holds (polled every
// millisecond); true if it finished by itself first.
bool runAndKillWhen(const QString &dataDir, QStringList args, const std::function<bool()> &when) {
    args << QStringLiteral("--data-dir") << dataDir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLENARY_NO_KEYCHAIN"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLENARY_CLI), args);
    if (!p.waitForStarted(10000))
        qFatal("plenary-cli did not start");
    QElapsedTimer t;
    t.start();
    while (!p.waitForFinished(1)) {
        if (when() || t.elapsed() > 60000) {
            p.kill();
            p.waitForFinished(10000);
            return false;
        }
    }
    return true;
}

// A run of plenary-window-driver: the window, recording and publishing.
struct WindowRun {
    bool finished = false; // by itself, not killed
    int code = -1;
    QStringList shown; // the outcomes the window showed as recorded
    QString err;
};

// Starts the window driver and kills it once @p when() holds (polled every
// millisecond), unless it finished before; a null @p when lets it finish.
WindowRun runWindow(const QString &dataDir, QStringList args, const std::function<bool()> &when) {
    args << QStringLiteral("--data-dir") << dataDir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLENARY_WINDOW_DRIVER), args);
    if (!p.waitForStarted(10000))
        qFatal("plenary-window-driver did not start");
    WindowRun run;
    run.finished = true;
    QElapsedTimer t;
    t.start();
    while (!p.waitForFinished(1)) {
        if ((when && when()) || t.elapsed() > 120000) {
            p.kill(); // SIGKILL
            p.waitForFinished(10000);
            run.finished = false;
            break;
        }
    }
    if (run.finished)
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    for (const QString &line :
         QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("shown ")))
            run.shown << line.mid(6);
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

// How long an unkilled run takes on this machine (a sanitizer build is
// several times slower): the kills are spread over that.
int timedRun(const QString &dataDir, const QStringList &args) {
    QElapsedTimer t;
    t.start();
    const CliRun r = runCli(dataDir, args);
    if (r.code != 0)
        qFatal("plenary-cli %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
               qPrintable(r.err));
    return int(qMax<qint64>(10, t.elapsed()));
}

quint32 seed() {
    bool ok = false;
    const quint32 s = qEnvironmentVariable("PLENARY_CRASH_SEED").toUInt(&ok);
    return ok ? s : QRandomGenerator::global()->generate();
}

} // namespace

class TestCrashPoints : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_seed = seed();
        m_random.seed(m_seed);
        qInfo("PLENARY_CRASH_SEED=%u", m_seed);
    }

    // Sync by plenary-cli, and by the window started on the folder
    // (plenary URL, as Open Meeting from URL), killed at 8 random points,
    // then run to its end.
    void sync_data() {
        QTest::addColumn<bool>("window");
        QTest::newRow("plenary-cli sync URL") << false;
        QTest::newRow("plenary URL (the window)") << true;
    }

    void sync() {
        QFETCH(bool, window);
        if (const QString missing = TestServer::missing(TestServer::Nginx); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www;
        const QList<GeneratedFile> files = generateMeetingFolder(www.filePath(QStringLiteral("m")),
                                                                 60, 50000, 600000, m_seed, false);
        QHash<QString, QByteArray> expected;
        for (const GeneratedFile &f : files) {
            // Random bytes named .docx would keep LibreOffice busy up to its
            // time limit each when indexed: PDFs only (tst_officeconverter
            // covers conversions, and their CPU limit).
            if (f.relativePath.endsWith(QLatin1String(".docx")))
                QVERIFY(QFile::remove(www.filePath(QStringLiteral("m/") + f.relativePath)));
            else
                expected.insert(f.relativePath, f.sha256);
        }
        TestServer server(TestServer::Nginx);
        QString error;
        // Slow enough that kills land mid-transfer: 200 kB/s a connection,
        // about 15 s for the whole folder.
        QVERIFY2(server.start(www.path(), &error, QStringLiteral("limit_rate 200k;")),
                 qPrintable(error));
        const QString url = server.url(QStringLiteral("/m/")).toString();

        QTemporaryDir data;
        const DataPaths paths = DataPaths::at(data.path());
        QSet<QString> complete; // what the store has said is complete so far
        QString meetingId;
        int killed = 0;
        int later = 0; // added while no file is complete yet: a slow start (ASan)
        for (int i = 0; i < 8; ++i) {
            int code = 0;
            // The window takes longer to start (fonts, the demo meeting).
            const int ms = (window ? 800 : 300) + later + int(m_random.bounded(2000));
            const bool finished =
                window ? runAndKill(data.path(), {url}, ms, &code, QStringLiteral(PLENARY_GUI))
                       : runAndKill(data.path(), {QStringLiteral("sync"), url}, ms, &code);
            if (!finished) {
                ++killed;
            } else {
                QCOMPARE(code, 0);
            }
            Store store(paths.databaseFile());
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            const QString current = store.currentMeetingId();
            const QList<FileSyncRecord> records = store.fileSyncRecords(current);
            if (!records.isEmpty())
                meetingId = current;
            QSet<QString> now;
            for (const FileSyncRecord &r : records) {
                if (r.state != FileState::Local && r.state != FileState::Updated)
                    continue;
                // Complete means whole: the very bytes of the server's file.
                const QString path = paths.documentsDir(current) + QLatin1Char('/') + r.localPath;
                QVERIFY2(expected.contains(r.localPath), qPrintable(r.localPath));
                QCOMPARE(sha256Of(path), expected.value(r.localPath));
                now.insert(r.localPath);
            }
            // Nothing said complete is lost by a later kill.
            QVERIFY2(now.contains(complete), qPrintable(QStringLiteral("kill %1").arg(i)));
            complete = now;
            if (complete.isEmpty())
                later += 1000;
        }
        qInfo("%s sync: killed %d of 8 runs; %lld of %lld files complete before the last run",
              window ? "window" : "cli", killed, qint64(complete.size()), qint64(expected.size()));
        QVERIFY(killed > 0);
        QVERIFY2(!complete.isEmpty(), "no kill came after the sync had begun");

        // The next sync completes: every file, byte for byte.
        CliRun r = runCli(data.path(), {QStringLiteral("sync"), url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            Store store(paths.databaseFile());
            QVERIFY(store.open());
            meetingId = store.currentMeetingId();
            const QList<FileSyncRecord> records = store.fileSyncRecords(meetingId);
            QCOMPARE(records.size(), expected.size());
            for (const FileSyncRecord &rec : records) {
                QVERIFY(rec.state == FileState::Local || rec.state == FileState::Updated);
                QCOMPARE(sha256Of(paths.documentsDir(meetingId) + QLatin1Char('/') + rec.localPath),
                         expected.value(rec.localPath));
            }
        }
    }

    // Indexing the demo meeting, killed at random points, each time in a
    // fresh data folder; the store and the index stay usable, and the next
    // run completes.
    void index() {
        int indexMs = 0;
        {
            QTemporaryDir data;
            QVERIFY(runCli(data.path(), {QStringLiteral("info")}).code == 0);
            indexMs = timedRun(data.path(), {QStringLiteral("index")});
        }
        qInfo("index: an unkilled run takes %d ms", indexMs);
        int killed = 0;
        for (int i = 0; i < 6; ++i) {
            QTemporaryDir data;
            QVERIFY(runCli(data.path(), {QStringLiteral("info")}).code == 0); // the demo
            int code = 0;
            if (!runAndKill(data.path(), {QStringLiteral("index")},
                            int(m_random.bounded(quint32(indexMs))), &code))
                ++killed;
            else
                QCOMPARE(code, 0);
            {
                Store store(DataPaths::at(data.path()).databaseFile());
                QVERIFY2(store.open(), qPrintable(store.lastError()));
            }
            CliRun r = runCli(data.path(), {QStringLiteral("search"), QStringLiteral("grid")});
            QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err)); // 1: no hit yet
            r = runCli(data.path(), {QStringLiteral("index")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = runCli(data.path(), {QStringLiteral("search"), QStringLiteral("grid")});
            QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("FG-Smart-I-")),
                     qPrintable(r.out + r.err));
        }
        qInfo("index: killed %d of 6 runs", killed);
        QVERIFY(killed > 0);
    }

    // Outcomes recorded and the session published to Apache mod_dav, each
    // killed at random points. Every publish after the first has something
    // new to send, so that kills also land between its LOCK and UNLOCK.
    void recordAndPublish() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, data;
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QString url = server.url(QStringLiteral("/")).toString();
        QVERIFY(runCli(data.path(), {QStringLiteral("info")}).code == 0); // the demo meeting

        QStringList recorded; // what plenary-cli said it recorded: documents, texts
        const auto outcome = [](const QString &doc, const QString &text = QString()) {
            QStringList args{QStringLiteral("outcome"),  QStringLiteral("8"),
                             QStringLiteral("--doc"),    doc,
                             QStringLiteral("--status"), QStringLiteral("noted")};
            if (!text.isEmpty())
                args << QStringLiteral("--text") << text;
            return args;
        };
        const int outcomeMs = timedRun(data.path(), outcome(QStringLiteral("FG-Smart-I-0009")));
        recorded << QStringLiteral("FG-Smart-I-0009");
        qInfo("outcome: an unkilled run takes %d ms", outcomeMs);
        int killed = 0;
        int runs = 0;
        for (int i = 0; i < 20 && killed < 4; ++i, ++runs) { // at most 20 runs, 4 kills
            const QString doc =
                QStringLiteral("FG-Smart-I-%1").arg(10 + i, 4, 10, QLatin1Char('0'));
            int code = 0;
            if (runAndKill(data.path(), outcome(doc), int(m_random.bounded(quint32(outcomeMs))),
                           &code)) {
                QCOMPARE(code, 0);
                recorded << doc;
            } else {
                ++killed;
            }
            const CliRun session = runCli(data.path(), {QStringLiteral("session")});
            QVERIFY2(session.code == 0, qPrintable(session.err));
            for (const QString &d : std::as_const(recorded))
                QVERIFY2(session.out.contains(QStringLiteral("8 ") + d + QStringLiteral(" noted")),
                         qPrintable(d + QLatin1Char('\n') + session.out));
        }
        qInfo("outcomes: killed %d of %d, %lld recorded", killed, runs, qint64(recorded.size()));
        QVERIFY(killed > 0);

        // Publishing within a second of the last write waits for Apache's
        // ETag to become strong (GET, a pause, GET, LOCK, PUT, UNLOCK); a
        // second later it goes straight to the lock, which a kill then hits
        // far more often. Both are timed unkilled, and the kills alternate.
        QVERIFY(timedRun(data.path(), {QStringLiteral("publish"), url}) > 0); // the first
        QVERIFY(runCli(data.path(), outcome(QStringLiteral("FG-Smart-I-0030"))).code == 0);
        recorded << QStringLiteral("FG-Smart-I-0030");
        const int weakMs = timedRun(data.path(), {QStringLiteral("publish"), url});
        QVERIFY(runCli(data.path(), outcome(QStringLiteral("FG-Smart-I-0029"))).code == 0);
        recorded << QStringLiteral("FG-Smart-I-0029");
        QTest::qWait(1100);
        const int strongMs = timedRun(data.path(), {QStringLiteral("publish"), url});
        qInfo("publish: an unkilled run takes %d ms, %d ms a second after a write", weakMs,
              strongMs);

        killed = 0;
        int killedHoldingLock = 0;
        const QString onServer = www.filePath(QStringLiteral("session.json"));
        runs = 0;
        for (int i = 0; i < 20 && (killed < 3 || (killedHoldingLock == 0 && i < 12)); ++i, ++runs) {
            const QString text = QStringLiteral("before publish run %1").arg(i);
            QVERIFY(runCli(data.path(), outcome(QStringLiteral("FG-Smart-I-0031"), text)).code ==
                    0);
            recorded << text;
            const bool strong = i % 2 == 1;
            if (strong)
                QTest::qWait(1100);
            int code = 0;
            if (runAndKill(data.path(), {QStringLiteral("publish"), url},
                           int(m_random.bounded(quint32(strong ? strongMs : weakMs))), &code))
                QCOMPARE(code, 0);
            else
                ++killed;
            {
                Store store(DataPaths::at(data.path()).databaseFile());
                QVERIFY2(store.open(), qPrintable(store.lastError()));
                const auto link = store.sessionLink(store.currentMeetingId());
                if (link && !link->lockOwner.isEmpty())
                    ++killedHoldingLock; // released by the next run
            }
            // On the server: nothing, or a whole session.json.
            if (QFile::exists(onServer)) {
                QFile f(onServer);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const SessionJson::Result parsed =
                    SessionJson::parse(f.readAll(), QStringLiteral("session.json"));
                QVERIFY2(parsed.session.has_value(), qPrintable(parsed.error));
            }
        }
        qInfo("publish: killed %d of %d at random, %d of them holding the lock", killed, runs,
              killedHoldingLock);

        // And killed right after its LOCK, until a kill left the lock held
        // (at most 6 times): the next run releases it first, and never meets
        // it (423).
        int heldAfterLock = 0;
        int afterLock = 0;
        for (int i = 0; i < 6 && heldAfterLock == 0; ++i, ++afterLock) {
            const QString text = QStringLiteral("before a kill after LOCK %1").arg(i);
            QVERIFY(runCli(data.path(), outcome(QStringLiteral("FG-Smart-I-0031"), text)).code ==
                    0);
            recorded << text;
            QTest::qWait(1100); // a strong ETag: straight to the lock
            server.clearLog();
            const bool finished =
                runAndKillWhen(data.path(), {QStringLiteral("publish"), url}, [&] {
                    return server.requests().contains(
                        QStringLiteral("LOCK /session.json HTTP/1.1 200"));
                });
            Store store(DataPaths::at(data.path()).databaseFile());
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            const auto link = store.sessionLink(store.currentMeetingId());
            if (finished || !link || link->lockOwner.isEmpty())
                continue; // killed after its UNLOCK
            ++heldAfterLock;
            server.clearLog();
            const CliRun next = runCli(data.path(), {QStringLiteral("publish"), url});
            QVERIFY2(next.code == 0, qPrintable(next.err));
            // Released first: by its token, or by the token the server says
            // its owner holds (killed before the LOCK's answer was read).
            const QStringList log = server.requests();
            // (An UNLOCK that reached the server just before the kill leaves
            // a token it no longer knows: any answer then.)
            const QString released = link->lockToken.isEmpty()
                                         ? QStringLiteral("PROPFIND /session.json HTTP/1.1 207")
                                         : QStringLiteral("UNLOCK /session.json HTTP/1.1 ");
            QVERIFY2(log.value(0).startsWith(released), qPrintable(log.join(QLatin1Char('\n'))));
            QVERIFY2(!log.join(QLatin1Char('\n')).contains(QStringLiteral(" 423")),
                     qPrintable(log.join(QLatin1Char('\n'))));
        }
        qInfo("publish: killed %d times after LOCK, %d of them before UNLOCK", afterLock,
              heldAfterLock);
        QVERIFY(heldAfterLock > 0);
        QVERIFY(killed > 0);
        // The next publish completes, with everything recorded.
        const CliRun r = runCli(data.path(), {QStringLiteral("publish"), url});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile f(onServer);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        for (const QString &d : std::as_const(recorded))
            QVERIFY2(json.contains(d.toUtf8()), qPrintable(d));
        // No lock is left held on the server.
        Store store(DataPaths::at(data.path()).databaseFile());
        QVERIFY(store.open());
        const auto link = store.sessionLink(store.currentMeetingId());
        QVERIFY(link.has_value());
        QVERIFY2(link->lockOwner.isEmpty() && link->lockToken.isEmpty(),
                 link->lockToken.constData());
    }

    // The window recording outcomes through its session panel and publishing
    // them to Apache mod_dav, killed at random points and right after a
    // LOCK; after each kill what it showed as recorded is stored, what is on
    // the server is whole, and the next start publishes everything.
    void windowRecordAndPublish() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, data;
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QString url = server.url(QStringLiteral("/")).toString();
        QVERIFY(runCli(data.path(), {QStringLiteral("info")}).code == 0); // the demo meeting
        QVERIFY(runCli(data.path(), {QStringLiteral("current"), QStringLiteral("8")}).code == 0);
        const QString onServer = www.filePath(QStringLiteral("session.json"));

        // Publishing started from the Meeting menu, unkilled, to its end.
        QElapsedTimer t;
        t.start();
        WindowRun first =
            runWindow(data.path(),
                      {QStringLiteral("--run"), QStringLiteral("0"), QStringLiteral("--publish-to"),
                       url, QStringLiteral("--finish")},
                      {});
        const int firstMs = int(t.elapsed());
        QVERIFY2(first.finished && first.code == 0, qPrintable(first.err));
        QCOMPARE(first.shown.size(), 1);
        QStringList shown = first.shown;
        qInfo("window: recorded and published in %d ms from its start", firstMs);

        // Killed at random points, and (every other run) right after the
        // server logged its n-th LOCK, n random, until one of those left the
        // lock held (at most 6 of them).
        int killed = 0, random = 0, afterLock = 0, holdingLock = 0, randomHoldingLock = 0;
        QStringList requests; // what the server was asked, over all runs
        for (int i = 1; i <= 16 && (random < 4 || (holdingLock == 0 && afterLock < 6)); ++i) {
            const bool atLock = i % 2 == 0;
            const QStringList args{QStringLiteral("--run"), QString::number(i),
                                   QStringLiteral("--seed"), QString::number(m_seed + i)};
            WindowRun r;
            if (atLock) {
                if (holdingLock > 0 || afterLock >= 6)
                    continue;
                ++afterLock;
                requests += server.requests();
                server.clearLog();
                const int nth = 1 + int(m_random.bounded(3));
                r = runWindow(data.path(), args, [&] {
                    return server.requests()
                               .filter(QStringLiteral("LOCK /session.json HTTP/1.1 200"))
                               .size() >= nth;
                });
            } else {
                ++random;
                const int ms = int(m_random.bounded(quint32(firstMs + 3000)));
                QElapsedTimer since;
                since.start();
                r = runWindow(data.path(), args, [&] { return since.elapsed() >= ms; });
            }
            // It records until killed; ending by itself is a failure (a
            // message box, an error from the store).
            QVERIFY2(!r.finished,
                     qPrintable(
                         QStringLiteral("run %1 ended with %2: %3").arg(i).arg(r.code).arg(r.err)));
            ++killed;
            shown += r.shown;
            {
                Store store(DataPaths::at(data.path()).databaseFile());
                QVERIFY2(store.open(), qPrintable(store.lastError()));
                const auto link = store.sessionLink(store.currentMeetingId());
                QVERIFY(link.has_value()); // still publishing after the restart
                if (!link->lockOwner.isEmpty())
                    ++(atLock ? holdingLock : randomHoldingLock);
            }
            // Nothing the window showed as recorded is missing.
            const CliRun session = runCli(data.path(), {QStringLiteral("session")});
            QVERIFY2(session.code == 0, qPrintable(session.err));
            for (const QString &text : std::as_const(shown))
                QVERIFY2(session.out.contains(QLatin1Char('"') + text + QLatin1Char('"')),
                         qPrintable(text + QLatin1Char('\n') + session.out));
            // On the server: a whole session.json.
            QFile f(onServer);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const SessionJson::Result parsed =
                SessionJson::parse(f.readAll(), QStringLiteral("session.json"));
            QVERIFY2(parsed.session.has_value(), qPrintable(parsed.error));
        }
        qInfo("window: killed %d times: %d at random (%d holding the lock), %d after a LOCK (%d "
              "holding it); %lld outcomes shown",
              killed, random, randomHoldingLock, afterLock, holdingLock, qint64(shown.size()));
        QVERIFY(holdingLock > 0);

        // The next start publishes everything and releases the lock.
        const WindowRun last = runWindow(
            data.path(),
            {QStringLiteral("--run"), QStringLiteral("99"), QStringLiteral("--finish")}, {});
        QVERIFY2(last.finished && last.code == 0, qPrintable(last.err));
        shown += last.shown;
        QFile f(onServer);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        for (const QString &text : std::as_const(shown))
            QVERIFY2(json.contains(text.toUtf8()), qPrintable(text));
        // A lock left by a kill was released by the next start before it
        // could meet it: no publish was ever refused or kept waiting.
        requests += server.requests();
        QVERIFY(requests.filter(QStringLiteral("LOCK /session.json HTTP/1.1 200")).size() > 0);
        QVERIFY2(requests.filter(QStringLiteral(" 423")).isEmpty(),
                 qPrintable(requests.join(QLatin1Char('\n'))));
        // The window also indexes the meeting from its start, so the kills
        // landed in that too: the index is usable, and completes.
        CliRun r = runCli(data.path(), {QStringLiteral("search"), QStringLiteral("grid")});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err)); // 1: no hit yet
        r = runCli(data.path(), {QStringLiteral("index")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli(data.path(), {QStringLiteral("search"), QStringLiteral("grid")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("FG-Smart-I-")),
                 qPrintable(r.out + r.err));
    }

private:
    quint32 m_seed = 0;
    QRandomGenerator m_random;
};

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "tst_crashpoints.moc"
