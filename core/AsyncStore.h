#pragma once

#include "DataPaths.h"
#include "Meeting.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Plenary {

class Store;

/// Runs a Store on a worker thread so that the GUI thread never waits for
/// the disk. Requests are queued in order; results come back as signals in
/// the thread that owns the AsyncStore.
class AsyncStore : public QObject {
    Q_OBJECT
public:
    explicit AsyncStore(DataPaths paths, QObject *parent = nullptr);
    ~AsyncStore() override;

    const DataPaths &paths() const { return m_paths; }

    /// Opens the store (installing the demo meeting on first start) and
    /// loads the current meeting: emits meetingLoaded() or failed().
    void openCurrentMeeting();
    /// Validates and imports a meeting.json file, then reloads: emits
    /// importFinished() and, on success, meetingLoaded().
    void importFile(const QString &path);

Q_SIGNALS:
    void meetingLoaded(const Plenary::MeetingData &meeting);
    void failed(const QString &message);
    void importFinished(bool ok, const QString &message);

private:
    /// Runs in the worker thread.
    bool ensureOpen();
    void loadCurrent();

    DataPaths m_paths;
    QThread m_thread;
    QObject *m_worker;              // lives in m_thread; owns nothing
    std::unique_ptr<Store> m_store; // touched only in m_thread
};

} // namespace Plenary
