#include "AsyncIndexer.h"

#include "OfficeConverter.h"
#include "Store.h"

#include <QElapsedTimer>

namespace Plenary {

namespace {
constexpr int kProgressEveryMs = 100;
}

AsyncIndexer::AsyncIndexer(DataPaths paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_worker(new QObject) {
    qRegisterMetaType<Plenary::SearchIndexer::Result>();
    m_thread.setObjectName(QStringLiteral("plenary-indexer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

AsyncIndexer::~AsyncIndexer() {
    m_cancel = true;
    // The SQLite connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_store.reset();
            m_convert.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AsyncIndexer::update(const QString &meetingId) {
    if (meetingId.isEmpty())
        return;
    if (m_running) {
        m_again = meetingId;
        return;
    }
    m_running = true;
    m_cancel = false;
    emit started(meetingId);
    QMetaObject::invokeMethod(m_worker, [this, meetingId] { run(meetingId); });
}

void AsyncIndexer::cancel() {
    m_again.clear();
    m_cancel = true;
}

void AsyncIndexer::run(const QString &meetingId) {
    SearchIndexer::Result result;
    if (!m_store || !m_store->isOpen()) {
        m_store = std::make_unique<Store>(m_paths.databaseFile());
        if (!m_store->open()) {
            result.error = m_store->lastError();
            m_store.reset();
        }
    }
    if (m_store) {
        if (!m_convert)
            m_convert = std::make_unique<OfficeConverter>(m_paths.cacheDir());
        SearchIndexer indexer(*m_store, m_paths, m_convert.get());
        QElapsedTimer since;
        since.start();
        bool first = true;
        result = indexer.update(
            meetingId,
            [&](const SearchIndexer::Progress &p) {
                if (first || since.hasExpired(kProgressEveryMs) || p.done == p.total) {
                    first = false;
                    since.restart();
                    emit progress(p.done, p.total, p.current);
                }
                return !m_cancel;
            },
            [this] { return bool(m_cancel); });
    }
    QMetaObject::invokeMethod(this, [this, meetingId, result] { runFinished(meetingId, result); });
}

void AsyncIndexer::runFinished(const QString &meetingId, const SearchIndexer::Result &result) {
    m_running = false;
    emit finished(meetingId, result);
    if (!m_again.isEmpty())
        update(std::exchange(m_again, QString()));
}

} // namespace Plenary
