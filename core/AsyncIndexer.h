#pragma once

#include "DataPaths.h"
#include "SearchIndexer.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Plenary {

class OfficeConverter;
class Store;

/// Keeps a meeting's full-text index up to date in the background: a
/// SearchIndexer on a thread of its own with its own connection to the
/// store (SQLite's WAL lets searches and the session's writes go on while
/// it works; each file is one short transaction). Office documents are
/// converted with LibreOffice where it is installed.
class AsyncIndexer : public QObject {
    Q_OBJECT
public:
    explicit AsyncIndexer(DataPaths paths, QObject *parent = nullptr);
    /// Stops a running update (what it finished is kept).
    ~AsyncIndexer() override;

    /// Brings the index of @p meetingId up to date: started(), progress(),
    /// finished(). Asked while an update runs, it runs again afterwards.
    void update(const QString &meetingId);
    /// Stops the running update after the file being read.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(const QString &meetingId);
    /// @p done of @p total files read; at most about ten times a second.
    void progress(int done, int total, const QString &current);
    void finished(const QString &meetingId, const Plenary::SearchIndexer::Result &result);

private:
    void run(const QString &meetingId);
    void runFinished(const QString &meetingId, const SearchIndexer::Result &result);

    DataPaths m_paths;
    QThread m_thread;
    QObject *m_worker;                          // lives in m_thread
    std::unique_ptr<Store> m_store;             // touched only in m_thread
    std::unique_ptr<OfficeConverter> m_convert; // touched only in m_thread
    std::atomic<bool> m_cancel{false};
    bool m_running = false; // GUI thread's view
    QString m_again;        // asked while running
};

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::SearchIndexer::Result)
