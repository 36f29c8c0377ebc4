// AsyncStore's live-session part: writes on the worker thread, then the new
// session for the views and a debounced publication.
#include "AsyncStore.h"

#include "Store.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace Plenary {

namespace {
constexpr int kPublishDelayMs = 400;   // gathers a burst of changes into one PUT
constexpr int kRetryOfflineMs = 15000; // publication retried while the server is away
} // namespace

QNetworkAccessManager *AsyncStore::network() {
    if (!m_nam)
        m_nam = new QNetworkAccessManager;
    return m_nam;
}

void AsyncStore::ensureSessionServices(const QString &meetingId) {
    if (!m_publisher) {
        m_publisher = new SessionPublisher(*m_store, *network(), meetingId);
        m_publisher->http().setCredentialStore(m_credentials.get());
        connect(m_publisher, &SessionPublisher::finished, m_publisher,
                [this](const PublishResult &r) {
                    emit publishFinished(r);
                    if (!r.merged.isEmpty() || (r.ok && r.conflicts.isEmpty()))
                        if (const auto m = m_store->loadMeeting(m_currentMeetingId))
                            emit sessionChanged(SessionState::of(*m));
                    if (r.offline)
                        m_publishDebounce->start(kRetryOfflineMs);
                    else if (const auto link = m_store->sessionLink(m_currentMeetingId);
                             r.ok && link && link->pending())
                        m_publishDebounce->start(kPublishDelayMs); // recorded meanwhile
                });
        m_publishDebounce = new QTimer(m_publisher);
        m_publishDebounce->setSingleShot(true);
        connect(m_publishDebounce, &QTimer::timeout, m_publisher, [this] {
            if (!m_publisher->isRunning())
                m_publisher->publish();
            else
                m_publishDebounce->start(kPublishDelayMs);
        });
    }
    if (!m_follower) {
        m_follower = new SessionFollower(*m_store, *network(), meetingId);
        m_follower->http().setCredentialStore(m_credentials.get());
        connect(m_follower, &SessionFollower::polled, m_follower, [this](const FollowResult &r) {
            emit followPolled(r);
            if (r.changed)
                if (const auto m = m_store->loadMeeting(m_currentMeetingId))
                    emit sessionChanged(SessionState::of(*m));
        });
    }
}

void AsyncStore::sessionWritten(const QString &meetingId, const QString &description,
                                const QString &error) {
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    emit recorded(description);
    const auto meeting = m_store->loadMeeting(meetingId);
    if (!meeting) {
        emit failed(m_store->lastError());
        return;
    }
    emit sessionChanged(SessionState::of(*meeting));
    const auto link = m_store->sessionLink(meetingId);
    if (link && link->role == SessionLink::Role::Chair) {
        ensureSessionServices(meetingId);
        m_publishDebounce->start(kPublishDelayMs);
    }
}

void AsyncStore::allocate(const QHash<QString, Allocation> &allocations,
                          const QString &description) {
    QMetaObject::invokeMethod(m_worker, [this, allocations, description] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        const bool ok = m_store->setAllocations(m_currentMeetingId, allocations);
        sessionWritten(m_currentMeetingId, description, ok ? QString() : m_store->lastError());
    });
}

void AsyncStore::setCurrentItem(const QString &item) {
    QMetaObject::invokeMethod(m_worker, [this, item] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        const bool ok = m_store->setCurrentItem(m_currentMeetingId, item);
        sessionWritten(m_currentMeetingId, tr("Now on agenda item %1").arg(item),
                       ok ? QString() : m_store->lastError());
    });
}

void AsyncStore::recordOutcome(const Outcome &recordedOutcome) {
    QMetaObject::invokeMethod(m_worker, [this, outcome = recordedOutcome]() mutable {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        if (outcome.status == OutcomeStatus::Revised && outcome.target.isEmpty())
            outcome.target = m_store->nextFreeNumber(m_currentMeetingId); // reserve it
        const bool ok = m_store->addOutcome(m_currentMeetingId, outcome) != 0;
        SessionState one;
        one.outcomes = {outcome};
        sessionWritten(m_currentMeetingId, describeChanges(SessionState{}, one).value(0),
                       ok ? QString() : m_store->lastError());
    });
}

void AsyncStore::removeOutcome(const QString &uid) {
    QMetaObject::invokeMethod(m_worker, [this, uid] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        const bool ok = m_store->removeOutcome(m_currentMeetingId, uid);
        sessionWritten(m_currentMeetingId, tr("Outcome taken back"),
                       ok ? QString() : m_store->lastError());
    });
}

void AsyncStore::saveLiaison(const LiaisonStatement &liaison) {
    QMetaObject::invokeMethod(m_worker, [this, liaison] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        const bool ok = m_store->saveLiaison(m_currentMeetingId, liaison);
        sessionWritten(m_currentMeetingId, tr("Liaison statement %1 saved").arg(liaison.id),
                       ok ? QString() : m_store->lastError());
    });
}

void AsyncStore::removeLiaison(const QString &id) {
    QMetaObject::invokeMethod(m_worker, [this, id] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        const bool ok = m_store->removeLiaison(m_currentMeetingId, id);
        sessionWritten(m_currentMeetingId, tr("Liaison statement %1 removed").arg(id),
                       ok ? QString() : m_store->lastError());
    });
}

void AsyncStore::startPublishing(const QUrl &url) {
    QMetaObject::invokeMethod(m_worker, [this, url] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        ensureSessionServices(m_currentMeetingId);
        m_follower->stop();
        QString error;
        if (!m_publisher->connectTo(url, &error)) {
            PublishResult r;
            r.error = error;
            emit publishFinished(r);
            return;
        }
        m_publisher->setResolution(SessionPublisher::Resolution::Ask);
        emit sessionLinkLoaded(url, false);
        m_publisher->publish();
    });
}

void AsyncStore::publishNow(SessionPublisher::Resolution resolution) {
    QMetaObject::invokeMethod(m_worker, [this, resolution] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        ensureSessionServices(m_currentMeetingId);
        m_publisher->setResolution(resolution);
        m_publisher->publish();
        m_publisher->setResolution(SessionPublisher::Resolution::Ask); // only this once
    });
}

void AsyncStore::startFollowing(const QUrl &url, int intervalMs) {
    QMetaObject::invokeMethod(m_worker, [this, url, intervalMs] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        ensureSessionServices(m_currentMeetingId);
        QString error;
        if (!m_follower->followUrl(url, &error)) {
            FollowResult r;
            r.error = error;
            emit followPolled(r);
            return;
        }
        m_follower->setIntervalMs(intervalMs > 0 ? intervalMs : m_followIntervalMs);
        emit sessionLinkLoaded(url, true);
        m_follower->start();
    });
}

void AsyncStore::setFollowInterval(int intervalMs) {
    QMetaObject::invokeMethod(m_worker, [this, intervalMs] {
        m_followIntervalMs = intervalMs;
        if (m_follower)
            m_follower->setIntervalMs(intervalMs);
    });
}

void AsyncStore::stopFollowing() {
    QMetaObject::invokeMethod(m_worker, [this] {
        if (m_follower)
            m_follower->stop();
        // Not resumed at the next start either.
        if (const auto link = m_store ? m_store->sessionLink(m_currentMeetingId) : std::nullopt;
            link && link->role == SessionLink::Role::Follow) {
            if (!m_store->removeSessionLink(m_currentMeetingId))
                emit failed(m_store->lastError());
            emit sessionLinkLoaded({}, false);
        }
    });
}

} // namespace Plenary
