#include "RateGuard.h"

#include <QLocale>
#include <QNetworkReply>

namespace Plenary {

RateGuard::RateGuard(QNetworkReply *reply, int minBytesPerSecond, int windowMs)
    : QObject(reply)
    , m_reply(reply)
    , m_minBytesPerSecond(minBytesPerSecond) {
    if (minBytesPerSecond <= 0 || windowMs <= 0)
        return;
    m_floorPerWindow = qint64(minBytesPerSecond) * windowMs / 1000;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { m_received = received; });
    connect(reply, &QNetworkReply::finished, &m_timer, &QTimer::stop);
    connect(&m_timer, &QTimer::timeout, this, &RateGuard::check);
    m_timer.start(windowMs);
}

void RateGuard::check() {
    if (m_reply->isFinished())
        return;
    if (m_received - m_receivedAtCheck >= m_floorPerWindow) {
        m_receivedAtCheck = m_received;
        return;
    }
    m_timer.stop();
    emit tooSlow(tr("the server sent less than %1 per second; given up")
                     .arg(QLocale().formattedDataSize(m_minBytesPerSecond)));
    m_reply->abort();
}

} // namespace Plenary
