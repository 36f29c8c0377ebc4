#pragma once

#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace Plenary {

/// Aborts a reply that brings fewer than a floor of bytes in each window.
///
/// A stall time-out alone never ends a download from a server that sends a
/// byte a second (or trickles its headers): every byte restarts the clock.
/// The guard lives as a child of the reply and dies with it; tooSlow() comes
/// just before the reply is aborted, so its owner can tell why it ended.
class RateGuard : public QObject {
    Q_OBJECT
public:
    /// Guards @p reply (becomes its child). @p minBytesPerSecond <= 0 or
    /// @p windowMs <= 0: no guard.
    RateGuard(QNetworkReply *reply, int minBytesPerSecond, int windowMs);

Q_SIGNALS:
    void tooSlow(const QString &reason);

private:
    void check();

    QNetworkReply *m_reply;
    QTimer m_timer;
    qint64 m_received = 0;
    qint64 m_receivedAtCheck = 0;
    qint64 m_floorPerWindow = 0;
    int m_minBytesPerSecond = 0;
};

} // namespace Plenary
