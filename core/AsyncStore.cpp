#include "AsyncStore.h"

#include "CurlMulti.h"

#include "DemoMeeting.h"
#include "MeetingJson.h"
#include "OfficeConverter.h"
#include "Store.h"

#include <QNetworkAccessManager>

namespace Plenary {

AsyncStore::AsyncStore(DataPaths paths, std::unique_ptr<CredentialStore> credentials,
                       QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_worker(new QObject)
    , m_convertWorker(new QObject)
    , m_credentials(credentials ? std::move(credentials)
                                : std::make_unique<MemoryCredentialStore>()) {
    qRegisterMetaType<Plenary::MeetingData>();
    qRegisterMetaType<Plenary::SyncProgress>();
    qRegisterMetaType<Plenary::SyncResult>();
    qRegisterMetaType<Plenary::FileState>();
    qRegisterMetaType<Plenary::SessionState>();
    qRegisterMetaType<Plenary::PublishResult>();
    qRegisterMetaType<Plenary::FollowResult>();
    qRegisterMetaType<Plenary::Report>();
    qRegisterMetaType<Plenary::OpenedDocument>();
    qRegisterMetaType<QList<Plenary::SearchHit>>();
    qRegisterMetaType<Plenary::Note>();
    qRegisterMetaType<QList<Plenary::Note>>();
    qRegisterMetaType<QHash<QString, Plenary::Position>>();
    m_thread.setObjectName(QStringLiteral("plenary-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_convertThread.setObjectName(QStringLiteral("plenary-convert"));
    m_convertWorker->moveToThread(&m_convertThread);
    connect(&m_convertThread, &QThread::finished, m_convertWorker, &QObject::deleteLater);
    m_convertThread.start();
}

AsyncStore::~AsyncStore() {
    m_quitting = true; // a conversion under way stops
    // The store's thread first: what is queued there may still hand a
    // conversion to the converter's thread, which must then still be there.
    // The SQLite connection must be closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_publisher; // before the store they use
            delete m_follower;
            delete m_sync;
            delete m_submitter; // before the curl handles it uses
            delete m_curl;
            delete m_nam; // after everything that sends through it
            m_nam = nullptr;
            m_submitter = nullptr;
            m_curl = nullptr;
            m_publisher = nullptr;
            m_follower = nullptr;
            m_sync = nullptr;
            m_store.reset();
            m_credentials.reset(); // used in this thread only
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    QMetaObject::invokeMethod(
        m_convertWorker, [this] { m_converter.reset(); }, Qt::BlockingQueuedConnection);
    m_convertThread.quit();
    m_convertThread.wait();
}

bool AsyncStore::ensureOpen() {
    if (m_store && m_store->isOpen())
        return true;
    m_store = std::make_unique<Store>(m_paths.databaseFile());
    if (!m_store->open()) {
        emit failed(tr("Cannot open the meeting database %1: %2")
                        .arg(m_paths.databaseFile(), m_store->lastError()));
        m_store.reset();
        return false;
    }
    return true;
}

void AsyncStore::loadCurrent() {
    QString error;
    const auto id = DemoMeeting::ensureCurrentMeeting(*m_store, m_paths, &error);
    if (!id) {
        emit failed(tr("Cannot set up the demo meeting: %1").arg(error));
        return;
    }
    const auto meeting = m_store->loadMeeting(*id);
    if (!meeting) {
        emit failed(tr("Cannot read meeting %1: %2").arg(*id, m_store->lastError()));
        return;
    }
    if (m_currentMeetingId != *id) { // another meeting: its own publisher and follower
        delete m_publisher;
        delete m_follower;
        m_publisher = nullptr;
        m_follower = nullptr;
        m_currentMeetingId = *id;
    }
    emit meetingLoaded(*meeting);
    // Carry on publishing or following where the last run left off.
    if (const auto link = m_store->sessionLink(*id)) {
        const bool following = link->role == SessionLink::Role::Follow;
        emit sessionLinkLoaded(link->url, following);
        ensureSessionServices(*id);
        if (following && !m_follower->isPolling())
            m_follower->start();
        else if (!following && link->pending() && !m_publisher->isRunning())
            m_publisher->publish();
    } else {
        emit sessionLinkLoaded({}, false);
    }
}

void AsyncStore::openCurrentMeeting() {
    QMetaObject::invokeMethod(m_worker, [this] {
        if (ensureOpen())
            loadCurrent();
    });
}

void AsyncStore::importFile(const QString &path) {
    QMetaObject::invokeMethod(m_worker, [this, path] {
        if (!ensureOpen()) {
            emit importFinished(false, tr("The meeting database could not be opened."));
            return;
        }
        const auto parsed = MeetingJson::readFile(path);
        if (!parsed.meeting) {
            emit importFinished(false, parsed.error);
            return;
        }
        if (!m_store->importMeeting(*parsed.meeting)) {
            emit importFinished(
                false, tr("%1: cannot store the meeting: %2").arg(path, m_store->lastError()));
            return;
        }
        emit importFinished(true, tr("Imported %1 (%n document(s)).", nullptr,
                                     int(parsed.meeting->documents.size()))
                                      .arg(parsed.meeting->meeting.title));
        loadCurrent();
    });
}

void AsyncStore::sync(const QUrl &url, const SyncOptions &options) {
    QMetaObject::invokeMethod(m_worker, [this, url, options] {
        if (!ensureOpen())
            return;
        if (m_sync && m_sync->isRunning())
            return;
        delete m_sync;
        m_sync = new SyncEngine(*m_store, *network(), m_paths, options);
        m_sync->setCredentialStore(m_credentials.get());
        connect(m_sync, &SyncEngine::progress, m_sync,
                [this](const SyncProgress &p) { emit syncProgress(p); });
        connect(m_sync, &SyncEngine::fileStateChanged, m_sync,
                [this](const QString &number, const QString &name, FileState state) {
                    emit fileStateChanged(number, name, state);
                });
        connect(m_sync, &SyncEngine::finished, m_sync, [this](const SyncResult &result) {
            if (!result.meetingId.isEmpty() && !m_store->setCurrentMeetingId(result.meetingId))
                emit failed(m_store->lastError());
            emit syncFinished(result);
            loadCurrent();
        });
        emit syncStarted(url);
        m_sync->start(url);
    });
}

void AsyncStore::setCredentials(const QUrl &server, const QString &user, const QString &password,
                                bool remember) {
    QMetaObject::invokeMethod(m_worker, [this, server, user, password, remember] {
        if (!m_credentials->save(CredentialStore::serverKey(server), {user, password}, remember))
            emit credentialsNotRemembered(m_credentials->lastError());
    });
}

void AsyncStore::forgetCredentials(const QUrl &server) {
    QMetaObject::invokeMethod(m_worker, [this, server] {
        if (!m_credentials->remove(CredentialStore::serverKey(server)))
            emit credentialsNotForgotten(m_credentials->lastError());
    });
}

void AsyncStore::cancelSync() {
    QMetaObject::invokeMethod(m_worker, [this] {
        if (m_sync)
            m_sync->cancel();
    });
}

} // namespace Plenary
