#include "RateGuard.h"

#include <QLocale>
#include <QNetworkReply>

namespace Plenary {

RateGuard::RateGuard(QNetworkReply *reply, int minBytesPerSecond, int windowMs,
                     std::shared_ptr<RateMeter> meter)
    : QObject(reply)
    , m_reply(reply)
    , m_meter(std::move(meter))
    , m_minBytesPerSecond(minBytesPerSecond) {
    if (minBytesPerSecond <= 0 || windowMs <= 0)
        return;
    m_floorPerWindow = qint64(minBytesPerSecond) * windowMs / 1000;
    m_timer.setInterval(windowMs);
    // requestSent is the moment the request leaves; headers or bytes mean
    // it has left too (a reply that Qt served without sending anything).
    connect(reply, &QNetworkReply::requestSent, this, &RateGuard::onTheWire);
    connect(reply, &QNetworkReply::metaDataChanged, this, &RateGuard::onTheWire);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { progress(received); });
    connect(reply, &QNetworkReply::finished, this, &RateGuard::stop);
    connect(&m_timer, &QTimer::timeout, this, &RateGuard::check);
}

RateGuard::~RateGuard() {
    stop();
}

void RateGuard::onTheWire() {
    if (m_sent || m_stopped)
        return;
    m_sent = true;
    if (m_meter) {
        m_meter->started();
        m_meterAtCheck = m_meter->total();
    }
    m_timer.start();
}

void RateGuard::progress(qint64 received) {
    onTheWire();
    if (m_meter && received > m_received)
        m_meter->add(received - m_received);
    m_received = qMax(m_received, received);
}

void RateGuard::stop() {
    if (m_stopped)
        return;
    m_stopped = true;
    m_timer.stop();
    if (m_sent && m_meter)
        m_meter->ended();
}

void RateGuard::check() {
    if (m_reply->isFinished() || m_stopped)
        return;
    const qint64 mine = m_received - m_receivedAtCheck;
    m_receivedAtCheck = m_received;
    bool linkIsSlow = false;
    if (m_meter) {
        const qint64 all = m_meter->total() - m_meterAtCheck;
        m_meterAtCheck = m_meter->total();
        const int sharing = qMax(1, m_meter->active());
        linkIsSlow = all >= m_floorPerWindow && mine * 4 * sharing >= all;
    }
    if (mine >= m_floorPerWindow || linkIsSlow)
        return;
    stop();
    emit tooSlow(tr("the server sent less than %1 per second; given up")
                     .arg(QLocale().formattedDataSize(m_minBytesPerSecond)));
    m_reply->abort();
}

} // namespace Plenary
