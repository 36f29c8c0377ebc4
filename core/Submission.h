#pragma once

#include "FileSync.h"
#include "FtpClient.h"
#include "Meeting.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace Plenary {

class CredentialStore;

/// What is about to be submitted, and where; made by Submitter::plan().
struct SubmissionPlan {
    struct File {
        QString localPath;
        QString remoteName; ///< e.g. "FG-Smart-I-0042.docx"
        qint64 size = -1;
    };
    QString number; ///< e.g. "FG-Smart-I-0042"
    QUrl folder;    ///< the drop folder, ending in '/'
    QList<File> files;
    QDateTime deadline;     ///< invalid: the meeting gives none
    qint64 secondsLate = 0; ///< > 0: the deadline has passed by this much
    QString error;          ///< not empty: nothing can be submitted
    bool badNumber = false; ///< the error is about the number given
};

struct SubmissionResult {
    bool ok = false;
    bool cancelled = false;
    bool authenticationRequired = false;
    QString error;
    QList<SubmissionRecord> submitted; ///< what landed, verified
};

/// Puts a delegate's contribution in the meeting's drop folder, named the
/// meeting's way, never replacing anyone's file: every name is looked up
/// first and the submission refused if one is taken; then each file goes up
/// (WebDAV PUT with If-None-Match: *, or FTP STOR after a look) and is
/// checked on the server (its size, by HEAD or in the folder's listing).
class Submitter : public QObject {
    Q_OBJECT
public:
    Submitter(QNetworkAccessManager &nam, CredentialStore *credentials, CurlMulti &curl,
              QObject *parent = nullptr);
    ~Submitter() override;

    /// "42", "0042" and "FG-Smart-I-0042" all give "FG-Smart-I-0042" for a
    /// meeting whose prefix is "FG-Smart-I-"; empty and *error when @p number
    /// is no document number.
    static QString documentNumber(const MeetingInfo &meeting, const QString &number,
                                  QString *error);
    /// The name @p path gets as part of contribution @p number:
    /// "FG-Smart-I-0042.docx"; empty when the file has no usable extension.
    static QString remoteName(const QString &number, const QString &path);
    /// The end (UTC) of the contribution deadline's day, or of the day ten
    /// calendar days before the meeting (the ToR's rule); invalid if neither
    /// is known.
    static QDateTime deadline(const MeetingInfo &meeting);
    /// "3 days and 4 hours", "25 minutes".
    static QString durationText(qint64 seconds);
    static SubmissionPlan plan(const MeetingInfo &meeting, const QStringList &files,
                               const QString &number, const QUrl &to, const QDateTime &now);
    /// A mailto: address asking the secretariat for a number for @p files;
    /// invalid when the meeting names no secretariat address.
    static QUrl numberRequest(const MeetingInfo &meeting, const QStringList &files);

    void submit(const SubmissionPlan &plan, const QDateTime &now);
    bool isRunning() const { return m_running; }
    void cancel();

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    /// What is going on, for a status line ("Uploading FG-Smart-I-0042.pdf").
    void stepChanged(const QString &text);
    void finished(const Plenary::SubmissionResult &result);

private:
    bool isFtp() const;
    QUrl fileUrl(int index) const;
    void checkNext();
    void uploadNext();
    void verifyNext();
    void finish(const QString &error = {});
    QNetworkReply *send(const QByteArray &verb, const QUrl &url, QIODevice *body = nullptr);
    QString httpError(QNetworkReply *reply) const;

    QNetworkAccessManager &m_nam;
    CredentialStore *m_credentials;
    FtpClient m_ftp;
    FtpAccess m_ftpAccess;
    SubmissionPlan m_plan;
    QDateTime m_now;
    int m_index = 0;
    int m_ftpId = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QFile> m_file;
    QList<QNetworkReply *> m_authTried;
    QString m_replaced; ///< set when the server replaced a file: stop after it
    QSet<int> m_unseen; ///< files whose look (HEAD) was refused (403): they may exist
    SubmissionResult m_result;
};

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::SubmissionResult)
