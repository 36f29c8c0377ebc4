#include "KeychainCredentialStore.h"

#include <QTest>
#include <QUuid>

using namespace Plenary;

// Runs against a real Secret Service: ctest starts this test through
// with-keyring.sh (a private D-Bus session with gnome-keyring), and a second
// time with no D-Bus at all (PLENARY_TEST_NO_KEYCHAIN) for the failure path.
class TestKeychainCredentialStore : public QObject {
    Q_OBJECT

    bool m_noKeychain = qEnvironmentVariableIsSet("PLENARY_TEST_NO_KEYCHAIN");
    // A service name of this run's own, so runs never see each other.
    QString m_service = QStringLiteral("plenary-test-") + QUuid::createUuid().toString();

private Q_SLOTS:
    void init() {
        const QByteArray test = QTest::currentTestFunction();
        if (test == "serverKeyIgnoresPathAndUser")
            return; // needs no keychain
        if (m_noKeychain && test != "withoutKeychain")
            QSKIP("this run has no keychain; see withoutKeychain");
        if (!m_noKeychain && test == "withoutKeychain")
            QSKIP("this run has a keychain; ctest runs withoutKeychain separately");
    }

    void serverKeyIgnoresPathAndUser() {
        QCOMPARE(CredentialStore::serverKey(QUrl(QStringLiteral("https://u@ifa.itu.int/t/fg/"))),
                 QStringLiteral("https://ifa.itu.int:443"));
        QCOMPARE(CredentialStore::serverKey(QUrl(QStringLiteral("HTTP://h:8080/x"))),
                 QStringLiteral("http://h:8080"));
        QCOMPARE(CredentialStore::serverKey(QUrl(QStringLiteral("ftps://h/"))),
                 QStringLiteral("ftps://h:990"));
    }

    void rememberedOutlivesTheSession() {
        const QString server = QStringLiteral("https://docs.example.org:443");
        {
            KeychainCredentialStore store(m_service, 20000);
            QVERIFY2(store.save(server, {QStringLiteral("delegate"), QStringLiteral("pä ss:w0rd")},
                                true),
                     qPrintable(store.lastError()));
        }
        // A new store has an empty session cache: the answer comes from the keychain.
        KeychainCredentialStore later(m_service, 20000);
        const auto found = later.find(server);
        QVERIFY2(found, qPrintable(later.lastError()));
        QCOMPARE(found->user, QStringLiteral("delegate"));
        QCOMPARE(found->password, QStringLiteral("pä ss:w0rd"));
        // Another server and another service see nothing.
        QVERIFY(!later.find(QStringLiteral("https://other.example.org:443")));
        QVERIFY(later.lastError().isEmpty()); // "not found" is not an error
        KeychainCredentialStore otherService(m_service + QStringLiteral("-other"), 20000);
        QVERIFY(!otherService.find(server));
    }

    void notRememberedStaysInTheSessionAndDropsTheOldCopy() {
        const QString server = QStringLiteral("http://127.0.0.1:8080");
        KeychainCredentialStore first(m_service, 20000);
        QVERIFY(first.save(server, {QStringLiteral("old"), QStringLiteral("one")}, true));
        QVERIFY(first.save(server, {QStringLiteral("new"), QStringLiteral("two")}, false));
        QCOMPARE(first.find(server)->user, QStringLiteral("new")); // this session
        KeychainCredentialStore later(m_service, 20000);
        QVERIFY(!later.find(server)); // the remembered "old" is gone too
    }

    void removeForgetsEverywhere() {
        const QString server = QStringLiteral("https://ifa.itu.int:443");
        KeychainCredentialStore store(m_service, 20000);
        QVERIFY(store.save(server, {QStringLiteral("a"), QStringLiteral("b")}, true));
        QVERIFY2(store.remove(server), qPrintable(store.lastError()));
        QVERIFY(!store.find(server));
        KeychainCredentialStore later(m_service, 20000);
        QVERIFY(!later.find(server));
        QVERIFY(later.remove(server)); // removing what is not there is fine
    }

    void withoutKeychain() {
        // No Secret Service: remembering fails with a message that says so,
        // and the credentials still serve this session. Nothing is written
        // to a plain-text fallback.
        const QString server = QStringLiteral("https://docs.example.org:443");
        KeychainCredentialStore store(m_service, 20000);
        QVERIFY(!store.save(server, {QStringLiteral("delegate"), QStringLiteral("secret")}, true));
        QVERIFY2(!store.lastError().isEmpty(), "a reason is given");
        QCOMPARE(store.find(server)->password, QStringLiteral("secret"));
        KeychainCredentialStore later(m_service, 20000);
        QVERIFY(!later.find(server));
        QVERIFY2(!later.lastError().isEmpty(), "the failed look-up says why");
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
