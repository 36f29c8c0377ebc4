#include "CurlMulti.h"

#include <QSocketNotifier>

#include <curl/curl.h>

namespace Plenary {

namespace {
// curl_global_init is not thread-safe before 7.84 and must run once.
void initCurlOnce() {
    static const bool done = [] {
        return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    }();
    Q_UNUSED(done);
}
} // namespace

CurlMulti::CurlMulti(QObject *parent)
    : QObject(parent) {
    initCurlOnce();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::socketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::timerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { action(CURL_SOCKET_TIMEOUT, 0); });
    // libcurl 7.88 (Debian 12), while the TLS handshake of an FTP data
    // connection waits for the server (which starts it only at RETR), asks
    // to watch the data socket alone; a reply that arrives meanwhile on the
    // control connection (to TYPE, SIZE or REST) is then not seen until the
    // connect time-out, after which curl reads the replies out of turn
    // ("Bad PASV/EPSV response: 213"; about one TLS download in twenty
    // against vsftpd). While transfers run, every watched socket is
    // therefore offered to curl a few times a second, which lets its state
    // machine look at the control connection. curl reads without blocking:
    // a socket with nothing to read costs one failed recv().
    m_nudge.setInterval(200);
    connect(&m_nudge, &QTimer::timeout, this, &CurlMulti::nudge);
}

CurlMulti::~CurlMulti() {
    const auto handles = m_done.keys();
    for (CURL *easy : handles)
        curl_multi_remove_handle(m_multi, easy);
    // curl closes the connections it keeps for reuse here and tells
    // socketCallback(): the notifiers must still be there (deleting them
    // first left watch() with freed ones: heap corruption, seen on Debian
    // 13 under load). Then no more callbacks.
    curl_multi_cleanup(m_multi);
    for (const Watch &w : std::as_const(m_watches)) {
        delete w.read;
        delete w.write;
    }
    m_watches.clear();
}

void CurlMulti::add(CURL *easy, Done done) {
    m_done.insert(easy, std::move(done));
    curl_multi_add_handle(m_multi, easy);
    if (!m_nudge.isActive())
        m_nudge.start();
    // curl asks for a timer at once (timerCallback); nothing else to do.
}

void CurlMulti::remove(CURL *easy) {
    if (m_done.remove(easy) > 0)
        curl_multi_remove_handle(m_multi, easy);
}

int CurlMulti::socketCallback(CURL *, int fd, int what, void *userp, void *) {
    static_cast<CurlMulti *>(userp)->watch(fd, what);
    return 0;
}

int CurlMulti::timerCallback(CURLM *, long timeoutMs, void *userp) {
    auto *self = static_cast<CurlMulti *>(userp);
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(int(timeoutMs)); // 0: as soon as the loop runs
    return 0;
}

void CurlMulti::watch(int fd, int what) {
    Watch &w = m_watches[fd];
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (what == CURL_POLL_REMOVE) {
        // deleteLater: curl may remove a socket from inside a notifier's
        // own activated() signal.
        // Disabled at once: curl closes the socket right after this.
        for (QSocketNotifier *n : {w.read, w.write})
            if (n) {
                n->setEnabled(false);
                n->deleteLater();
            }
        m_watches.remove(fd);
        return;
    }
    auto ensure = [this, fd](QSocketNotifier *&n, QSocketNotifier::Type type, bool want) {
        if (want && !n) {
            n = new QSocketNotifier(fd, type, this);
            connect(n, &QSocketNotifier::activated, this, [this, fd, type] {
                action(fd, type == QSocketNotifier::Read ? CURL_CSELECT_IN : CURL_CSELECT_OUT);
            });
        }
        if (n)
            n->setEnabled(want);
    };
    ensure(w.read, QSocketNotifier::Read, wantRead);
    ensure(w.write, QSocketNotifier::Write, wantWrite);
}

void CurlMulti::action(int fd, int events) {
    int running = 0;
    curl_multi_socket_action(m_multi, fd, events, &running);
    collect();
}

void CurlMulti::nudge() {
    if (m_done.isEmpty()) {
        m_nudge.stop();
        return;
    }
    int running = 0;
    const auto fds = m_watches.keys();
    for (int fd : fds)
        if (m_watches.contains(fd)) // an earlier call may have removed it
            curl_multi_socket_action(m_multi, fd, 0, &running);
    collect();
}

void CurlMulti::collect() {
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL *easy = msg->easy_handle;
        const int code = msg->data.result;
        curl_multi_remove_handle(m_multi, easy);
        Done done = m_done.take(easy);
        if (done)
            done(code); // may add new handles: the loop reads on safely
    }
}

} // namespace Plenary
