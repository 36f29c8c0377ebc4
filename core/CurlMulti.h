#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

typedef void CURL;
typedef void CURLM;

class QSocketNotifier;

namespace Plenary {

/// libcurl's multi interface driven by the Qt event loop of the thread it
/// lives in: curl says which sockets to watch and when to time out
/// (CURLMOPT_SOCKETFUNCTION, CURLMOPT_TIMERFUNCTION), QSocketNotifiers and
/// a QTimer call curl_multi_socket_action(). No thread of its own and no
/// blocking call: FTP transfers run beside the HTTP ones, on the sync
/// engine's worker thread.
class CurlMulti : public QObject {
    Q_OBJECT
public:
    /// Called once per finished handle, with curl's result code.
    using Done = std::function<void(int code)>;

    explicit CurlMulti(QObject *parent = nullptr);
    ~CurlMulti() override;

    /// Starts @p easy (configured by the caller); @p done is called when it
    /// ends, from the event loop, after which the handle is the caller's
    /// again (not cleaned up here).
    void add(CURL *easy, Done done);
    /// Stops @p easy without calling its Done.
    void remove(CURL *easy);

private:
    static int socketCallback(CURL *easy, int fd, int what, void *userp, void *socketp);
    static int timerCallback(CURLM *multi, long timeoutMs, void *userp);
    void watch(int fd, int what);
    void action(int fd, int events);
    void collect();
    void nudge();

    CURLM *m_multi;
    QTimer m_timer;
    QTimer m_nudge; ///< see the constructor
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    QHash<int, Watch> m_watches;
    QHash<CURL *, Done> m_done;
};

} // namespace Plenary
