#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkReply;

namespace Plenary {

/// What all the guarded replies of one sync brought in, together: a slow
/// link shared by six transfers gives each a sixth of it, which is no reason
/// to give up on any of them.
class RateMeter {
public:
    void add(qint64 bytes) { m_total += bytes; }
    qint64 total() const { return m_total; }
    /// Replies on the wire now (sent and not finished).
    int active() const { return m_active; }
    void started() { ++m_active; }
    void ended() { --m_active; }

private:
    qint64 m_total = 0;
    int m_active = 0;
};

/// Aborts a reply that brings fewer than a floor of bytes in each window.
///
/// A stall time-out alone never ends a download from a server that sends a
/// byte a second (or trickles its headers): every byte restarts the clock.
/// The first window opens when the request is on the wire, not when the
/// reply is made: a request Qt keeps queued behind six others is not slow.
/// With a shared RateMeter, a reply below the floor is kept while the sync
/// as a whole gets at least the floor and this reply at least a quarter of
/// an even share: it is the link that is slow, not this server. (A server
/// that trickles on every connection at once, just above an even share of
/// the floor, looks like such a link; each file still ends at its size.)
///
/// The guard lives as a child of the reply and dies with it; tooSlow() comes
/// just before the reply is aborted, so its owner can tell why it ended.
class RateGuard : public QObject {
    Q_OBJECT
public:
    /// Guards @p reply (becomes its child). @p minBytesPerSecond <= 0 or
    /// @p windowMs <= 0: no guard.
    RateGuard(QNetworkReply *reply, int minBytesPerSecond, int windowMs,
              std::shared_ptr<RateMeter> meter = {});
    ~RateGuard() override;

    /// Bytes this reply brought in so far.
    qint64 received() const { return m_received; }

Q_SIGNALS:
    void tooSlow(const QString &reason);

private:
    void onTheWire();
    void progress(qint64 received);
    void stop();
    void check();

    QNetworkReply *m_reply;
    std::shared_ptr<RateMeter> m_meter;
    QTimer m_timer;
    bool m_sent = false;
    bool m_stopped = false;
    qint64 m_received = 0;
    qint64 m_receivedAtCheck = 0;
    qint64 m_meterAtCheck = 0;
    qint64 m_floorPerWindow = 0;
    int m_minBytesPerSecond = 0;
};

} // namespace Plenary
