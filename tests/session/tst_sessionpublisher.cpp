// Publishing and following session.json against a real Apache mod_dav on
// 127.0.0.1 (and nginx's dav module, which ignores If-Match): chairmen and
// delegates each with their own store, as on their own laptops.
#include "DataPaths.h"
#include "DemoMeeting.h"
#include "ProcessIdentity.h"
#include "SessionFollower.h"
#include "SessionJson.h"
#include "SessionPublisher.h"
#include "Store.h"
#include "TestServer.h"
#include "Translations.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;
using namespace PlenaryTest;

namespace {

const QString kMeeting = QStringLiteral("fg-smart-1");

/// One participant: a data folder, a store holding the demo meeting.
struct Laptop {
    QTemporaryDir dir;
    DataPaths paths = DataPaths::at(dir.path());
    Store store{paths.databaseFile()};
    QNetworkAccessManager nam;

    Laptop() {
        QString error;
        if (!store.open() || !DemoMeeting::ensureCurrentMeeting(store, paths, &error))
            qFatal("cannot set up a laptop: %s %s", qPrintable(store.lastError()),
                   qPrintable(error));
    }
    MeetingData meeting() { return *store.loadMeeting(kMeeting); }
};

PublishResult publish(SessionPublisher &p) {
    QSignalSpy done(&p, &SessionPublisher::finished);
    p.publish();
    if (done.isEmpty() && !done.wait(30000))
        qFatal("publish did not finish");
    return done.at(0).at(0).value<PublishResult>();
}

FollowResult poll(SessionFollower &f) {
    QSignalSpy done(&f, &SessionFollower::polled);
    f.poll();
    if (done.isEmpty() && !done.wait(30000))
        qFatal("poll did not finish");
    return done.at(0).at(0).value<FollowResult>();
}

QString sessionFile(const QTemporaryDir &www) {
    return www.filePath(QStringLiteral("fg-smart/session.json"));
}

} // namespace

class TestSessionPublisher : public QObject {
    Q_OBJECT

    QTemporaryDir m_www;
    std::unique_ptr<TestServer> m_server;
    QUrl m_url;

    void freshServer() {
        QDir(sessionFile(m_www)).removeRecursively();
        QFile::remove(sessionFile(m_www));
        m_server->clearLog();
    }

    // Takes a WebDAV lock on session.json, as another Plenary about to PUT
    // does; returns its token.
    QByteArray lockOnServer(int seconds, const QString &owner = QStringLiteral("someone")) {
        QNetworkAccessManager nam;
        QNetworkRequest req(SessionPublisher::sessionUrlFor(m_url));
        req.setRawHeader("Timeout", "Second-" + QByteArray::number(seconds));
        req.setRawHeader("Depth", "0");
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/xml"));
        std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(
            req, "LOCK",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:lockinfo xmlns:D=\"DAV:\">"
            "<D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype>"
            "<D:owner>" +
                owner.toUtf8() + "</D:owner></D:lockinfo>\n"));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        return reply->rawHeader("Lock-Token");
    }

private Q_SLOTS:
    void initTestCase() {
        installTranslators(qApp, QStringLiteral("en"));
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(QDir(m_www.path()).mkpath(QStringLiteral("fg-smart")));
        m_server = std::make_unique<TestServer>(TestServer::ApacheDav);
        QString error;
        QVERIFY2(m_server->start(m_www.path(), &error), qPrintable(error));
        m_url = m_server->url(QStringLiteral("/fg-smart/"));
    }

    void init() { freshServer(); }

    void publishThenFollow() {
        Laptop chair, delegate;
        QVERIFY(chair.store.setAllocation(kMeeting, QStringLiteral("FG-Smart-I-0012"),
                                          {QStringLiteral("WG2"), QStringLiteral("8")}));
        QVERIFY(chair.store.setCurrentItem(kMeeting, QStringLiteral("8")));
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        QString error;
        QVERIFY2(publisher.connectTo(m_url, &error), qPrintable(error));
        PublishResult r = publish(publisher);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warning.isEmpty(), qPrintable(r.warning)); // Apache checks If-Match
        QCOMPARE(r.revision, 1);
        QCOMPARE(chair.store.sessionLink(kMeeting)->state, SessionLink::State::Published);
        QVERIFY(!chair.store.sessionLink(kMeeting)->pending());
        QCOMPARE(chair.store.sessionLink(kMeeting)->ifMatchHonoured, std::optional<bool>(true));

        // What is on the server is the chairman's session, byte for byte readable.
        QFile f(sessionFile(m_www));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto onServer = SessionJson::parse(f.readAll(), f.fileName());
        QVERIFY2(onServer.session, qPrintable(onServer.error));
        QVERIFY(onServer.session->sameContent(SessionState::of(chair.meeting())));

        // Nothing new: publishing again only asks whether the server has news.
        r = publish(publisher);
        QVERIFY(r.ok);
        QCOMPARE(r.requests, 1);
        r = publish(publisher);
        QVERIFY(r.ok);
        QCOMPARE(r.requests, 1);
        QVERIFY2(m_server->requests().last() ==
                     QStringLiteral("GET /fg-smart/session.json HTTP/1.1 304"),
                 qPrintable(m_server->requests().join(QLatin1Char('\n'))));

        // The delegate follows: the change arrives with a notice.
        SessionFollower follower(delegate.store, delegate.nam, kMeeting);
        QVERIFY2(follower.followUrl(m_url, &error), qPrintable(error));
        FollowResult fr = poll(follower);
        QVERIFY2(fr.ok, qPrintable(fr.error));
        QVERIFY(fr.changed);
        QVERIFY2(fr.notices.contains(QStringLiteral("8: FG-Smart-I-0012 allocated to WG2")),
                 qPrintable(fr.notices.join(QLatin1Char('\n'))));
        QVERIFY(fr.notices.contains(QStringLiteral("Now on agenda item 8")));
        QCOMPARE(delegate.meeting().currentItem, QStringLiteral("8"));
        QVERIFY(
            SessionState::of(delegate.meeting()).sameContent(SessionState::of(chair.meeting())));
        // Unchanged: a 304, nothing applied.
        m_server->clearLog();
        fr = poll(follower);
        QVERIFY(fr.ok);
        QVERIFY(!fr.changed);
        QVERIFY2(m_server->requests().contains(
                     QStringLiteral("GET /fg-smart/session.json HTTP/1.1 304")),
                 qPrintable(m_server->requests().join(QLatin1Char('\n'))));
    }

    void publishingAgainAtOnceCopesWithWeakEtags() {
        // Apache gives a weak ETag for a file written within the last second,
        // and If-Match never matches one: the publisher reads again.
        Laptop chair;
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        publisher.setWeakEtagDelayMs(300);
        QString error;
        QVERIFY(publisher.connectTo(m_url, &error));
        for (const char *wg : {"WG1", "WG2", "WG3"}) {
            QVERIFY(chair.store.setAllocation(kMeeting, QStringLiteral("FG-Smart-I-0020"),
                                              {QLatin1String(wg), {}}));
            const PublishResult r = publish(publisher);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QFile f(sessionFile(m_www));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto onServer = SessionJson::parse(f.readAll(), f.fileName());
        QCOMPARE(
            onServer.session->allocations.value(QStringLiteral("FG-Smart-I-0020")).workingGroup,
            QStringLiteral("WG3"));
        QCOMPARE(onServer.session->revision, 3);
        // Each PUT after the first ran under a WebDAV write lock.
        const QStringList log = m_server->requests();
        QVERIFY2(log.contains(QStringLiteral("LOCK /fg-smart/session.json HTTP/1.1 200")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(log.contains(QStringLiteral("UNLOCK /fg-smart/session.json HTTP/1.1 204")));
    }

    void aLockLeftByThisCopyIsReleasedFirst_data() {
        QTest::addColumn<bool>("tokenKnown");
        QTest::newRow("killed holding the lock") << true;
        QTest::newRow("killed before reading the LOCK's answer") << false;
    }

    void aLockLeftByThisCopyIsReleasedFirst() {
        // Killed between LOCK and UNLOCK: the lock is on the server for 30 s
        // more, its owner (and token, if the answer was read) in the store.
        // The next publish releases it instead of waiting it out; without
        // the token, it asks the server for the locks and finds its own.
        QFETCH(bool, tokenKnown);
        Laptop chair;
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        QString error;
        QVERIFY(publisher.connectTo(m_url, &error));
        QVERIFY(publish(publisher).ok);
        QVERIFY(chair.store.setAllocation(kMeeting, QStringLiteral("FG-Smart-I-0020"),
                                          {QStringLiteral("WG2"), {}}));
        const QString owner = QStringLiteral("Plenary 5e1f-test");
        const QByteArray token = lockOnServer(30, owner);
        QVERIFY(token.startsWith("<opaquelocktoken:"));
        QVERIFY(
            chair.store.setSessionLock(kMeeting, owner, tokenKnown ? token : QByteArray(), owner));
        m_server->clearLog();
        QElapsedTimer t;
        t.start();
        const PublishResult r = publish(publisher);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(t.elapsed() < 15000, qPrintable(QString::number(t.elapsed())));
        QStringList log = m_server->requests();
        if (!tokenKnown && !log.isEmpty() &&
            log.first() == QStringLiteral("PROPFIND /fg-smart/session.json HTTP/1.1 207"))
            log.removeFirst();
        QVERIFY2(!log.isEmpty() &&
                     log.first() == QStringLiteral("UNLOCK /fg-smart/session.json HTTP/1.1 204"),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY2(!log.join(QLatin1Char('\n')).contains(QStringLiteral(" 423")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(chair.store.sessionLink(kMeeting)->lockToken.isEmpty());
        QVERIFY(chair.store.sessionLink(kMeeting)->lockOwner.isEmpty());
        QFile f(sessionFile(m_www));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\"WG2\""));
    }

    void aLockHeldElsewhereIsWaitedOut() {
        // Another chairman's Plenary died holding the lock: this one cannot
        // release it, and waits until it expires (10 s here, 30 s in life;
        // longer than the ~6 s of retries before).
        Laptop chair;
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        QString error;
        QVERIFY(publisher.connectTo(m_url, &error));
        QVERIFY(publish(publisher).ok);
        QVERIFY(chair.store.setAllocation(kMeeting, QStringLiteral("FG-Smart-I-0020"),
                                          {QStringLiteral("WG3"), {}}));
        QVERIFY(!lockOnServer(10).isEmpty());
        m_server->clearLog();
        const PublishResult r = publish(publisher);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList log = m_server->requests();
        QVERIFY2(log.contains(QStringLiteral("LOCK /fg-smart/session.json HTTP/1.1 423")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(log.contains(QStringLiteral("LOCK /fg-smart/session.json HTTP/1.1 200")));
        QFile f(sessionFile(m_www));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\"WG3\""));
    }

    void aLockOfAnotherRunningCopyIsLeftToIt() {
        // The window and plenary-cli publishing from one data folder: the
        // lock the other stored is not a dead copy's while its process runs
        // (here `sleep`, standing in for it); this publish waits for the
        // lock instead of releasing it, and leaves the other's record alone.
        Laptop chair;
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        QString error;
        QVERIFY(publisher.connectTo(m_url, &error));
        QVERIFY(publish(publisher).ok);
        QProcess other;
        other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        const QString identity = ProcessIdentity::of(other.processId());
        QVERIFY(!identity.isEmpty());
        const QString owner = QStringLiteral("Plenary 77aa-test (process %1)").arg(identity);
        const QByteArray token = lockOnServer(4, owner);
        QVERIFY(token.startsWith("<opaquelocktoken:"));
        QVERIFY(chair.store.setSessionLock(kMeeting, owner, token, owner));
        QVERIFY(chair.store.setAllocation(kMeeting, QStringLiteral("FG-Smart-I-0020"),
                                          {QStringLiteral("WG3"), {}}));
        m_server->clearLog();
        PublishResult r = publish(publisher);
        QVERIFY2(r.ok, qPrintable(r.error));
        QStringList log = m_server->requests();
        QVERIFY2(log.value(0).startsWith(QStringLiteral("GET ")) ||
                     log.value(0).startsWith(QStringLiteral("LOCK ")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY2(log.contains(QStringLiteral("LOCK /fg-smart/session.json HTTP/1.1 423")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(log.contains(QStringLiteral("LOCK /fg-smart/session.json HTTP/1.1 200")));
        QCOMPARE(chair.store.sessionLink(kMeeting)->lockOwner, owner);
        QCOMPARE(chair.store.sessionLink(kMeeting)->lockToken, token);

        // Once that process is gone, its lock is a dead copy's: the next
        // publish releases it first (the server has let it expire: any
        // answer will do) and the record is cleared.
        other.kill();
        QVERIFY(other.waitForFinished());
        QVERIFY(chair.store.setAllocation(kMeeting, QStringLiteral("FG-Smart-I-0020"),
                                          {QStringLiteral("WG1"), {}}));
        m_server->clearLog();
        r = publish(publisher);
        QVERIFY2(r.ok, qPrintable(r.error));
        log = m_server->requests();
        QVERIFY2(log.value(0).startsWith(QStringLiteral("UNLOCK /fg-smart/session.json")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(chair.store.sessionLink(kMeeting)->lockOwner.isEmpty());
        QVERIFY(chair.store.sessionLink(kMeeting)->lockToken.isEmpty());
    }

    void twoChairmenMergeAndNothingIsLost() {
        Laptop a, b, delegate;
        SessionPublisher pa(a.store, a.nam, kMeeting), pb(b.store, b.nam, kMeeting);
        pa.setWeakEtagDelayMs(300);
        pb.setWeakEtagDelayMs(300);
        QString error;
        QVERIFY(pa.connectTo(m_url, &error));
        QVERIFY(pb.connectTo(m_url, &error));
        QVERIFY(publish(pa).ok);
        QVERIFY(publish(pb).ok); // b takes a's (identical) session as its base

        // Both record at the same time, different things; both publish at once.
        QVERIFY(a.store.setAllocation(kMeeting, QStringLiteral("FG-Smart-I-0010"),
                                      {QStringLiteral("WG1"), QStringLiteral("6.a")}));
        Outcome o;
        o.agendaItem = QStringLiteral("8");
        o.documents = {QStringLiteral("FG-Smart-I-0015")};
        o.status = OutcomeStatus::Revised;
        o.target = b.store.nextFreeNumber(kMeeting);
        QVERIFY(b.store.addOutcome(kMeeting, o) > 0);
        LiaisonStatement ls;
        ls.id = b.store.nextLiaisonId(kMeeting);
        ls.title = QStringLiteral("LS to IEC TC 57 on smart grid standards");
        ls.to = {QStringLiteral("IEC TC 57")};
        QVERIFY(b.store.saveLiaison(kMeeting, ls));

        QSignalSpy da(&pa, &SessionPublisher::finished), db(&pb, &SessionPublisher::finished);
        pa.publish();
        pb.publish();
        QTRY_VERIFY_WITH_TIMEOUT(da.size() == 1 && db.size() == 1, 30000);
        const auto ra = da.at(0).at(0).value<PublishResult>();
        const auto rb = db.at(0).at(0).value<PublishResult>();
        QVERIFY2(ra.ok, qPrintable(ra.error));
        QVERIFY2(rb.ok, qPrintable(rb.error));
        QVERIFY2(!ra.merged.isEmpty() || !rb.merged.isEmpty(), "one of them merged");

        // A few more rounds of both at once, each with its own changes.
        for (int round = 0; round < 3; ++round) {
            QVERIFY(a.store.setAllocation(
                kMeeting, QStringLiteral("FG-Smart-I-%1").arg(20 + round, 4, 10, QLatin1Char('0')),
                {QStringLiteral("WG1"), {}}));
            QVERIFY(b.store.setAllocation(
                kMeeting, QStringLiteral("FG-Smart-I-%1").arg(25 + round, 4, 10, QLatin1Char('0')),
                {QStringLiteral("WG2"), {}}));
            da.clear();
            db.clear();
            pa.publish();
            pb.publish();
            QTRY_VERIFY_WITH_TIMEOUT(da.size() == 1 && db.size() == 1, 30000);
            QVERIFY(da.at(0).at(0).value<PublishResult>().ok);
            QVERIFY(db.at(0).at(0).value<PublishResult>().ok);
        }

        // Whoever published last has both; the first gets the rest on its next publish.
        QVERIFY(publish(pa).ok);
        QVERIFY(publish(pb).ok);
        SessionFollower follower(delegate.store, delegate.nam, kMeeting);
        QVERIFY(follower.followUrl(m_url, &error));
        QVERIFY(poll(follower).ok);
        for (Laptop *l : {&a, &b, &delegate}) {
            const MeetingData m = l->meeting();
            QCOMPARE(m.allocations.value(QStringLiteral("FG-Smart-I-0010")).workingGroup,
                     QStringLiteral("WG1"));
            for (int round = 0; round < 3; ++round) {
                QCOMPARE(m.allocations
                             .value(QStringLiteral("FG-Smart-I-%1")
                                        .arg(20 + round, 4, 10, QLatin1Char('0')))
                             .workingGroup,
                         QStringLiteral("WG1"));
                QCOMPARE(m.allocations
                             .value(QStringLiteral("FG-Smart-I-%1")
                                        .arg(25 + round, 4, 10, QLatin1Char('0')))
                             .workingGroup,
                         QStringLiteral("WG2"));
            }
            QVERIFY(m.document(o.target));
            QCOMPARE(m.document(o.target)->replaces, QStringLiteral("FG-Smart-I-0015"));
            QCOMPARE(m.liaisons.size(), 1);
            QCOMPARE(m.liaisons.first().title, ls.title);
        }
        QVERIFY(SessionState::of(a.meeting()).sameContent(SessionState::of(b.meeting())));
    }

    void conflictingChangesAreReportedThenSettled() {
        Laptop a, b;
        SessionPublisher pa(a.store, a.nam, kMeeting), pb(b.store, b.nam, kMeeting);
        pa.setWeakEtagDelayMs(300);
        pb.setWeakEtagDelayMs(300);
        QString error;
        QVERIFY(pa.connectTo(m_url, &error) && pb.connectTo(m_url, &error));
        QVERIFY(publish(pa).ok);
        QVERIFY(publish(pb).ok);
        const QString doc = QStringLiteral("FG-Smart-I-0011");
        QVERIFY(a.store.setAllocation(kMeeting, doc, {QStringLiteral("WG1"), {}}));
        QVERIFY(b.store.setAllocation(kMeeting, doc, {QStringLiteral("WG3"), {}}));
        QVERIFY(publish(pa).ok);
        PublishResult r = publish(pb);
        QVERIFY(!r.ok);
        QVERIFY(r.conflict);
        QVERIFY2(r.error.contains(QStringLiteral("conflict")), qPrintable(r.error));
        QVERIFY2(r.conflicts.join(QString()).contains(
                     QStringLiteral("allocation of FG-Smart-I-0011: WG3 here, WG1 on the server")),
                 qPrintable(r.conflicts.join(QLatin1Char('\n'))));
        // Nothing lost: the server keeps a's, b keeps its own until it decides.
        QFile f(sessionFile(m_www));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(SessionJson::parse(f.readAll(), {}).session->allocations.value(doc).workingGroup,
                 QStringLiteral("WG1"));
        QCOMPARE(b.meeting().allocations.value(doc).workingGroup, QStringLiteral("WG3"));
        QCOMPARE(b.store.sessionLink(kMeeting)->state, SessionLink::State::Conflict);
        QVERIFY(b.store.sessionLink(kMeeting)->pending());
        // b decides to keep its own.
        pb.setResolution(SessionPublisher::Resolution::KeepMine);
        r = publish(pb);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(publish(pa).ok);
        QCOMPARE(a.meeting().allocations.value(doc).workingGroup, QStringLiteral("WG3"));
    }

    void offlineChangesWaitAndGoOut() {
        Laptop chair;
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        publisher.setWeakEtagDelayMs(300);
        QString error;
        QVERIFY(publisher.connectTo(m_url, &error));
        QVERIFY(publish(publisher).ok);
        m_server->stop();
        QVERIFY(chair.store.setCurrentItem(kMeeting, QStringLiteral("9")));
        PublishResult r = publish(publisher);
        QVERIFY(!r.ok);
        QVERIFY(r.offline);
        QCOMPARE(chair.store.sessionLink(kMeeting)->state, SessionLink::State::Pending);
        QVERIFY(chair.store.sessionLink(kMeeting)->pending());
        QVERIFY(chair.store.setCurrentItem(kMeeting, QStringLiteral("9.a"))); // still recording
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        r = publish(publisher);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!chair.store.sessionLink(kMeeting)->pending());
        QFile f(sessionFile(m_www));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(SessionJson::parse(f.readAll(), {}).session->currentItem, QStringLiteral("9.a"));
    }

    void badSessionOnTheServerKeepsTheLastGoodOne() {
        Laptop chair, delegate;
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        QString error;
        QVERIFY(publisher.connectTo(m_url, &error));
        QVERIFY(chair.store.setAllocation(kMeeting, QStringLiteral("FG-Smart-I-0013"),
                                          {QStringLiteral("WG2"), {}}));
        QVERIFY(publish(publisher).ok);
        SessionFollower follower(delegate.store, delegate.nam, kMeeting);
        QVERIFY(follower.followUrl(m_url, &error));
        QVERIFY(poll(follower).changed);
        const SessionState good = SessionState::of(delegate.meeting());

        QFile f(sessionFile(m_www));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        f.close();
        struct Bad {
            QByteArray body;
            QString message;
        };
        QByteArray unknownWg = json;
        unknownWg.replace("\"WG2\"", "\"WG9\"");
        QByteArray wrongMeeting = json;
        wrongMeeting.replace("\"fg-smart-1\"", "\"sg17-7\"");
        const QList<Bad> bad = {
            {json.left(json.size() / 2), QStringLiteral("truncated")},
            {"<html><body>Service temporarily unavailable</body></html>",
             QStringLiteral("line 1, column")},
            {unknownWg, QStringLiteral("working group WG9")},
            {wrongMeeting, QStringLiteral("the session of meeting sg17-7")},
        };
        for (const Bad &b : bad) {
            QFile w(sessionFile(m_www));
            QVERIFY(w.open(QIODevice::WriteOnly | QIODevice::Truncate));
            w.write(b.body);
            w.close();
            const FollowResult r = poll(follower);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(b.message), qPrintable(r.error));
            QVERIFY2(r.error.contains(QStringLiteral("session.json")), qPrintable(r.error));
            QVERIFY(SessionState::of(delegate.meeting()).sameContent(good));
        }
    }

    void delegateSeesAChangeWithinOnePollInterval() {
        Laptop chair, delegate;
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        QString error;
        QVERIFY(publisher.connectTo(m_url, &error));
        QVERIFY(publish(publisher).ok);
        SessionFollower follower(delegate.store, delegate.nam, kMeeting);
        QVERIFY(follower.followUrl(m_url, &error));
        follower.setIntervalMs(400);
        QSignalSpy polled(&follower, &SessionFollower::polled);
        follower.start();
        QTRY_VERIFY(polled.size() >= 2); // running, quiet
        Outcome o;
        o.agendaItem = QStringLiteral("12");
        o.status = OutcomeStatus::Agreed;
        o.text = QStringLiteral("Next meeting: Geneva, September 2010");
        QVERIFY(chair.store.addOutcome(kMeeting, o) > 0);
        QVERIFY(publish(publisher).ok);
        const int before = int(polled.size());
        // The next poll (within one interval) brings it.
        QTRY_VERIFY_WITH_TIMEOUT(polled.size() > before, 2000);
        const auto r = polled.at(before).at(0).value<FollowResult>();
        QVERIFY2(r.changed, qPrintable(r.error));
        QVERIFY2(r.notices.join(QString()).contains(QStringLiteral("item 12: Agreed")),
                 qPrintable(r.notices.join(QLatin1Char('\n'))));
        follower.stop();
    }

    void nginxDavIsWarnedAbout() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www;
        TestServer nginx(TestServer::Nginx);
        QString error;
        QVERIFY2(nginx.start(www.path(), &error,
                             QStringLiteral("location / { dav_methods PUT DELETE; "
                                            "create_full_put_path on; }")),
                 qPrintable(error));
        Laptop chair;
        SessionPublisher publisher(chair.store, chair.nam, kMeeting);
        QVERIFY(publisher.connectTo(nginx.url(QStringLiteral("/")), &error));
        const PublishResult r = publish(publisher);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warning.contains(QStringLiteral("does not check If-Match")),
                 qPrintable(r.warning));
        QCOMPARE(chair.store.sessionLink(kMeeting)->ifMatchHonoured, std::optional<bool>(false));
        // The probe file is cleaned up; session.json is there.
        const QStringList left = QDir(www.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("session.json")});
    }
};

QTEST_GUILESS_MAIN(TestSessionPublisher)
#include "tst_sessionpublisher.moc"
