#include "FtpClient.h"

#include "Credentials.h"
#include "CurlMulti.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimeZone>

#include <curl/curl.h>

#include <memory>

namespace Plenary {

namespace {
constexpr qint64 kMaxListingBytes = qint64(64) << 20; // 64 MiB: ~500,000 entries
} // namespace

struct FtpClient::Request {
    int id = 0;
    CURL *easy = nullptr;
    QUrl url;
    curl_slist *quote = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QByteArray body;
    Sink sink;
    std::function<void(Request *, int)> finished;
    std::function<void(const FtpResult &)> cancelled;
};

FtpClient::FtpClient(CurlMulti &multi, QObject *parent)
    : QObject(parent)
    , m_multi(multi) {}

FtpClient::~FtpClient() {
    const auto requests = m_requests.values();
    for (Request *r : requests) {
        m_multi.remove(r->easy);
        curl_easy_cleanup(r->easy);
        curl_slist_free_all(r->quote);
        delete r;
    }
}

bool FtpClient::isFtpUrl(const QUrl &url) {
    const QString s = url.scheme().toLower();
    return s == QLatin1String("ftp") || s == QLatin1String("ftps") || s == QLatin1String("ftpes");
}

FtpAccess FtpClient::accessFor(const QUrl &url, CredentialStore *credentials) {
    FtpAccess access;
    if (credentials) {
        if (const auto c = credentials->find(CredentialStore::serverKey(url))) {
            access.user = c->user;
            access.password = c->password;
        }
    }
    const auto cas = QSslConfiguration::defaultConfiguration().caCertificates();
    for (const QSslCertificate &ca : cas)
        access.caPem += ca.toPem();
    return access;
}

FtpClient::Request *FtpClient::start(const QUrl &url, const FtpAccess &access) {
    auto *r = new Request;
    r->id = m_nextId++;
    r->url = url;
    r->easy = curl_easy_init();
    CURL *e = r->easy;
    QUrl target = url;
    target.setUserInfo({});
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("ftpes"))
        target.setScheme(QStringLiteral("ftp"));
    curl_easy_setopt(e, CURLOPT_URL, target.toEncoded().constData());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "ftp,ftps");
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, r->errorBuffer);
    // PLENARY_CURL_VERBOSE=1: curl's dialogue with the server on stderr.
    if (qEnvironmentVariableIntValue("PLENARY_CURL_VERBOSE") == 1)
        curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    if (!access.user.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_USERNAME, access.user.toUtf8().constData());
        curl_easy_setopt(e, CURLOPT_PASSWORD, access.password.toUtf8().constData());
    }
    // TLS: required for ftpes, implicit for ftps, taken when offered for
    // ftp. The certificate is always checked.
    curl_easy_setopt(e, CURLOPT_USE_SSL,
                     scheme == QLatin1String("ftp") ? long(CURLUSESSL_TRY) : long(CURLUSESSL_ALL));
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!access.caPem.isEmpty()) {
        curl_blob blob{const_cast<char *>(access.caPem.constData()), size_t(access.caPem.size()),
                       CURL_BLOB_COPY};
        curl_easy_setopt(e, CURLOPT_CAINFO_BLOB, &blob);
    }
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(access.connectTimeoutMs));
    // curl has one low-speed check: the rate floor over the stall time-out
    // (a stall is a rate of 0).
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, long(std::max(1, access.minBytesPerSecond)));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, long(std::max(1, access.stallTimeoutMs / 1000)));
    // Names are UTF-8 where the server can say so (RFC 2640); "*": a server
    // that cannot is not an error.
    r->quote = curl_slist_append(nullptr, "*OPTS UTF8 ON");
    curl_easy_setopt(e, CURLOPT_QUOTE, r->quote);
    m_requests.insert(r->id, r);
    return r;
}

void FtpClient::run(Request *r, std::function<void(Request *, int)> finished) {
    r->finished = std::move(finished);
    rerun(r);
}

void FtpClient::rerun(Request *r) {
    r->errorBuffer[0] = 0;
    m_multi.add(r->easy, [this, id = r->id](int code) {
        Request *req = m_requests.value(id);
        if (!req)
            return;
        // A copy: the callback deletes the request (and so its own
        // function) when it is done, and must outlive that.
        const auto finished = req->finished;
        finished(req, code);
    });
}

QString FtpClient::serverKey(const QUrl &url) {
    return url.scheme().toLower() + QStringLiteral("://") + url.host() + QLatin1Char(':') +
           QString::number(url.port(0));
}

FtpResult FtpClient::resultOf(Request *r, int code) const {
    FtpResult res;
    res.curlCode = code;
    curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &res.response);
    res.ok = code == CURLE_OK;
    if (res.ok)
        return res;
    const QString host = r->url.host();
    const QString detail = r->errorBuffer[0]
                               ? QString::fromUtf8(r->errorBuffer)
                               : QString::fromUtf8(curl_easy_strerror(CURLcode(code)));
    switch (code) {
    case CURLE_LOGIN_DENIED:
        res.loginFailed = true;
        res.error = tr("%1 refused the user name or password.").arg(host);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        res.tlsFailed = true;
        res.error = code == CURLE_USE_SSL_FAILED
                        ? tr("%1 does not offer an encrypted connection (AUTH TLS).").arg(host)
                        : tr("The secure connection to %1 failed; its certificate is not "
                             "trusted or TLS could not be agreed: %2")
                              .arg(host, detail);
        break;
    case CURLE_REMOTE_FILE_NOT_FOUND:
    case CURLE_REMOTE_ACCESS_DENIED:
        res.notFound = code == CURLE_REMOTE_FILE_NOT_FOUND || res.response == 550;
        res.error = tr("%1 is not on the server or may not be read: %2")
                        .arg(r->url.toDisplayString(QUrl::RemoveUserInfo), detail);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        // A stall or a trickle below the floor; curl's detail says which.
        res.error = tr("%1 stopped answering, or answers too slowly: %2").arg(host, detail);
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        res.error = tr("Cannot connect to %1: %2").arg(host, detail);
        break;
    default:
        res.error = tr("FTP error with %1: %2").arg(host, detail);
    }
    return res;
}

void FtpClient::finish(Request *r) {
    m_requests.remove(r->id);
    curl_easy_cleanup(r->easy);
    curl_slist_free_all(r->quote);
    delete r;
}

void FtpClient::cancel(int id) {
    Request *r = m_requests.value(m_alias.value(id, id));
    if (!r)
        return;
    m_multi.remove(r->easy);
    FtpResult res;
    res.cancelled = true;
    res.error = tr("Cancelled.");
    auto callback = std::move(r->cancelled);
    finish(r);
    if (callback)
        callback(res);
}

namespace {
size_t appendBody(char *data, size_t size, size_t n, void *userp) {
    auto *body = static_cast<QByteArray *>(userp);
    if (body->size() + qint64(size * n) > kMaxListingBytes)
        return 0; // refuse an endless listing: CURLE_WRITE_ERROR
    body->append(data, qsizetype(size * n));
    return size * n;
}
size_t discard(char *, size_t size, size_t n, void *) {
    return size * n;
}
size_t toSink(char *data, size_t size, size_t n, void *userp) {
    auto *sink = static_cast<FtpClient::Sink *>(userp);
    return (*sink)(data, qint64(size * n)) ? size * n : 0;
}
size_t fromDevice(char *buffer, size_t size, size_t n, void *userp) {
    auto *device = static_cast<QIODevice *>(userp);
    const qint64 got = device->read(buffer, qint64(size * n));
    return got < 0 ? CURL_READFUNC_ABORT : size_t(got);
}
} // namespace

int FtpClient::list(const QUrl &folder, const FtpAccess &access, ListDone done) {
    QUrl url = folder;
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    const QString server = serverKey(url);
    if (m_mlsd.contains(server))
        return listWith(url, access, m_mlsd.value(server), std::move(done));
    // First, whether the server has MLSD: its FEAT reply lists MLST (RFC
    // 3659). Asking MLSD and falling back on a refusal is not safe: with TLS
    // on the data channel, curl and vsftpd then read each other's replies
    // out of turn.
    Request *probe = start(url, access);
    probe->quote = curl_slist_append(probe->quote, "*FEAT");
    curl_easy_setopt(probe->easy, CURLOPT_QUOTE, probe->quote);
    curl_easy_setopt(probe->easy, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(probe->easy, CURLOPT_WRITEFUNCTION, &discard);
    curl_easy_setopt(probe->easy, CURLOPT_HEADERFUNCTION, &appendBody);
    curl_easy_setopt(probe->easy, CURLOPT_HEADERDATA, &probe->body);
    probe->cancelled = [done](const FtpResult &res) {
        done(res, {});
    };
    auto probeId = std::make_shared<int>(probe->id);
    run(probe, [this, url, access, server, probeId, done](Request *req, int code) {
        const FtpResult res = resultOf(req, code);
        bool mlsd = false;
        for (const QByteArray &line : req->body.split('\n')) {
            const QByteArray feature = line.trimmed().toUpper();
            mlsd = mlsd || feature.startsWith("MLST") || feature.startsWith("MLSD");
        }
        finish(req);
        if (!res.ok) {
            done(res, {});
            return;
        }
        m_mlsd.insert(server, mlsd);
        const int listId = listWith(url, access, mlsd,
                                    [this, probeId, done](const FtpResult &r, const Listing &l) {
                                        m_alias.remove(*probeId);
                                        done(r, l);
                                    });
        m_alias.insert(*probeId, listId); // cancel(the id list() gave) reaches it
    });
    return probe->id;
}

int FtpClient::listWith(const QUrl &url, const FtpAccess &access, bool mlsd, ListDone done) {
    Request *r = start(url, access);
    r->cancelled = [done](const FtpResult &res) {
        done(res, {});
    };
    curl_easy_setopt(r->easy, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(r->easy, CURLOPT_WRITEDATA, &r->body);
    if (mlsd)
        curl_easy_setopt(r->easy, CURLOPT_CUSTOMREQUEST, "MLSD"); // else LIST, curl's default
    run(r, [this, url, mlsd, done](Request *req, int code) {
        FtpResult res = resultOf(req, code);
        if (code == CURLE_WRITE_ERROR)
            res.error = tr("The listing of %1 is too large.").arg(url.toDisplayString());
        const auto format = mlsd ? FtpListing::Format::Mlsd : FtpListing::Format::List;
        const Listing l = res.ok ? FtpListing::parse(req->body, format, url) : Listing{};
        finish(req);
        done(res, l);
    });
    return r->id;
}

int FtpClient::stat(const QUrl &file, const FtpAccess &access, StatDone done) {
    Request *r = start(file, access);
    r->cancelled = [done](const FtpResult &res) {
        done(res, -1, {});
    };
    curl_easy_setopt(r->easy, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(r->easy, CURLOPT_FILETIME, 1L);
    // curl describes the file as headers ("Content-Length: ..."): not ours.
    curl_easy_setopt(r->easy, CURLOPT_WRITEFUNCTION, &discard);
    curl_easy_setopt(r->easy, CURLOPT_HEADERFUNCTION, &discard);
    run(r, [this, done](Request *req, int code) {
        const FtpResult res = resultOf(req, code);
        curl_off_t size = -1, time = -1;
        if (res.ok) {
            curl_easy_getinfo(req->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &size);
            curl_easy_getinfo(req->easy, CURLINFO_FILETIME_T, &time);
        }
        const QDateTime mtime =
            time >= 0 ? QDateTime::fromSecsSinceEpoch(time, QTimeZone::utc()) : QDateTime();
        finish(req);
        done(res, qint64(size), mtime);
    });
    return r->id;
}

int FtpClient::download(const QUrl &file, const FtpAccess &access, qint64 offset, Sink sink,
                        Done done) {
    Request *r = start(file, access);
    r->cancelled = done;
    r->sink = std::move(sink);
    curl_easy_setopt(r->easy, CURLOPT_WRITEFUNCTION, &toSink);
    curl_easy_setopt(r->easy, CURLOPT_WRITEDATA, &r->sink);
    if (offset > 0)
        curl_easy_setopt(r->easy, CURLOPT_RESUME_FROM_LARGE, curl_off_t(offset));
    run(r, [this, done](Request *req, int code) {
        const FtpResult res = resultOf(req, code);
        finish(req);
        done(res);
    });
    return r->id;
}

int FtpClient::upload(const QUrl &file, const FtpAccess &access, QIODevice *data, Done done) {
    // Look first: a name that is taken is never written over. (A server
    // that lets anonymous users replace files is still refused here; the
    // window between the look and STOR is closed by servers that refuse
    // overwriting, as vsftpd does for anonymous uploads.)
    auto lookId = std::make_shared<int>(0);
    *lookId =
        stat(file, access,
             [this, lookId, file, access, data, done](const FtpResult &looked, qint64,
                                                      const QDateTime &) {
                 if (looked.cancelled) {
                     done(looked);
                     return;
                 }
                 if (looked.ok) {
                     FtpResult taken;
                     taken.error = tr("%1 already exists on the server; nothing was replaced.")
                                       .arg(file.fileName());
                     done(taken);
                     return;
                 }
                 if (!looked.notFound) {
                     done(looked);
                     return;
                 }
                 Request *r = start(file, access);
                 m_alias.insert(*lookId, r->id); // cancel(the id upload() gave) reaches STOR
                 r->cancelled = [this, lookId, done](const FtpResult &res) {
                     m_alias.remove(*lookId);
                     done(res);
                 };
                 curl_easy_setopt(r->easy, CURLOPT_UPLOAD, 1L);
                 curl_easy_setopt(r->easy, CURLOPT_READFUNCTION, &fromDevice);
                 curl_easy_setopt(r->easy, CURLOPT_READDATA, data);
                 curl_easy_setopt(r->easy, CURLOPT_INFILESIZE_LARGE, curl_off_t(data->size()));
                 run(r, [this, lookId, done](Request *req, int code) {
                     const FtpResult res = resultOf(req, code);
                     m_alias.remove(*lookId);
                     finish(req);
                     done(res);
                 });
             });
    return *lookId;
}

} // namespace Plenary
