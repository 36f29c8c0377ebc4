#include "Submission.h"

#include "Credentials.h"
#include "CurlMulti.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace Plenary {

Submitter::Submitter(QNetworkAccessManager &nam, CredentialStore *credentials, CurlMulti &curl,
                     QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_credentials(credentials)
    , m_ftp(curl) {
    qRegisterMetaType<Plenary::SubmissionResult>();
    connect(&m_nam, &QNetworkAccessManager::authenticationRequired, this,
            [this](QNetworkReply *reply, QAuthenticator *auth) {
                // Only our own request (the network manager is shared with
                // sync and publishing), once: asked again means refused (401).
                if (reply->request().originatingObject() != this)
                    return;
                if (!m_running || !m_credentials || m_authTried.contains(reply))
                    return;
                m_authTried << reply;
                if (const auto c = m_credentials->find(CredentialStore::serverKey(reply->url()))) {
                    auth->setUser(c->user);
                    auth->setPassword(c->password);
                }
            });
}

Submitter::~Submitter() {
    m_cancelled = true; // the callbacks below then report nothing
    m_running = false;
    if (m_reply)
        m_reply->abort();
    if (m_ftpId)
        m_ftp.cancel(m_ftpId);
}

QString Submitter::documentNumber(const MeetingInfo &meeting, const QString &number,
                                  QString *error) {
    const QString given = number.trimmed();
    const QString prefix = meeting.documentPrefix;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,6}$"));
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    QString out;
    if (!prefix.isEmpty() && given.startsWith(prefix, Qt::CaseInsensitive) &&
        digits.match(given.mid(prefix.size())).hasMatch())
        out = prefix + given.mid(prefix.size()).rightJustified(4, QLatin1Char('0'));
    else if (!prefix.isEmpty() && digits.match(given).hasMatch())
        out = prefix + given.rightJustified(4, QLatin1Char('0'));
    else if (prefix.isEmpty() && safe.match(given).hasMatch() && given.size() <= 64)
        out = given;
    if (out.isEmpty() && error)
        *error = prefix.isEmpty()
                     ? tr("\"%1\" is not a document number.").arg(given)
                     : tr("\"%1\" is not a document number: give the number the secretariat "
                          "sent, e.g. 42 or %2.")
                           .arg(given, prefix + QStringLiteral("0042"));
    return out;
}

QString Submitter::remoteName(const QString &number, const QString &path) {
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,10}$"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    return plain.match(suffix).hasMatch() ? number + QLatin1Char('.') + suffix : QString();
}

QDateTime Submitter::deadline(const MeetingInfo &meeting) {
    QDate day = meeting.contributionDeadline;
    if (!day.isValid() && meeting.start.isValid())
        day = meeting.start.addDays(-10); // "at least 10 calendar days before"
    if (!day.isValid())
        return {};
    return QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc());
}

QString Submitter::durationText(qint64 seconds) {
    const qint64 days = seconds / 86400, hours = (seconds % 86400) / 3600,
                 minutes = (seconds % 3600) / 60;
    if (days > 0 && hours > 0)
        return tr("%1 and %2")
            .arg(tr("%n day(s)", nullptr, int(days)), tr("%n hour(s)", nullptr, int(hours)));
    if (days > 0)
        return tr("%n day(s)", nullptr, int(days));
    if (hours > 0)
        return tr("%n hour(s)", nullptr, int(hours));
    return tr("%n minute(s)", nullptr, int(qMax<qint64>(1, minutes)));
}

SubmissionPlan Submitter::plan(const MeetingInfo &meeting, const QStringList &files,
                               const QString &number, const QUrl &to, const QDateTime &now) {
    SubmissionPlan plan;
    plan.folder = to.isValid() && !to.isEmpty() ? to : QUrl(meeting.dropFolder);
    if (!plan.folder.path().endsWith(QLatin1Char('/')))
        plan.folder.setPath(plan.folder.path() + QLatin1Char('/'));
    plan.deadline = deadline(meeting);
    if (plan.deadline.isValid() && now > plan.deadline)
        plan.secondsLate = plan.deadline.secsTo(now);
    const QString scheme = plan.folder.scheme();
    if (meeting.dropFolder.isEmpty() && (!to.isValid() || to.isEmpty())) {
        plan.error = tr("The meeting names no drop folder for contributions; give its address.");
        return plan;
    }
    if (!plan.folder.isValid() || plan.folder.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
         !FtpClient::isFtpUrl(plan.folder))) {
        plan.error = tr("%1 is not an http://, https://, ftp:// or ftps:// address")
                         .arg(plan.folder.toDisplayString());
        return plan;
    }
    plan.number = documentNumber(meeting, number, &plan.error);
    if (plan.number.isEmpty()) {
        plan.badNumber = true;
        return plan;
    }
    if (files.isEmpty()) {
        plan.error = tr("No file to submit.");
        return plan;
    }
    QSet<QString> names;
    for (const QString &path : files) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            plan.error = tr("%1 is not a file that can be read.").arg(path);
            return plan;
        }
        const QString name = remoteName(plan.number, path);
        if (name.isEmpty()) {
            plan.error = tr("%1 has no file name extension (such as .docx or .pdf): the "
                            "secretariat needs one.")
                             .arg(info.fileName());
            return plan;
        }
        if (names.contains(name)) {
            // Files of one contribution share its number; two of one type
            // would share the name too.
            plan.error = tr("Two files would both be named %1: submit one file per type, or ask "
                            "the secretariat for another number.")
                             .arg(name);
            return plan;
        }
        names.insert(name);
        plan.files << SubmissionPlan::File{info.absoluteFilePath(), name, info.size()};
    }
    return plan;
}

QUrl Submitter::numberRequest(const MeetingInfo &meeting, const QStringList &files) {
    if (meeting.secretariatEmail.isEmpty())
        return {};
    QStringList names;
    for (const QString &f : files)
        names << QStringLiteral("- ") + QFileInfo(f).fileName();
    const QString meetingName = meeting.title.isEmpty() ? meeting.id : meeting.title;
    const QString subject = tr("Document number request: %1").arg(meetingName);
    const QString body =
        tr("Dear secretariat,\n\nPlease allocate a document number for this contribution to "
           "%1:\n\n%2\n\nTitle:\nSource:\nContact:\n\nThank you.")
            .arg(meetingName, names.join(QLatin1Char('\n')));
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(meeting.secretariatEmail);
    url.setQuery(QStringLiteral("subject=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(subject)) +
                     QStringLiteral("&body=") + QString::fromLatin1(QUrl::toPercentEncoding(body)),
                 QUrl::StrictMode);
    return url;
}

bool Submitter::isFtp() const {
    return FtpClient::isFtpUrl(m_plan.folder);
}

QUrl Submitter::fileUrl(int index) const {
    return m_plan.folder.resolved(
        QUrl(QString::fromLatin1(QUrl::toPercentEncoding(m_plan.files.at(index).remoteName))));
}

void Submitter::submit(const SubmissionPlan &plan, const QDateTime &now) {
    if (m_running)
        return;
    m_plan = plan;
    m_now = now;
    m_result = SubmissionResult{};
    m_replaced.clear();
    m_unseen.clear();
    m_running = true;
    m_cancelled = false;
    m_index = 0;
    m_done = 0;
    m_total = 0;
    m_authTried.clear();
    if (!plan.error.isEmpty()) {
        finish(plan.error);
        return;
    }
    for (const auto &f : plan.files)
        m_total += f.size;
    if (isFtp())
        m_ftpAccess = FtpClient::accessFor(m_plan.folder, m_credentials);
    checkNext();
}

QNetworkReply *Submitter::send(const QByteArray &verb, const QUrl &url, QIODevice *body) {
    QNetworkRequest req(url);
    req.setOriginatingObject(this); // whose credentials answer a 401
    // A redirected PUT could land anywhere: not followed.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(60000);
    if (body) {
        req.setRawHeader("If-None-Match", "*"); // never replace a file
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    }
    // HEAD through head(): as a custom verb, Qt would wait for the body that
    // the Content-Length of a HEAD answer announces but never comes (nginx).
    m_reply = verb == "HEAD" ? m_nam.head(req) : m_nam.sendCustomRequest(req, verb, body);
    // A freed reply's address may come back: what was tried is forgotten
    // when the reply ends.
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { m_authTried.removeAll(reply); });
    return reply;
}

QString Submitter::httpError(QNetworkReply *reply) const {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return reply->errorString();
    return tr("HTTP %1 %2")
        .arg(status)
        .arg(QString::fromUtf8(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()));
}

void Submitter::checkNext() {
    if (m_cancelled)
        return;
    if (m_index >= m_plan.files.size()) {
        m_index = 0; // every name is free: now the uploads
        uploadNext();
        return;
    }
    const QUrl url = fileUrl(m_index);
    const QString name = m_plan.files.at(m_index).remoteName;
    emit stepChanged(tr("Checking that %1 is free").arg(name));
    auto taken = [this, name] {
        finish(tr("%1 is already in the drop folder; nothing was uploaded and nothing replaced. "
                  "Ask the secretariat whether the number is right.")
                   .arg(name));
    };
    if (isFtp()) {
        m_ftpId = m_ftp.stat(url, m_ftpAccess,
                             [this, taken](const FtpResult &r, qint64, const QDateTime &) {
                                 m_ftpId = 0;
                                 if (r.cancelled)
                                     return;
                                 if (r.ok)
                                     return taken();
                                 if (!r.notFound) {
                                     m_result.authenticationRequired = r.loginFailed;
                                     return finish(r.error);
                                 }
                                 ++m_index;
                                 checkNext();
                             });
        return;
    }
    QNetworkReply *reply = send("HEAD", url);
    connect(reply, &QNetworkReply::finished, this, [this, reply, taken] {
        reply->deleteLater();
        if (m_cancelled)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404 || status == 403) {
            // 403: a drop folder that may be written, not read; the PUT's
            // If-None-Match: * still keeps what is there.
            if (status == 403)
                m_unseen.insert(m_index);
            ++m_index;
            checkNext();
        } else if (status >= 200 && status < 300) {
            taken();
        } else {
            m_result.authenticationRequired = status == 401;
            finish(httpError(reply));
        }
    });
}

void Submitter::uploadNext() {
    if (m_cancelled)
        return;
    if (m_index >= m_plan.files.size()) {
        finish();
        return;
    }
    const SubmissionPlan::File &f = m_plan.files.at(m_index);
    m_file = std::make_unique<QFile>(f.localPath);
    if (!m_file->open(QIODevice::ReadOnly)) {
        finish(tr("Cannot read %1: %2").arg(f.localPath, m_file->errorString()));
        return;
    }
    emit stepChanged(tr("Uploading %1").arg(f.remoteName));
    const QUrl url = fileUrl(m_index);
    const qint64 before = m_done;
    if (isFtp()) {
        m_ftpId = m_ftp.upload(url, m_ftpAccess, m_file.get(), [this, f](const FtpResult &r) {
            m_ftpId = 0;
            if (r.cancelled)
                return;
            if (!r.ok)
                return finish(tr("%1 was not uploaded: %2").arg(f.remoteName, r.error));
            m_done += f.size;
            emit progress(m_done, m_total);
            verifyNext(); // each file checked and kept as submitted at once
        });
        return;
    }
    QNetworkReply *reply = send("PUT", url, m_file.get());
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this, before](qint64 sent, qint64) { emit progress(before + sent, m_total); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, f] {
        reply->deleteLater();
        if (m_cancelled)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 412)
            return finish(tr("%1 appeared in the drop folder meanwhile; it was not replaced.")
                              .arg(f.remoteName));
        if (status == 204 || (status == 200 && m_unseen.contains(m_index))) {
            // "Replaced": a server that ignores If-None-Match (nginx's dav
            // module does), where the look before could not see the file
            // (a write-only folder answers HEAD with 403). Our file is there
            // now and is recorded; nothing more goes to such a server. A 204
            // is "replaced" in any case (nginx and Apache answer 201 to a
            // creation): someone's file appeared after the look. After a
            // 404 look, a 200 is how S3-style servers (MinIO) say "created".
            m_replaced = tr("The server answered that %1 replaced a file of that name (HTTP %2): "
                            "it does not refuse to overwrite, so nothing more was sent. Tell "
                            "the secretariat.")
                             .arg(f.remoteName)
                             .arg(status);
        } else if (status != 201 && status != 200) {
            m_result.authenticationRequired = status == 401;
            return finish(tr("%1 was not uploaded: %2").arg(f.remoteName, httpError(reply)));
        }
        m_done += f.size;
        emit progress(m_done, m_total);
        verifyNext(); // each file checked and kept as submitted at once
    });
}

void Submitter::verifyNext() {
    if (m_cancelled)
        return;
    const SubmissionPlan::File &f = m_plan.files.at(m_index);
    const QUrl url = fileUrl(m_index);
    emit stepChanged(tr("Checking %1 on the server").arg(f.remoteName));
    auto landed = [this, f, url](qint64 size) {
        if (size != f.size)
            return finish(tr("%1 is on the server with %2 bytes instead of %3: ask the "
                             "secretariat to remove it, then submit again.")
                              .arg(f.remoteName)
                              .arg(size)
                              .arg(f.size));
        QFile file(f.localPath);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        m_result.submitted << SubmissionRecord{
            m_plan.number, f.remoteName, url, f.size, QString::fromLatin1(hash.result().toHex()),
            f.localPath,   m_now};
        if (!m_replaced.isEmpty())
            return finish(m_replaced);
        ++m_index;
        uploadNext();
    };
    if (isFtp()) {
        // In the folder's listing, with its size: what the secretariat sees.
        m_ftpId = m_ftp.list(
            m_plan.folder, m_ftpAccess,
            [this, f, landed](const FtpResult &r, const Listing &listing) {
                m_ftpId = 0;
                if (r.cancelled)
                    return;
                for (const ListingEntry &e : listing.entries)
                    if (!e.isFolder && e.name == f.remoteName)
                        return landed(e.sizeExact ? e.size : f.size);
                // Not listed (a drop folder that may not be
                // read lists nothing): its size, then.
                m_ftpId = m_ftp.stat(
                    fileUrl(m_index), m_ftpAccess,
                    [this, f, landed](const FtpResult &s, qint64 size, const QDateTime &) {
                        m_ftpId = 0;
                        if (s.cancelled)
                            return;
                        if (s.ok)
                            return landed(size >= 0 ? size : f.size);
                        finish(tr("%1 is not in the drop folder's listing "
                                  "after the upload.")
                                   .arg(f.remoteName));
                    });
            });
        return;
    }
    QNetworkReply *reply = send("HEAD", url);
    connect(reply, &QNetworkReply::finished, this, [this, reply, f, landed] {
        reply->deleteLater();
        if (m_cancelled)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            landed(length.isValid() ? length.toLongLong() : f.size);
        } else if (status == 401 || status == 403) {
            // A write-only drop folder: the PUT's answer is all there is.
            landed(f.size);
        } else {
            finish(tr("%1 cannot be found on the server after the upload: %2")
                       .arg(f.remoteName, httpError(reply)));
        }
    });
}

void Submitter::cancel() {
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    if (m_ftpId)
        m_ftp.cancel(m_ftpId);
    m_result.cancelled = true;
    finish(tr("Cancelled."));
}

void Submitter::finish(const QString &error) {
    if (!m_running)
        return;
    m_running = false;
    m_file.reset();
    m_result.error = error;
    if (!error.isEmpty() && !m_result.submitted.isEmpty()) {
        QStringList landed;
        for (const SubmissionRecord &r : std::as_const(m_result.submitted))
            landed << r.name;
        m_result.error += QLatin1Char(' ') + tr("Already in the drop folder, and recorded: %1.")
                                                 .arg(landed.join(QStringLiteral(", ")));
    }
    m_result.ok = error.isEmpty() && !m_cancelled;
    emit finished(m_result);
}

} // namespace Plenary
