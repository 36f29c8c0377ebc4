#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QStringList>
#include <QThread>
#include <QUrl>

namespace PlenaryTest {

/// A scripted HTTP/1.1 server on 127.0.0.1 for what no real server does on
/// purpose: bodies that trickle forever, lie about their length, end early,
/// redirect in a circle, or come compressed when asked not to be. Each path
/// gets a scripted answer; it serves from its own thread, so a trickle goes on
/// whatever the test's event loop is doing. Real servers (TestServer) remain
/// the rule for everything they can do.
class HostileServer {
public:
    struct Response {
        enum Mode {
            Normal,         ///< status, headers, body, then close
            Trickle,        ///< headers, then one byte of body every trickleMs, forever
            TrickleHeaders, ///< the status line and headers a byte every trickleMs
            Truncated,      ///< announce the whole body, send truncateAt bytes, close
        };
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Mode mode = Normal;
        qint64 contentLength = -1; ///< announced; -1: the body's size
        qint64 truncateAt = 0;
        int trickleMs = 50;
    };

    HostileServer();
    ~HostileServer();

    /// Scripts the answer to GET/HEAD of @p path (as sent, percent-encoded).
    /// Paths without a script get 404. Before start() only.
    void route(const QByteArray &path, const Response &response);
    /// Scripts the answers to @p method ("PUT", "HEAD"...) on @p path, one
    /// per request in turn, the last one repeated; before route()'s.
    void route(const QByteArray &method, const QByteArray &path, const QList<Response> &answers);
    bool start(QString *error);
    QUrl url(const QString &path) const;
    /// Request lines received so far ("GET /docs/ HTTP/1.1").
    QStringList requests() const;

    static Response page(const QByteArray &html);
    static Response file(const QByteArray &body, const QByteArray &type = "application/pdf");
    static Response redirect(const QByteArray &location);

private:
    class Worker;
    friend class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    QHash<QByteArray, Response> m_routes;
    QHash<QByteArray, QList<Response>> m_sequences; ///< by "METHOD path"
    mutable QMutex m_mutex;
    QStringList m_requests;
    quint16 m_port = 0;
};

} // namespace PlenaryTest
