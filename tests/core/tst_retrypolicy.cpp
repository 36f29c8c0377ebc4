#include "RetryPolicy.h"

#include <QTest>

using namespace Plenary;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exponentialAndCapped() {
        SyncOptions o;
        o.baseRetryDelayMs = 1000;
        o.maxRetryDelayMs = 60000;
        QCOMPARE(RetryPolicy::delayMs(o, 1, {}), 1000);
        QCOMPARE(RetryPolicy::delayMs(o, 2, {}), 2000);
        QCOMPARE(RetryPolicy::delayMs(o, 4, {}), 8000);
        QCOMPARE(RetryPolicy::delayMs(o, 7, {}), 60000);   // capped
        QCOMPARE(RetryPolicy::delayMs(o, 500, {}), 60000); // no overflow
        QCOMPARE(RetryPolicy::delayMs(o, 0, {}), 1000);
    }

    void retryAfterSeconds() {
        SyncOptions o;
        QCOMPARE(RetryPolicy::delayMs(o, 1, " 7 "), 7000);
        QCOMPARE(RetryPolicy::delayMs(o, 3, "0"), 0); // the server's word wins
        QCOMPARE(RetryPolicy::delayMs(o, 1, "86400"), o.maxRetryDelayMs);
        QCOMPARE(RetryPolicy::delayMs(o, 1, "99999999999999"), o.maxRetryDelayMs);
        // Nonsense falls back to the exponential delay.
        QCOMPARE(RetryPolicy::delayMs(o, 2, "-5"), 2 * o.baseRetryDelayMs);
        QCOMPARE(RetryPolicy::delayMs(o, 2, "soon"), 2 * o.baseRetryDelayMs);
    }

    void retryAfterHttpDate() {
        SyncOptions o;
        const QDateTime now(QDate(2010, 6, 14), QTime(9, 30), Qt::UTC);
        QCOMPARE(RetryPolicy::delayMs(o, 1, "Mon, 14 Jun 2010 09:30:12 GMT", now), 12000);
        QCOMPARE(RetryPolicy::delayMs(o, 1, "Mon, 14 Jun 2010 09:00:00 GMT", now), 0); // past
        QCOMPARE(RetryPolicy::delayMs(o, 1, "Tue, 15 Jun 2010 09:30:00 GMT", now),
                 o.maxRetryDelayMs);
    }

    void whatIsRetried() {
        QVERIFY(RetryPolicy::isRetryableStatus(429));
        QVERIFY(RetryPolicy::isRetryableStatus(500));
        QVERIFY(RetryPolicy::isRetryableStatus(503));
        QVERIFY(!RetryPolicy::isRetryableStatus(404));
        QVERIFY(!RetryPolicy::isRetryableStatus(401));
        QVERIFY(!RetryPolicy::isRetryableStatus(200));
        QVERIFY(RetryPolicy::isTransient(QNetworkReply::RemoteHostClosedError));
        QVERIFY(RetryPolicy::isTransient(QNetworkReply::OperationCanceledError));
        // Never retried: TLS errors and refused redirects are decisions, not accidents.
        QVERIFY(!RetryPolicy::isTransient(QNetworkReply::SslHandshakeFailedError));
        QVERIFY(!RetryPolicy::isTransient(QNetworkReply::InsecureRedirectError));
        QVERIFY(!RetryPolicy::isTransient(QNetworkReply::TooManyRedirectsError));
        QVERIFY(!RetryPolicy::isTransient(QNetworkReply::ContentNotFoundError));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
