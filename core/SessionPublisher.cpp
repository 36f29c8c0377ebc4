#include "SessionPublisher.h"

#include "Clock.h"
#include "ProcessIdentity.h"
#include "SessionJson.h"
#include "Store.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace Plenary {

namespace {
constexpr int kMaxRounds = 12; // reads and writes of one publish(), merges included
// The lock asked for around a PUT, and how long a lock someone else holds is
// waited for: a chairman whose Plenary died between LOCK and UNLOCK on
// another laptop blocks everyone until the lock expires by itself.
constexpr int kLockSeconds = 30;
constexpr int kLockWaitMs = (kLockSeconds + 5) * 1000;
} // namespace

SessionPublisher::SessionPublisher(Store &store, QNetworkAccessManager &nam, QString meetingId,
                                   const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(nam)
    , m_meetingId(std::move(meetingId))
    , m_clock(clock ? clock : &Clock::system()) {
    qRegisterMetaType<Plenary::PublishResult>();
}

QUrl SessionPublisher::sessionUrlFor(const QUrl &url) {
    QUrl u = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (u.path().endsWith(QLatin1Char('/')) || u.path().isEmpty())
        u.setPath(u.path() + (u.path().isEmpty() ? QStringLiteral("/") : QString()) +
                  QStringLiteral("session.json"));
    return u;
}

bool SessionPublisher::connectTo(const QUrl &url, QString *error) {
    const QUrl sessionUrl = sessionUrlFor(url);
    if (!sessionUrl.isValid() || (sessionUrl.scheme() != QLatin1String("http") &&
                                  sessionUrl.scheme() != QLatin1String("https"))) {
        *error = tr("%1 is not an http:// or https:// address").arg(url.toDisplayString());
        return false;
    }
    SessionLink link = m_store.sessionLink(m_meetingId).value_or(SessionLink{});
    if (link.url != sessionUrl || link.role != SessionLink::Role::Chair) {
        // A new place (or a delegate becoming chairman): nothing agreed yet.
        const qint64 changes = link.changes;
        link = SessionLink{};
        link.url = sessionUrl;
        link.changes = changes + 1; // everything is to publish
        link.state = SessionLink::State::Pending;
    }
    if (!m_store.saveSessionLink(m_meetingId, link)) {
        *error = m_store.lastError();
        return false;
    }
    return true;
}

void SessionPublisher::publish() {
    if (m_running)
        return;
    m_running = true;
    m_activeResolution = m_resolution;
    m_result = PublishResult{};
    m_requestsAtStart = m_http.requests();
    m_rounds = 0;
    const auto link = m_store.sessionLink(m_meetingId);
    if (!link || link->role != SessionLink::Role::Chair) {
        m_running = false;
        m_result.error = tr("This meeting is not connected to a server for publishing.");
        emit finished(m_result);
        return;
    }
    m_link = *link;
    m_lockWait.invalidate();
    m_lockOwner = m_link.lockOwner;
    m_lockToken = m_link.lockToken;
    if (lockOfAnotherRunningCopy(m_lockOwner)) {
        // Another Plenary on this data folder is publishing right now (the
        // window and plenary-cli): its lock is its own to release, and this
        // publish waits for it like for anyone's.
        m_lockOwner.clear();
        m_lockToken.clear();
    }
    if (!m_lockOwner.isEmpty() || !m_lockToken.isEmpty()) {
        releaseLeftLock();
        return;
    }
    start();
}

void SessionPublisher::releaseLeftLock() {
    // This copy was killed while it held the lock, or while it asked for it.
    if (!m_lockToken.isEmpty()) {
        unlockThen([this] { start(); });
        return;
    }
    // Asked for, the answer never read: the server says whose locks it holds.
    static const QByteArray propfind =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:lockdiscovery/></D:prop></D:propfind>\n";
    m_http.send("PROPFIND", m_link.url, {{"Depth", "0"}}, propfind,
                [this](const SessionHttp::Answer &a) {
                    if (a.networkFailed() || a.status >= 500) {
                        start(); // kept for the next try; this one finds the server down
                        return;
                    }
                    if (a.status == 207)
                        m_lockToken = SessionHttp::lockTokenOwnedBy(a.body, m_lockOwner);
                    unlockThen([this] { start(); }); // none: forgotten, and on
                });
}

void SessionPublisher::start() {
    if (!m_link.ifMatchHonoured)
        probe();
    else
        snapshot();
}

void SessionPublisher::probe() {
    // A scratch file and an If-Match that cannot match: a server that checks
    // answers 412 and writes nothing.
    const QUrl probeUrl =
        m_link.url.resolved(QUrl(QStringLiteral(".plenary-probe-%1.json")
                                     .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    m_http.send(
        "PUT", probeUrl, {{"If-Match", "\"plenary-probe-never-matches\""}}, "{}\n",
        [this, probeUrl](const SessionHttp::Answer &a) {
            if (a.status == 412) {
                m_link.ifMatchHonoured = true;
                snapshot();
            } else if (a.status >= 200 && a.status < 300) {
                m_link.ifMatchHonoured = false;
                m_http.send("DELETE", probeUrl, {}, QByteArray(),
                            [this](const SessionHttp::Answer &) { snapshot(); });
            } else if (a.networkFailed() || a.status >= 500) {
                done(
                    tr("%1 cannot be reached: %2").arg(m_link.url.host(), SessionHttp::describe(a)),
                    true);
            } else {
                done(tr("%1 does not accept publishing (PUT): %2")
                         .arg(m_link.url.toDisplayString(), SessionHttp::describe(a)));
            }
        });
}

void SessionPublisher::snapshot() {
    if (m_link.ifMatchHonoured == false)
        m_result.warning =
            tr("%1 does not check If-Match: if two people publish at the same moment, one can "
               "overwrite the other's changes. A server that checks it (Apache mod_dav) avoids "
               "this.")
                .arg(m_link.url.host());
    if (++m_rounds > kMaxRounds) {
        done(tr("gave up after %n attempts: the session keeps changing on the server", nullptr,
                kMaxRounds));
        return;
    }
    // Fresh from the store: the changes count may have moved since publish().
    if (const auto fresh = m_store.sessionLink(m_meetingId)) {
        m_link.changes = fresh->changes;
        m_link.publishedChanges = fresh->publishedChanges;
    }
    const auto meeting = m_store.loadMeeting(m_meetingId);
    if (!meeting) {
        done(m_store.lastError());
        return;
    }
    m_mine = SessionState::of(*meeting);
    m_changesAtSnapshot = m_link.changes;
    if (m_link.base.isEmpty() && m_link.etag.isEmpty()) {
        put(QByteArray(), "If-None-Match", "*"); // the first publication
        return;
    }
    const auto base = SessionJson::parse(m_link.base, QStringLiteral("base"));
    m_nothingToSend = base.session && base.session->sameContent(m_mine) && !m_link.pending();
    m_result.revision = m_link.revision;
    if (m_nothingToSend) {
        // Still agree with the server: take in what another chairman
        // published meanwhile (a 304 when nothing).
        readTheirs(true);
        return;
    }
    if (m_link.etag.isEmpty() || SessionHttp::isWeak(m_link.etag.toUtf8()))
        readTheirs(); // an ETag If-Match can use first
    else
        put(QByteArray(), "If-Match", m_link.etag.toUtf8());
}

void SessionPublisher::put(const QByteArray &bodyIn, const QByteArray &condition,
                           const QByteArray &value) {
    QByteArray body = bodyIn;
    if (body.isEmpty()) {
        m_mine.revision = m_link.revision + 1;
        m_mine.updated = m_clock->nowUtc();
        body = SessionJson::serialize(m_mine);
    }
    // Apache checks If-Match and then writes, without holding anything in
    // between: two PUTs at the same moment can both pass. A WebDAV write lock
    // around the PUT closes that gap where the server has locks (mod_dav
    // with a DavLockDB); the first publication (If-None-Match) goes
    // without, since a LOCK would create the file.
    if (condition == "If-Match" && !m_lockUnsupported && m_lockToken.isEmpty()) {
        lockThenPut(body, value);
        return;
    }
    QHash<QByteArray, QByteArray> headers{{condition, value}};
    if (!m_lockToken.isEmpty())
        headers.insert("If", "(" + m_lockToken + ")");
    m_http.send("PUT", m_link.url, headers, body, [this, body](const SessionHttp::Answer &a) {
        unlockThen([this, body, a] { putAnswered(body, a); });
    });
}

void SessionPublisher::lockThenPut(const QByteArray &body, const QByteArray &etag) {
    static const QByteArray lockInfo =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<D:lockinfo xmlns:D=\"DAV:\"><D:lockscope><D:exclusive/></D:lockscope>"
        "<D:locktype><D:write/></D:locktype><D:owner>%1</D:owner></D:lockinfo>\n";
    // Who asks, written down before asking: if this process dies before the
    // answer is read, the next start finds the lock by its owner.
    // The process is named too: another one on the same data folder must
    // not take this lock for one left by a copy that died.
    m_lockOwner =
        QStringLiteral("Plenary %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (const QString process = ProcessIdentity::ofThisProcess(); !process.isEmpty())
        m_lockOwner += QStringLiteral(" (process %1)").arg(process);
    storeLock(m_lockOwner, {}, m_lockOwner);
    m_http.send(
        "LOCK", m_link.url,
        {{"Timeout", "Second-" + QByteArray::number(kLockSeconds)}, {"Depth", "0"}},
        QString::fromLatin1(lockInfo).arg(m_lockOwner).toUtf8(),
        [this, body, etag](const SessionHttp::Answer &a) {
            if ((a.status == 200 || a.status == 201) && !a.lockToken.isEmpty()) {
                m_lockToken = a.lockToken;
                // Kept before the PUT, for the next start to release if this
                // process dies now.
                storeLock(m_lockOwner, m_lockToken, m_lockOwner);
                put(body, "If-Match", etag);
            } else if (a.status == 423) { // another chairman is writing, or died writing
                if (!m_lockWait.isValid())
                    m_lockWait.start();
                if (m_lockWait.elapsed() > kLockWaitMs) {
                    done(tr("%1 stays locked by someone else").arg(m_link.url.toDisplayString()));
                    return;
                }
                const int delay = int(qMin<qint64>(1000, 150 + m_lockWait.elapsed() / 10));
                QTimer::singleShot(delay, this, [this, body, etag] { lockThenPut(body, etag); });
            } else if (a.networkFailed() || a.status >= 500) {
                done(
                    tr("%1 cannot be reached: %2").arg(m_link.url.host(), SessionHttp::describe(a)),
                    true);
            } else {
                // No locks here (nginx, a plain PUT server): If-Match alone.
                m_lockUnsupported = true;
                put(body, "If-Match", etag);
            }
        });
}

bool SessionPublisher::lockOfAnotherRunningCopy(const QString &owner) {
    static const QRegularExpression process(QStringLiteral("\\(process ([^)]+)\\)$"));
    const QRegularExpressionMatch m = process.match(owner);
    return m.hasMatch() && ProcessIdentity::isAnotherRunning(m.captured(1));
}

void SessionPublisher::storeLock(const QString &owner, const QByteArray &token,
                                 const QString &mine) {
    // A store that cannot write it only costs the lock's own expiry (30 s)
    // after a crash: the publish goes on.
    if (!m_store.setSessionLock(m_meetingId, owner, token, mine))
        qWarning("session lock not saved: %s", qPrintable(m_store.lastError()));
}

void SessionPublisher::unlockThen(const std::function<void()> &next) {
    if (m_lockToken.isEmpty() && m_lockOwner.isEmpty()) {
        next();
        return;
    }
    const QByteArray token = std::exchange(m_lockToken, {});
    const QString owner = std::exchange(m_lockOwner, {});
    const auto forget = [this, next, owner] {
        storeLock({}, {}, owner);
        next();
    };
    if (token.isEmpty()) { // no lock was granted (a server without locks)
        forget();
        return;
    }
    // Any answer will do (a token the server no longer knows is as good as
    // released); none at all keeps the lock to release at the next start.
    m_http.send("UNLOCK", m_link.url, {{"Lock-Token", token}}, QByteArray(),
                [this, forget, next, owner, token](const SessionHttp::Answer &a) {
                    if (!a.networkFailed() && a.status < 500) {
                        forget(); // released, or the server no longer knows it
                        return;
                    }
                    // Not answered: kept for the next start to release.
                    storeLock(owner, token, owner);
                    next();
                });
}

void SessionPublisher::putAnswered(const QByteArray &body, const SessionHttp::Answer &a) {
    if (a.status >= 200 && a.status < 300) {
        m_link.base = body;
        // Apache sends no ETag with a PUT, and a weak one for
        // a just-written file: learnt on the next read.
        m_link.etag = SessionHttp::isWeak(a.etag) ? QString() : QString::fromUtf8(a.etag);
        m_link.revision = m_mine.revision;
        m_link.publishedChanges = m_changesAtSnapshot;
        m_result.revision = m_mine.revision;
        done();
    } else if (a.status == 412) {
        readTheirs();
    } else if (a.networkFailed() || a.status >= 500) {
        done(tr("%1 cannot be reached: %2").arg(m_link.url.host(), SessionHttp::describe(a)), true);
    } else if (a.status == 409 || a.status == 404) {
        done(tr("the folder of %1 does not exist on the server").arg(m_link.url.toDisplayString()));
    } else {
        done(tr("publishing to %1 failed: %2")
                 .arg(m_link.url.toDisplayString(), SessionHttp::describe(a)));
    }
}

void SessionPublisher::readTheirs(bool conditional) {
    if (++m_rounds > kMaxRounds) {
        done(tr("gave up after %n attempts: the session keeps changing on the server", nullptr,
                kMaxRounds));
        return;
    }
    QHash<QByteArray, QByteArray> headers;
    if (conditional && !m_link.etag.isEmpty())
        headers.insert("If-None-Match", m_link.etag.toUtf8());
    m_http.send("GET", m_link.url, headers, QByteArray(),
                [this](const SessionHttp::Answer &a) { theirsRead(a); });
}

void SessionPublisher::theirsRead(const SessionHttp::Answer &a) {
    if (a.networkFailed() || a.status >= 500) {
        done(tr("%1 cannot be reached: %2").arg(m_link.url.host(), SessionHttp::describe(a)), true);
        return;
    }
    if (a.status == 404) { // gone from the server: publish ours afresh
        m_link.base.clear();
        m_link.etag.clear();
        put(SessionJson::serialize(m_mine), "If-None-Match", "*");
        return;
    }
    if (a.status == 304) {
        done(); // the server has what this copy has
        return;
    }
    if (a.status != 200) {
        done(tr("reading %1 failed: %2")
                 .arg(m_link.url.toDisplayString(), SessionHttp::describe(a)));
        return;
    }
    if (m_nothingToSend && a.body == m_link.base) {
        m_link.etag = QString::fromUtf8(a.etag); // good for If-None-Match, weak or not
        done();
        return;
    }
    if (a.etag.isEmpty() || SessionHttp::isWeak(a.etag)) {
        // Changed within the last second: If-Match cannot use this ETag yet.
        QTimer::singleShot(m_weakDelayMs, this, [this] { readTheirs(); });
        return;
    }
    const QByteArray etag = a.etag;
    if (a.body == m_link.base) { // still ours: now with an ETag to write against
        m_link.etag = QString::fromUtf8(etag);
        put(QByteArray(), "If-Match", etag);
        return;
    }
    // Someone else published since our base.
    const auto theirs = SessionJson::parse(a.body, m_link.url.toDisplayString());
    if (!theirs.session || theirs.session->meetingId != m_meetingId) {
        const QString why =
            theirs.session ? tr("it is the session of meeting %1").arg(theirs.session->meetingId)
                           : theirs.error;
        if (m_activeResolution == Resolution::KeepMine) {
            put(QByteArray(), "If-Match", etag);
            return;
        }
        done(tr("the session on the server cannot be merged (%1); publish keeping this copy to "
                "replace it")
                 .arg(why));
        return;
    }
    SessionState base;
    base.meetingId = m_meetingId;
    if (const auto b = SessionJson::parse(m_link.base, QStringLiteral("base")); b.session)
        base = *b.session;
    SessionMerge merge = mergeSessions(base, m_mine, *theirs.session);
    if (!merge.conflicts.isEmpty()) {
        switch (m_activeResolution) {
        case Resolution::Ask:
            m_result.conflict = true;
            m_result.conflicts = merge.conflicts;
            done(tr("conflict with the session on the server: %1")
                     .arg(merge.conflicts.join(QStringLiteral("; "))));
            return;
        case Resolution::KeepMine:
            merge.merged = m_mine;
            break;
        case Resolution::TakeTheirs:
            merge.merged = *theirs.session;
            break;
        }
    }
    // Nothing recorded here since the snapshot? Otherwise start over with it.
    if (const auto fresh = m_store.sessionLink(m_meetingId);
        fresh && fresh->changes != m_changesAtSnapshot) {
        snapshot();
        return;
    }
    if (!merge.merged.sameContent(m_mine) && !m_store.applySession(merge.merged, false)) {
        done(m_store.lastError());
        return;
    }
    m_result.merged << merge.taken;
    m_link.base = a.body;
    m_link.etag = QString::fromUtf8(etag);
    m_link.revision = qMax(m_link.revision, theirs.session->revision);
    m_mine = merge.merged;
    if (m_mine.sameContent(*theirs.session)) {
        // The server already has all of it.
        m_link.publishedChanges = m_changesAtSnapshot;
        m_result.revision = m_link.revision;
        done();
        return;
    }
    put(QByteArray(), "If-Match", etag);
}

void SessionPublisher::done(const QString &error, bool offline) {
    m_result.ok = error.isEmpty();
    m_result.error = error;
    m_result.offline = offline;
    m_result.requests = m_http.requests() - m_requestsAtStart;
    if (m_result.ok)
        m_link.state = SessionLink::State::Published;
    else if (m_result.conflict)
        m_link.state = SessionLink::State::Conflict;
    else
        m_link.state = offline ? SessionLink::State::Pending : SessionLink::State::Failed;
    m_link.lastError = error;
    saveLink();
    if (m_result.ok) {
        if (const auto fresh = m_store.sessionLink(m_meetingId); fresh && fresh->pending()) {
            m_link.state = SessionLink::State::Pending; // recorded while publishing
            saveLink();
        }
    }
    m_running = false;
    emit finished(m_result);
}

void SessionPublisher::saveLink() {
    if (!m_store.saveSessionLink(m_meetingId, m_link) && m_result.error.isEmpty()) {
        m_result.ok = false;
        m_result.error = m_store.lastError();
    }
}

} // namespace Plenary
