#pragma once

#include "Session.h"
#include "SessionHttp.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Plenary {

class Store;

struct FollowResult {
    bool ok = false;
    bool changed = false; ///< a new session was taken into the store
    QStringList notices;  ///< what changed, one line each (describeChanges)
    QString error;        ///< the last good state is kept
    int revision = 0;
};

/// A delegate's view of the chairman's session: polls session.json with
/// If-None-Match (a 304 costs the server nothing) and takes each new
/// revision into the store as a whole, or not at all: a malformed, truncated
/// or older file, or one that names things the meeting does not have, is
/// reported and the last good state kept. The delegate's own notes are
/// never touched. Polls every interval (default 5 s) while followed, later
/// while nothing changes or the server cannot be reached.
class SessionFollower : public QObject {
    Q_OBJECT
public:
    SessionFollower(Store &store, QNetworkAccessManager &nam, QString meetingId,
                    QObject *parent = nullptr);

    SessionHttp &http() { return m_http; }
    /// Follows @p url (session.json or its folder) from now on.
    bool followUrl(const QUrl &url, QString *error);
    void setIntervalMs(int ms) { m_baseIntervalMs = ms; }
    int currentIntervalMs() const { return m_intervalMs; }

    /// One poll now; emits polled().
    void poll();
    /// Polls every interval until stop().
    void start();
    void stop();
    bool isPolling() const { return m_timer.isActive() || m_http.busy(); }

Q_SIGNALS:
    void polled(const Plenary::FollowResult &result);

private:
    void answered(const SessionHttp::Answer &a);
    void finish(FollowResult result, bool unreachable);

    Store &m_store;
    SessionHttp m_http;
    QString m_meetingId;
    QTimer m_timer;
    int m_baseIntervalMs = 5000;
    int m_intervalMs = 5000;
    int m_unchanged = 0;
    bool m_running = false;
    bool m_polling = false;
};

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::FollowResult)
