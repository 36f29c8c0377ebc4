// SessionHttp, the publisher's and follower's requests, against Apache
// mod_dav on 127.0.0.1: verbs and headers as sent, answers as read, and the
// lock a killed publisher left found again by its owner.
#include "SessionHttp.h"
#include "TestServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;
using namespace PlenaryTest;

namespace {

const QByteArray kLockInfo = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<D:lockinfo xmlns:D=\"DAV:\"><D:lockscope><D:exclusive/>"
                             "</D:lockscope><D:locktype><D:write/></D:locktype>"
                             "<D:owner>%1</D:owner></D:lockinfo>\n";
const QByteArray kLockDiscovery = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                  "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:lockdiscovery/>"
                                  "</D:prop></D:propfind>\n";

SessionHttp::Answer send(SessionHttp &http, const QByteArray &verb, const QUrl &url,
                         const QHash<QByteArray, QByteArray> &headers = {},
                         const QByteArray &body = {}) {
    std::optional<SessionHttp::Answer> answer;
    http.send(verb, url, headers, body, [&](const SessionHttp::Answer &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
        qFatal("no answer to %s", verb.constData());
    return *answer;
}

} // namespace

class TestSessionHttp : public QObject {
    Q_OBJECT

    QTemporaryDir m_www;
    std::unique_ptr<TestServer> m_server;

private Q_SLOTS:
    void initTestCase() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        m_server = std::make_unique<TestServer>(TestServer::ApacheDav);
        QString error;
        QVERIFY2(m_server->start(m_www.path(), &error), qPrintable(error));
    }

    void putGetAndConditions() {
        QNetworkAccessManager nam;
        SessionHttp http(nam);
        const QUrl url = m_server->url(QStringLiteral("/s1.json"));
        SessionHttp::Answer a = send(http, "PUT", url, {{"If-None-Match", "*"}}, "{\"a\":1}\n");
        QCOMPARE(a.status, 201);
        a = send(http, "PUT", url, {{"If-None-Match", "*"}}, "{\"a\":2}\n");
        QCOMPARE(a.status, 412); // taken: nothing written
        a = send(http, "GET", url);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, QByteArray("{\"a\":1}\n"));
        QVERIFY(!a.etag.isEmpty());
        QCOMPARE(http.requests(), 3);
        QVERIFY(!http.busy());
        a = send(http, "GET", m_server->url(QStringLiteral("/nothing.json")));
        QCOMPARE(a.status, 404);
        QCOMPARE(SessionHttp::describe(a).left(8), QStringLiteral("HTTP 404"));
    }

    void noAnswerOnceDestroyed() {
        // The owner is going: its callbacks must not run on what is left
        // of it (a publisher deleted mid-PUT when the meeting changes).
        QNetworkAccessManager nam;
        bool called = false;
        {
            SessionHttp http(nam);
            http.send("GET", m_server->url(QStringLiteral("/anything.json")), {}, {},
                      [&called](const SessionHttp::Answer &) { called = true; });
            QVERIFY(http.busy());
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }

    void unreachableIsANetworkFailure() {
        QNetworkAccessManager nam;
        SessionHttp http(nam);
        const SessionHttp::Answer a =
            send(http, "GET", QUrl(QStringLiteral("http://127.0.0.1:9/")));
        QVERIFY(a.networkFailed());
        QVERIFY(!SessionHttp::describe(a).isEmpty());
    }

    void aLockIsFoundByItsOwner() {
        QNetworkAccessManager nam;
        SessionHttp http(nam);
        const QUrl url = m_server->url(QStringLiteral("/s2.json"));
        QCOMPARE(send(http, "PUT", url, {}, "{}\n").status, 201);
        const QString owner = QStringLiteral("Plenary 0b6c-test");
        const SessionHttp::Answer lock =
            send(http, "LOCK", url, {{"Timeout", "Second-30"}, {"Depth", "0"}},
                 QString::fromLatin1(kLockInfo).arg(owner).toUtf8());
        QCOMPARE(lock.status, 200);
        QVERIFY(lock.lockToken.startsWith("<opaquelocktoken:"));

        const SessionHttp::Answer found =
            send(http, "PROPFIND", url, {{"Depth", "0"}}, kLockDiscovery);
        QCOMPARE(found.status, 207);
        QCOMPARE(SessionHttp::lockTokenOwnedBy(found.body, owner), lock.lockToken);
        QVERIFY(
            SessionHttp::lockTokenOwnedBy(found.body, QStringLiteral("Plenary other")).isEmpty());
        // Released with the token found: others can write again.
        QCOMPARE(send(http, "UNLOCK", url, {{"Lock-Token", lock.lockToken}}).status, 204);
        QCOMPARE(send(http, "PUT", url, {}, "{\"b\":1}\n").status, 204);
        const SessionHttp::Answer none =
            send(http, "PROPFIND", url, {{"Depth", "0"}}, kLockDiscovery);
        QCOMPARE(none.status, 207);
        QVERIFY(SessionHttp::lockTokenOwnedBy(none.body, owner).isEmpty());
    }

    void lockDiscoveryOfOtherServers() {
        // Another prefix, an owner given as an href, several locks, and
        // what is not XML at all.
        const QByteArray two =
            "<?xml version=\"1.0\"?><a:multistatus xmlns:a=\"DAV:\"><a:response>"
            "<a:href>/s.json</a:href><a:propstat><a:prop><a:lockdiscovery>"
            "<a:activelock><a:owner><a:href>mailto:x@example.org</a:href></a:owner>"
            "<a:locktoken><a:href>opaquelocktoken:first</a:href></a:locktoken></a:activelock>"
            "<a:activelock><a:owner>Plenary me</a:owner><a:lockroot><a:href>/s.json</a:href>"
            "</a:lockroot><a:locktoken><a:href> opaquelocktoken:second </a:href></a:locktoken>"
            "</a:activelock></a:lockdiscovery></a:prop></a:propstat></a:response>"
            "</a:multistatus>";
        QCOMPARE(SessionHttp::lockTokenOwnedBy(two, QStringLiteral("Plenary me")),
                 QByteArray("<opaquelocktoken:second>"));
        QVERIFY(SessionHttp::lockTokenOwnedBy(two, QStringLiteral("mailto")).isEmpty());
        QVERIFY(SessionHttp::lockTokenOwnedBy("<html>not found", QStringLiteral("Plenary me"))
                    .isEmpty());
        QVERIFY(SessionHttp::lockTokenOwnedBy({}, QStringLiteral("Plenary me")).isEmpty());
        // Not in the DAV: namespace: not a lock.
        QVERIFY(SessionHttp::lockTokenOwnedBy(
                    "<x:activelock xmlns:x=\"urn:other\"><x:owner>Plenary me</x:owner>"
                    "<x:locktoken><x:href>t</x:href></x:locktoken></x:activelock>",
                    QStringLiteral("Plenary me"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionHttp)
#include "tst_sessionhttp.moc"
