#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Plenary {

namespace {

/// Runs a qtkeychain job to its end. Returns false on timeout.
bool run(QKeychain::Job &job, int timeoutMs) {
    job.setAutoDelete(false);
    bool done = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

QString describe(const QKeychain::Job &job) {
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("Plenary::KeychainCredentialStore",
                                           "no keychain is available (%1)")
            .arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("Plenary::KeychainCredentialStore",
                                           "access to the keychain was refused");
    default:
        return job.errorString();
    }
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs) {}

std::optional<Credentials> KeychainCredentialStore::find(const QString &server) {
    if (auto cached = m_session.find(server))
        return cached;
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(server);
    if (!run(job, m_timeoutMs)) {
        m_error = QCoreApplication::translate("Plenary::KeychainCredentialStore",
                                              "the keychain did not answer");
        return std::nullopt;
    }
    if (job.error() == QKeychain::EntryNotFound) {
        m_error.clear();
        return std::nullopt;
    }
    if (job.error() != QKeychain::NoError) {
        m_error = describe(job);
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(job.binaryData()).object();
    Credentials c{o.value(QLatin1String("user")).toString(),
                  o.value(QLatin1String("password")).toString()};
    if (c.user.isEmpty()) {
        m_error = QCoreApplication::translate("Plenary::KeychainCredentialStore",
                                              "the keychain entry for %1 is not Plenary's")
                      .arg(server);
        return std::nullopt;
    }
    (void)m_session.save(server, c, false);
    return c;
}

bool KeychainCredentialStore::save(const QString &server, const Credentials &credentials,
                                   bool remember) {
    (void)m_session.save(server, credentials, false);
    if (!remember) {
        // Unticking "remember" means the keychain must not keep an old copy.
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(server);
        run(job, m_timeoutMs);
        m_error.clear();
        return true;
    }
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(server);
    job.setBinaryData(QJsonDocument(QJsonObject{{QLatin1String("user"), credentials.user},
                                                {QLatin1String("password"), credentials.password}})
                          .toJson(QJsonDocument::Compact));
    if (!run(job, m_timeoutMs)) {
        m_error = QCoreApplication::translate("Plenary::KeychainCredentialStore",
                                              "the keychain did not answer");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        m_error = describe(job);
        return false;
    }
    m_error.clear();
    return true;
}

bool KeychainCredentialStore::remove(const QString &server) {
    (void)m_session.remove(server);
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(server);
    if (!run(job, m_timeoutMs)) {
        m_error = QCoreApplication::translate("Plenary::KeychainCredentialStore",
                                              "the keychain did not answer");
        return false;
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        m_error = describe(job);
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace Plenary
