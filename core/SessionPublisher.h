#pragma once

#include "Session.h"
#include "SessionHttp.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Plenary {

class Clock;
class Store;

struct PublishResult {
    bool ok = false;
    bool conflict = false; ///< both sides changed the same things; nothing was written
    bool offline = false;  ///< the server could not be reached: kept for later
    QStringList conflicts; ///< one line per conflicting thing
    QStringList merged;    ///< what came in from the server's side
    QString warning;       ///< e.g. the server ignores If-Match
    QString error;
    int revision = 0;
    int requests = 0;
};

/// Publishes the chairman's session to session.json on a WebDAV server
/// without ever losing someone else's update:
///
/// - PUT with If-Match (the ETag of the copy this one is based on), or
///   If-None-Match: * for the first publication;
/// - a 412 means someone else published: read theirs, merge three ways
///   (mergeSessions) against the common base, take their changes into the
///   store and publish the merge; when both changed the same thing, stop
///   with the conflicts listed, unless told which side wins;
/// - Apache gives a weak ETag (W/"...") for a file changed within the last
///   second and If-Match never matches a weak ETag: read again a moment
///   later until the ETag is strong, checking that the content is still
///   the one this copy is based on;
/// - the server is probed once (a PUT with an If-Match that cannot match,
///   on a scratch file): one that accepts it (nginx's dav module) cannot
///   stop a lost update, and the result carries a warning.
///
/// With nothing new to send, publish() still reconciles: a conditional GET
/// takes in what another chairman published meanwhile.
///
/// One publish() at a time; the store belongs to the calling thread.
class SessionPublisher : public QObject {
    Q_OBJECT
public:
    enum class Resolution { Ask, KeepMine, TakeTheirs };

    SessionPublisher(Store &store, QNetworkAccessManager &nam, QString meetingId,
                     const Clock *clock = nullptr, QObject *parent = nullptr);

    SessionHttp &http() { return m_http; }
    /// Makes this copy the chairman's publishing to @p sessionUrl (the URL of
    /// session.json, or of its folder). Returns false with @p error.
    bool connectTo(const QUrl &sessionUrl, QString *error);
    /// How the next publish() settles conflicts.
    void setResolution(Resolution r) { m_resolution = r; }
    /// Delay before reading again when the server's ETag is weak (ms).
    void setWeakEtagDelayMs(int ms) { m_weakDelayMs = ms; }

    bool isRunning() const { return m_running; }
    void publish();

    static QUrl sessionUrlFor(const QUrl &urlOrFolder);

Q_SIGNALS:
    void finished(const Plenary::PublishResult &result);

private:
    void start();
    void releaseLeftLock();
    void probe();
    void snapshot();
    void put(const QByteArray &body, const QByteArray &condition, const QByteArray &value);
    void lockThenPut(const QByteArray &body, const QByteArray &etag);
    void unlockThen(const std::function<void()> &next);
    /// Writes the lock to the store (SessionLink::lockOwner); empty clears.
    /// @p mine: the owner it replaces or clears (another's is left alone).
    void storeLock(const QString &owner, const QByteArray &token, const QString &mine);
    /// Whether @p owner names another Plenary process that is running.
    static bool lockOfAnotherRunningCopy(const QString &owner);
    void putAnswered(const QByteArray &body, const SessionHttp::Answer &answer);
    void readTheirs(bool conditional = false);
    void theirsRead(const SessionHttp::Answer &answer);
    void done(const QString &error = {}, bool offline = false);
    void saveLink();

    Store &m_store;
    SessionHttp m_http;
    QString m_meetingId;
    const Clock *m_clock;
    Resolution m_resolution = Resolution::Ask;
    Resolution m_activeResolution = Resolution::Ask; ///< for the publish() under way
    int m_weakDelayMs = 1100;

    bool m_running = false;
    SessionLink m_link;
    SessionState m_mine;
    qint64 m_changesAtSnapshot = 0;
    int m_rounds = 0;
    int m_requestsAtStart = 0;
    bool m_nothingToSend = false;
    QString m_lockOwner;            ///< of the lock asked for (see SessionLink::lockOwner)
    QByteArray m_lockToken;         ///< held during one PUT
    bool m_lockUnsupported = false; ///< the server has no WebDAV locks
    QElapsedTimer m_lockWait;       ///< since the first 423 of this publish()
    PublishResult m_result;
};

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::PublishResult)
