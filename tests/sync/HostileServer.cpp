#include "HostileServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace PlenaryTest {

class HostileServer::Worker : public QObject {
public:
    explicit Worker(HostileServer &owner)
        : m_owner(owner) {}

    bool listen() {
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                accept(s);
        });
        return m_server->listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server->serverPort(); }

private:
    void accept(QTcpSocket *s) {
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            // A body (PUT) is read to its end before the answer.
            qint64 length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            buffer->clear();
            const QByteArray requestLine = head.left(head.indexOf("\r\n"));
            {
                QMutexLocker lock(&m_owner.m_mutex);
                m_owner.m_requests << QString::fromLatin1(requestLine);
            }
            const QList<QByteArray> parts = requestLine.split(' ');
            const QByteArray path = parts.value(1);
            const bool head_ = parts.value(0) == "HEAD";
            const QByteArray key = parts.value(0) + ' ' + path;
            if (const auto seq = m_owner.m_sequences.constFind(key);
                seq != m_owner.m_sequences.cend() && !seq->isEmpty()) {
                const int turn = m_turns[key]++;
                answer(s, seq->at(qMin(turn, int(seq->size()) - 1)), head_);
                return;
            }
            answer(s, m_owner.m_routes.value(path, notFound()), head_);
        });
    }

    static Response notFound() {
        Response r;
        r.status = 404;
        r.reason = "Not Found";
        return r;
    }

    void answer(QTcpSocket *s, const Response &r, bool headOnly) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
        for (const auto &h : r.headers)
            head += h.first + ": " + h.second + "\r\n";
        const qint64 length = r.contentLength >= 0 ? r.contentLength : r.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
        switch (r.mode) {
        case Response::Normal:
            s->write(head);
            if (!headOnly)
                s->write(r.body);
            closeWhenWritten(s);
            break;
        case Response::Truncated:
            s->write(head);
            if (!headOnly)
                s->write(r.body.left(r.truncateAt));
            closeWhenWritten(s);
            break;
        case Response::Trickle:
            s->write(head);
            trickle(s, headOnly ? QByteArray() : r.body, r.trickleMs, true);
            break;
        case Response::TrickleHeaders:
            trickle(s, head, r.trickleMs, true);
            break;
        }
    }

    static void closeWhenWritten(QTcpSocket *s) {
        if (s->bytesToWrite() == 0) {
            s->disconnectFromHost();
            return;
        }
        connect(s, &QTcpSocket::bytesWritten, s, [s] {
            if (s->bytesToWrite() == 0)
                s->disconnectFromHost();
        });
    }

    // A byte every @p ms: the bytes of @p data, then (forever) spaces.
    void trickle(QTcpSocket *s, const QByteArray &data, int ms, bool endless) {
        auto *timer = new QTimer(s);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, s, [s, data, sent, endless, timer] {
            if (*sent < data.size())
                s->write(data.mid((*sent)++, 1));
            else if (endless)
                s->write(" ");
            else
                timer->stop();
        });
        timer->start(ms);
    }

    HostileServer &m_owner;
    QHash<QByteArray, int> m_turns;              // answers given so far, by "METHOD path"
    QTcpServer *m_server = new QTcpServer(this); // a child: it moves with the worker
};

HostileServer::HostileServer() = default;

HostileServer::~HostileServer() {
    // Deleted in its own thread, with its sockets and their timers.
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HostileServer::route(const QByteArray &path, const Response &response) {
    m_routes.insert(path, response);
}

void HostileServer::route(const QByteArray &method, const QByteArray &path,
                          const QList<Response> &answers) {
    m_sequences.insert(method + ' ' + path, answers);
}

bool HostileServer::start(QString *error) {
    m_worker = new Worker(*this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &ok] {
            ok = m_worker->listen();
            m_port = m_worker->port();
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = QStringLiteral("the scripted server could not listen on 127.0.0.1");
    return ok;
}

QUrl HostileServer::url(const QString &path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QStringList HostileServer::requests() const {
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

HostileServer::Response HostileServer::page(const QByteArray &html) {
    Response r;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    r.body = html;
    return r;
}

HostileServer::Response HostileServer::file(const QByteArray &body, const QByteArray &type) {
    Response r;
    r.headers = {{"Content-Type", type}, {"Last-Modified", "Mon, 07 Jun 2010 10:00:00 GMT"}};
    r.body = body;
    return r;
}

HostileServer::Response HostileServer::redirect(const QByteArray &location) {
    Response r;
    r.status = 302;
    r.reason = "Found";
    r.headers = {{"Location", location}};
    return r;
}

} // namespace PlenaryTest
