#include "SessionHttp.h"

#include "Credentials.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QNetworkAccessManager>
#include <QXmlStreamReader>

namespace Plenary {

SessionHttp::SessionHttp(QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam) {
    connect(&m_nam, &QNetworkAccessManager::authenticationRequired, this,
            [this](QNetworkReply *reply, QAuthenticator *auth) {
                // Only for our own requests, and once: asked again means the
                // credentials were refused, and the answer is then 401.
                if (!m_replies.contains(reply) || !m_credentials || m_authTried.contains(reply))
                    return;
                m_authTried.insert(reply);
                if (const auto c = m_credentials->find(CredentialStore::serverKey(reply->url()))) {
                    auth->setUser(c->user);
                    auth->setPassword(c->password);
                }
            });
}

SessionHttp::~SessionHttp() {
    // No callback runs now: its owner (SessionPublisher, SessionFollower)
    // is being destroyed, its members already gone.
    const auto replies = m_replies;
    for (QNetworkReply *r : replies) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void SessionHttp::send(const QByteArray &verb, const QUrl &url,
                       const QHash<QByteArray, QByteArray> &headers, const QByteArray &body,
                       Callback done) {
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);
    req.setTransferTimeout(m_timeoutMs);
    // Always the server's current copy, never one from a cache on the way.
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setRawHeader("Cache-Control", "no-cache");
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        req.setRawHeader(it.key(), it.value());
    if (verb == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    else if (verb == "LOCK" || verb == "PROPFIND")
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/xml; charset=utf-8"));
    ++m_requests;
    QNetworkReply *reply = verb == "GET"   ? m_nam.get(req)
                           : body.isNull() ? m_nam.sendCustomRequest(req, verb)
                                           : m_nam.sendCustomRequest(req, verb, body);
    m_replies.insert(reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxBody)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_replies.remove(reply);
        m_authTried.remove(reply);
        reply->deleteLater();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.etag = reply->rawHeader("ETag");
        a.lockToken = reply->rawHeader("Lock-Token");
        a.error = reply->error();
        a.errorString = reply->errorString();
        if (a.status)
            a.body = reply->readAll();
        done(a);
    });
}

QByteArray SessionHttp::lockTokenOwnedBy(const QByteArray &multistatus, const QString &owner) {
    static const QString dav = QStringLiteral("DAV:");
    QXmlStreamReader xml(multistatus);
    QString lockOwner;
    QByteArray token;
    bool inLock = false;
    while (!xml.atEnd()) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::StartElement && xml.namespaceUri() == dav) {
            const QStringView name = xml.name();
            if (name == QLatin1String("activelock")) {
                inLock = true;
                lockOwner.clear();
                token.clear();
            } else if (inLock && name == QLatin1String("owner")) {
                lockOwner = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            } else if (inLock && name == QLatin1String("locktoken")) {
                // <locktoken><href>opaquelocktoken:...</href></locktoken>
                if (xml.readNextStartElement() && xml.name() == QLatin1String("href"))
                    token = xml.readElementText().trimmed().toUtf8();
            }
        } else if (t == QXmlStreamReader::EndElement && xml.namespaceUri() == dav &&
                   xml.name() == QLatin1String("activelock")) {
            inLock = false;
            if (lockOwner == owner && !token.isEmpty())
                return '<' + token + '>';
        }
    }
    return {};
}

void SessionHttp::abortAll() {
    const auto replies = m_replies;
    for (QNetworkReply *r : replies)
        r->abort();
}

QString SessionHttp::describe(const Answer &a) {
    if (a.status == 0)
        return a.errorString;
    return tr("HTTP %1").arg(a.status) +
           (a.errorString.isEmpty() || a.error == QNetworkReply::NoError
                ? QString()
                : QStringLiteral(" (%1)").arg(a.errorString));
}

} // namespace Plenary
