#include "SessionFollower.h"

#include "SessionJson.h"
#include "SessionPublisher.h"
#include "Store.h"

namespace Plenary {

SessionFollower::SessionFollower(Store &store, QNetworkAccessManager &nam, QString meetingId,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(nam)
    , m_meetingId(std::move(meetingId)) {
    qRegisterMetaType<Plenary::FollowResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionFollower::poll);
}

bool SessionFollower::followUrl(const QUrl &url, QString *error) {
    const QUrl sessionUrl = SessionPublisher::sessionUrlFor(url);
    if (!sessionUrl.isValid() || (sessionUrl.scheme() != QLatin1String("http") &&
                                  sessionUrl.scheme() != QLatin1String("https"))) {
        *error = tr("%1 is not an http:// or https:// address").arg(url.toDisplayString());
        return false;
    }
    SessionLink link = m_store.sessionLink(m_meetingId).value_or(SessionLink{});
    if (link.url != sessionUrl || link.role != SessionLink::Role::Follow) {
        link = SessionLink{};
        link.url = sessionUrl;
        link.role = SessionLink::Role::Follow;
    }
    if (!m_store.saveSessionLink(m_meetingId, link)) {
        *error = m_store.lastError();
        return false;
    }
    return true;
}

void SessionFollower::start() {
    m_polling = true;
    m_intervalMs = m_baseIntervalMs;
    m_unchanged = 0;
    poll();
}

void SessionFollower::stop() {
    m_polling = false;
    m_timer.stop();
    m_http.abortAll();
}

void SessionFollower::poll() {
    if (m_running)
        return;
    const auto link = m_store.sessionLink(m_meetingId);
    if (!link || link->role != SessionLink::Role::Follow) {
        FollowResult r;
        r.error = tr("This meeting does not follow a published session.");
        emit polled(r);
        return;
    }
    m_running = true;
    QHash<QByteArray, QByteArray> headers;
    if (!link->etag.isEmpty())
        headers.insert("If-None-Match", link->etag.toUtf8());
    m_http.send("GET", link->url, headers, QByteArray(),
                [this](const SessionHttp::Answer &a) { answered(a); });
}

void SessionFollower::answered(const SessionHttp::Answer &a) {
    FollowResult r;
    auto link = m_store.sessionLink(m_meetingId);
    if (!link) {
        r.error = m_store.lastError();
        finish(r, false);
        return;
    }
    r.revision = link->revision;
    if (a.status == 304) {
        r.ok = true;
        finish(r, false);
        return;
    }
    if (a.networkFailed() || a.status >= 500) {
        r.error = tr("%1 cannot be reached: %2").arg(link->url.host(), SessionHttp::describe(a));
        finish(r, true);
        return;
    }
    if (a.status == 404) {
        r.ok = true; // nothing published yet
        finish(r, false);
        return;
    }
    if (a.status != 200) {
        r.error =
            tr("reading %1 failed: %2").arg(link->url.toDisplayString(), SessionHttp::describe(a));
        finish(r, false);
        return;
    }
    const auto parsed = SessionJson::parse(a.body, link->url.toDisplayString());
    if (!parsed.session) {
        r.error = parsed.error;
        finish(r, false);
        return;
    }
    const SessionState &theirs = *parsed.session;
    if (theirs.meetingId != m_meetingId) {
        r.error = tr("%1 is the session of meeting %2, not of %3")
                      .arg(link->url.toDisplayString(), theirs.meetingId, m_meetingId);
        finish(r, false);
        return;
    }
    if (theirs.revision < link->revision) {
        r.error = tr("%1 holds revision %2, older than the %3 already here; kept the newer")
                      .arg(link->url.toDisplayString())
                      .arg(theirs.revision)
                      .arg(link->revision);
        finish(r, false);
        return;
    }
    const auto meeting = m_store.loadMeeting(m_meetingId);
    if (!meeting) {
        r.error = m_store.lastError();
        finish(r, false);
        return;
    }
    const SessionState before = SessionState::of(*meeting);
    if (!before.sameContent(theirs)) {
        if (!m_store.applySession(theirs, false)) {
            r.error = tr("%1: %2").arg(link->url.toDisplayString(), m_store.lastError());
            finish(r, false);
            return;
        }
        r.changed = true;
        r.notices = describeChanges(before, theirs);
    }
    link->base = a.body;
    link->etag = QString::fromUtf8(a.etag);
    link->revision = theirs.revision;
    link->state = SessionLink::State::Published;
    link->lastError.clear();
    if (!m_store.saveSessionLink(m_meetingId, *link)) {
        r.error = m_store.lastError();
        finish(r, false);
        return;
    }
    r.ok = true;
    r.revision = theirs.revision;
    finish(r, false);
}

void SessionFollower::finish(FollowResult r, bool unreachable) {
    m_running = false;
    // A change resets the pace; quiet polls slow down to twice the interval;
    // an unreachable server is asked less and less often, up to a minute.
    if (r.changed) {
        m_unchanged = 0;
        m_intervalMs = m_baseIntervalMs;
    } else if (unreachable) {
        m_intervalMs = qMin(qMax(m_intervalMs, m_baseIntervalMs) * 2, 60000);
    } else if (++m_unchanged > 12) {
        m_intervalMs = qMin(m_baseIntervalMs * 2, m_intervalMs + m_baseIntervalMs / 4);
    } else {
        m_intervalMs = m_baseIntervalMs;
    }
    if (!r.ok) {
        if (auto link = m_store.sessionLink(m_meetingId)) {
            link->lastError = r.error;
            link->state = SessionLink::State::Failed;
            (void)m_store.saveSessionLink(m_meetingId, *link);
        }
    }
    if (m_polling)
        m_timer.start(m_intervalMs);
    emit polled(r);
}

} // namespace Plenary
