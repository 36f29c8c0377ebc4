#include "Clock.h"

#include <QTest>
#include <QTimeZone>

using namespace Plenary;

class TestClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void systemClockIsUtcAndNow() {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system().nowUtc();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now.secsTo(QDateTime::currentDateTimeUtc()) < 5);
    }

    void fixedClockObeys() {
        const QDateTime t(QDate(2010, 6, 14), QTime(9, 30), QTimeZone::utc());
        FixedClock clock(t);
        QCOMPARE(clock.nowUtc(), t);
        clock.advance(90);
        QCOMPARE(clock.nowUtc(), t.addSecs(90));
        clock.set(t.addDays(2));
        QCOMPARE(clock.nowUtc().date(), QDate(2010, 6, 16));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
