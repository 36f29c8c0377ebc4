// RateGuard against a scripted server on 127.0.0.1 that trickles: alone, a
// trickle is given up; sharing a slow link with others it is not; and a
// request Qt keeps queued is not judged before it is sent.
#include "HostileServer.h"
#include "RateGuard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Plenary;
using namespace PlenaryTest;

namespace {

using R = HostileServer::Response;

// A byte every 20 ms (50 bytes a second), never done.
R trickle() {
    R r = HostileServer::file("%PDF-1.4\n");
    r.mode = R::Trickle;
    r.contentLength = 1000000;
    r.trickleMs = 20;
    return r;
}

} // namespace

class TestRateGuard : public QObject {
    Q_OBJECT

    HostileServer m_server;

private Q_SLOTS:
    void initTestCase() {
        m_server.route("/trickle", trickle());
        m_server.route("/file", HostileServer::file(QByteArray(100000, 'x')));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void aTrickleAloneIsGivenUp() {
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(m_server.url(QStringLiteral("/trickle")))));
        auto *guard = new RateGuard(reply.get(), 60, 1000, std::make_shared<RateMeter>());
        QSignalSpy slow(guard, &RateGuard::tooSlow);
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(slow.size(), 1);
        QVERIFY2(slow.at(0).at(0).toString().contains(QStringLiteral("less than 60 bytes")),
                 qPrintable(slow.at(0).at(0).toString()));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QVERIFY(guard->received() > 20); // it did bring something, too little
    }

    void twoTricklesSharingTheFloorAreKept() {
        // Together 100 bytes a second, well above the floor of 60: as six
        // transfers over a slow hotel link, none is to blame.
        QNetworkAccessManager nam;
        auto meter = std::make_shared<RateMeter>();
        std::unique_ptr<QNetworkReply> a(
            nam.get(QNetworkRequest(m_server.url(QStringLiteral("/trickle")))));
        std::unique_ptr<QNetworkReply> b(
            nam.get(QNetworkRequest(m_server.url(QStringLiteral("/trickle")))));
        auto *guardA = new RateGuard(a.get(), 60, 1000, meter);
        auto *guardB = new RateGuard(b.get(), 60, 1000, meter);
        QSignalSpy slowA(guardA, &RateGuard::tooSlow);
        QSignalSpy slowB(guardB, &RateGuard::tooSlow);
        QTest::qWait(3500); // three windows
        QCOMPARE(slowA.size() + slowB.size(), 0);
        QVERIFY(a->isRunning() && b->isRunning());
        QCOMPARE(meter->active(), 2);
        QVERIFY(meter->total() > 250);

        // One goes: the other is alone below the floor, and given up.
        a->abort();
        QCOMPARE(meter->active(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(slowB.size(), 1, 4000);
        QCOMPARE(meter->active(), 0);
    }

    void aQueuedRequestIsNotJudgedBeforeItIsSent() {
        // Six trickles take every connection Qt opens to the host; the
        // seventh request waits in Qt's queue, far longer than a window.
        QNetworkAccessManager nam;
        std::vector<std::unique_ptr<QNetworkReply>> busy;
        for (int i = 0; i < 6; ++i)
            busy.emplace_back(nam.get(QNetworkRequest(m_server.url(QStringLiteral("/trickle")))));
        std::unique_ptr<QNetworkReply> queued(
            nam.get(QNetworkRequest(m_server.url(QStringLiteral("/file")))));
        auto *guard = new RateGuard(queued.get(), 1000, 300);
        QSignalSpy slow(guard, &RateGuard::tooSlow);
        QSignalSpy finished(queued.get(), &QNetworkReply::finished);
        QTest::qWait(1500); // five windows
        QCOMPARE(slow.size(), 0);
        QVERIFY(!queued->isFinished());
        // A connection is free: the file comes, whole.
        busy.front()->abort();
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        QCOMPARE(slow.size(), 0);
        QCOMPARE(queued->error(), QNetworkReply::NoError);
        QCOMPARE(queued->readAll().size(), 100000);
        for (auto &r : busy)
            r->abort();
    }
};

QTEST_GUILESS_MAIN(TestRateGuard)
#include "tst_rateguard.moc"
