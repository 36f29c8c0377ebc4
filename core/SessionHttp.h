#pragma once

#include <QByteArray>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Plenary {

class CredentialStore;

/// The few HTTP exchanges of publishing and following session.json: one
/// request, its whole (small) answer, a callback. Basic authentication
/// from a credential store, a transfer timeout, a size limit, no silent
/// TLS exceptions, redirects only as safe as the request.
class SessionHttp : public QObject {
    Q_OBJECT
public:
    struct Answer {
        int status = 0; ///< 0: no HTTP answer (see error)
        QByteArray body;
        QByteArray etag;
        QByteArray lockToken; ///< a LOCK's Lock-Token ("<opaquelocktoken:...>")
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        bool networkFailed() const { return status == 0; }
    };
    using Callback = std::function<void(const Answer &)>;

    explicit SessionHttp(QNetworkAccessManager &nam, QObject *parent = nullptr);
    ~SessionHttp() override;

    void setCredentialStore(CredentialStore *credentials) { m_credentials = credentials; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// Sends @p verb ("GET", "PUT", "DELETE") with @p headers and @p body;
    /// @p done runs once with the answer (also after abortAll()), never
    /// once this is being destroyed.
    void send(const QByteArray &verb, const QUrl &url, const QHash<QByteArray, QByteArray> &headers,
              const QByteArray &body, Callback done);
    void abortAll();
    int requests() const { return m_requests; }
    bool busy() const { return !m_replies.isEmpty(); }

    static bool isWeak(const QByteArray &etag) { return etag.startsWith("W/"); }
    /// "HTTP 412 Precondition Failed", or the network error.
    static QString describe(const Answer &answer);

    /// The token ("<opaquelocktoken:...>") of the lock whose owner is
    /// @p owner in a PROPFIND answer for lockdiscovery (a WebDAV
    /// multistatus); empty when there is none.
    static QByteArray lockTokenOwnedBy(const QByteArray &multistatus, const QString &owner);

    /// session.json answers are small; anything larger is refused.
    static constexpr qint64 kMaxBody = 64 * 1024 * 1024;

private:
    QNetworkAccessManager &m_nam;
    CredentialStore *m_credentials = nullptr;
    int m_timeoutMs = 30000;
    int m_requests = 0;
    QSet<QNetworkReply *> m_replies;
    QSet<QNetworkReply *> m_authTried;
};

} // namespace Plenary
