#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Plenary {

/// Where one remote file stands on this machine.
enum class FileState {
    Remote,      ///< listed on the server, not downloaded
    Downloading, ///< a transfer is (or was, if interrupted) under way
    Local,       ///< complete and verified
    Updated,     ///< complete, replacing an earlier version kept aside
    Failed,      ///< the last attempt failed (see error)
    Withdrawn,   ///< gone from the server; the local copy is kept
};

QString wireName(FileState state);
std::optional<FileState> fileStateFromWire(const QString &name);
QString label(FileState state);

/// A contribution file this machine put in a meeting's drop folder.
struct SubmissionRecord {
    QString number; ///< the document number, e.g. "FG-Smart-I-0042"
    QString name;   ///< the name it was given there
    QUrl url;
    qint64 size = -1;
    QString sha256;
    QString localPath; ///< where it came from
    QDateTime submittedAt;
};

/// The store's record of one remote file of a synced meeting.
struct FileSyncRecord {
    QUrl url;
    QString number;
    QString name;
    QString localPath; ///< relative to the meeting's documents folder
    QString etag;
    QString lastModified; ///< the server's Last-Modified header, verbatim
    qint64 listedSize = -1;
    QDateTime listedMtime;
    QString expectedSha256;
    FileState state = FileState::Remote;
    qint64 localSize = -1;
    QString localSha256;
    QString previousPath; ///< relative path of the kept earlier version
    QString error;
    QDateTime updated;
};

/// A cached manifest or listing, for conditional GETs.
struct FolderCache {
    QString etag;
    QString lastModified;
    QByteArray body;
};

} // namespace Plenary
