#pragma once

#include <QDateTime>

namespace Plenary {

/// The time, injectable so that tests can control it (KeePassXC's Clock).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }

    /// A process-wide system clock for callers that do not inject one.
    static const Clock &system();
};

/// A clock that says what the test tells it.
class FixedClock : public Clock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Plenary
