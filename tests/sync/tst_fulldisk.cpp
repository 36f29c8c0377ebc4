// A full disk: the data folder on a small tmpfs. Sync and recording stop
// with a clear error, nothing already stored is lost or corrupted, no
// partial file is taken for a complete one, and both go on once there is
// room. Needs root (mount); skipped otherwise.
#include "CliRun.h"
#include "DataPaths.h"
#include "Store.h"
#include "TestServer.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Plenary;
using namespace PlenaryTest;

namespace {

bool run(const QString &program, const QStringList &args, QString *output) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok =
        p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

// Writes zeros into @p path until the disk refuses; returns the bytes written.
qint64 fill(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return -1;
    const QByteArray block(4096, '\0');
    qint64 total = 0;
    while (f.write(block) == block.size())
        total += block.size();
    return total;
}

} // namespace

class TestFullDisk : public QObject {
    Q_OBJECT

    QTemporaryDir m_mount;
    bool m_mounted = false;

    QString path(const QString &relative) const { return m_mount.filePath(relative); }

    bool remount(const QString &size) {
        QString out;
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,size=") + size, m_mount.path()},
                   &out);
    }

private Q_SLOTS:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        if (const QString missing = TestServer::missing(TestServer::Nginx); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QString out;
        if (!run(QStringLiteral("mount"),
                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=4m"), QStringLiteral("tmpfs"), m_mount.path()},
                 &out))
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + out));
        m_mounted = true;
    }

    void cleanupTestCase() {
        QString out;
        if (m_mounted && !run(QStringLiteral("umount"), {m_mount.path()}, &out))
            qWarning("umount %s: %s", qPrintable(m_mount.path()), qPrintable(out));
    }

    void fullDiskLosesNothing() {
        // The chairman's store, with an outcome recorded, on the small disk.
        const QString chair = path(QStringLiteral("chair"));
        QVERIFY(runCli(chair, {QStringLiteral("info")}).code == 0);
        const auto outcome = [&](const QString &doc) {
            return runCli(chair,
                          {QStringLiteral("outcome"), QStringLiteral("8"), QStringLiteral("--doc"),
                           doc, QStringLiteral("--status"), QStringLiteral("noted")});
        };
        QVERIFY(outcome(QStringLiteral("FG-Smart-I-0010")).code == 0);

        // A meeting folder twice the size of what is left.
        QTemporaryDir www;
        const QList<GeneratedFile> files = generateMeetingFolder(
            www.filePath(QStringLiteral("m")), 24, 200000, 400000, 17, false, false);
        QHash<QString, QByteArray> expected;
        for (const GeneratedFile &f : files)
            expected.insert(f.relativePath, f.sha256);
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QString url = server.url(QStringLiteral("/m/")).toString();

        const QString reader = path(QStringLiteral("reader"));
        CliRun r = runCli(reader, {QStringLiteral("sync"), url});
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2((r.out + r.err).contains(QStringLiteral("No space left on device")),
                 qPrintable(r.out + r.err));
        // Complete means whole. A file under its final name that the store
        // does not know (the disk refused the record) is whole too: it was
        // verified before it got that name.
        const DataPaths paths = DataPaths::at(reader);
        int complete = 0;
        {
            Store store(paths.databaseFile());
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            const QString meeting = store.currentMeetingId();
            QSet<QString> done;
            for (const FileSyncRecord &rec : store.fileSyncRecords(meeting)) {
                if (rec.state != FileState::Local && rec.state != FileState::Updated)
                    continue;
                QCOMPARE(sha256Of(paths.documentsDir(meeting) + QLatin1Char('/') + rec.localPath),
                         expected.value(rec.localPath));
                done.insert(rec.localPath);
            }
            complete = int(done.size());
            QDirIterator it(paths.documentsDir(meeting), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = QDir(paths.documentsDir(meeting)).relativeFilePath(it.next());
                if (!file.startsWith(QLatin1String(".partial/")) && !done.contains(file))
                    QCOMPARE(sha256Of(paths.documentsDir(meeting) + QLatin1Char('/') + file),
                             expected.value(file));
            }
        }
        qInfo("full disk: %d of %lld files complete", complete, qint64(expected.size()));
        QVERIFY(complete < expected.size());

        // Not a byte left: recording is refused with a clear error, or
        // (SQLite had room in its own pages) done; nothing earlier is lost.
        QVERIFY(fill(path(QStringLiteral("filler"))) >= 0);
        r = outcome(QStringLiteral("FG-Smart-I-0011"));
        const bool recordedWhenFull = r.code == 0;
        if (!recordedWhenFull)
            QVERIFY2(r.err.contains(QStringLiteral("full")) ||
                         r.err.contains(QStringLiteral("No space")),
                     qPrintable(r.err));
        qInfo("recording on a full disk: %s", recordedWhenFull ? "done" : qPrintable(r.err));
        // Reading may need room too (SQLite's -shm file): it works, or says
        // the disk is full, never that the database is not one.
        CliRun session = runCli(chair, {QStringLiteral("session")});
        if (session.code == 0) {
            QVERIFY(session.out.contains(QStringLiteral("8 FG-Smart-I-0010 noted")));
            QCOMPARE(session.out.contains(QStringLiteral("8 FG-Smart-I-0011 noted")),
                     recordedWhenFull);
        } else {
            QVERIFY2(session.err.contains(QStringLiteral("the disk is full")),
                     qPrintable(session.err));
        }

        // Room again: both go on, to the end.
        QVERIFY(QFile::remove(path(QStringLiteral("filler"))));
        QVERIFY(remount(QStringLiteral("64m")));
        QVERIFY(outcome(QStringLiteral("FG-Smart-I-0012")).code == 0);
        session = runCli(chair, {QStringLiteral("session")});
        QVERIFY(session.out.contains(QStringLiteral("8 FG-Smart-I-0010 noted")));
        QCOMPARE(session.out.contains(QStringLiteral("8 FG-Smart-I-0011 noted")), recordedWhenFull);
        QVERIFY(session.out.contains(QStringLiteral("8 FG-Smart-I-0012 noted")));
        r = runCli(reader, {QStringLiteral("sync"), url});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        Store store(paths.databaseFile());
        QVERIFY(store.open());
        const QString meeting = store.currentMeetingId();
        const QList<FileSyncRecord> records = store.fileSyncRecords(meeting);
        QCOMPARE(records.size(), expected.size());
        for (const FileSyncRecord &rec : records)
            QCOMPARE(sha256Of(paths.documentsDir(meeting) + QLatin1Char('/') + rec.localPath),
                     expected.value(rec.localPath));
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
