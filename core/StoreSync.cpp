// The Store's sync tables: the meeting's source URL, cached folder listings
// and manifests (for conditional GETs), and one record per remote file.
#include "Clock.h"
#include "Store.h"
#include "StoreValues.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Plenary {
using namespace StoreValues;

QString Store::sourceUrl(const QString &meetingId) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT source_url FROM meetings WHERE id = ?"));
    q.addBindValue(meetingId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString Store::meetingIdForSource(const QUrl &url) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM meetings WHERE source_url = ?"));
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Store::setSourceUrl(const QString &meetingId, const QUrl &url) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE meetings SET source_url = ? WHERE id = ?"));
        q.addBindValue(url.toString(QUrl::FullyEncoded));
        q.addBindValue(meetingId);
        if (!q.exec())
            return failQuery(q, tr("recording where %1 comes from").arg(meetingId));
        return q.numRowsAffected() == 1 || fail(tr("no meeting '%1' in the store").arg(meetingId));
    });
}

std::optional<FolderCache> Store::folderCache(const QString &meetingId, const QUrl &url) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT etag, last_modified, body FROM sync_folders WHERE meeting_id = ? AND url = ?"));
    q.addBindValue(meetingId);
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return FolderCache{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()};
}

bool Store::saveFolderCache(const QString &meetingId, const QUrl &url, const FolderCache &cache) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral(
            "INSERT INTO sync_folders (meeting_id, url, etag, last_modified, body) "
            "VALUES (?,?,?,?,?) ON CONFLICT(meeting_id, url) DO UPDATE SET "
            "etag=excluded.etag, last_modified=excluded.last_modified, body=excluded.body"));
        q.addBindValue(meetingId);
        q.addBindValue(url.toString(QUrl::FullyEncoded));
        q.addBindValue(textOrNull(cache.etag));
        q.addBindValue(textOrNull(cache.lastModified));
        q.addBindValue(cache.body);
        return q.exec() || failQuery(q, tr("caching %1").arg(url.toDisplayString()));
    });
}

QList<FileSyncRecord> Store::fileSyncRecords(const QString &meetingId) {
    QList<FileSyncRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT url, number, name, local_path, etag, last_modified, listed_size, listed_mtime, "
        "expected_sha256, state, local_size, local_sha256, previous_path, error, updated "
        "FROM file_sync WHERE meeting_id = ? ORDER BY rowid"));
    q.addBindValue(meetingId);
    if (!q.exec()) {
        failQuery(q, tr("reading the sync state"));
        return out;
    }
    while (q.next()) {
        FileSyncRecord r;
        r.url = QUrl::fromEncoded(q.value(0).toString().toUtf8(), QUrl::StrictMode);
        r.number = q.value(1).toString();
        r.name = q.value(2).toString();
        r.localPath = q.value(3).toString();
        r.etag = q.value(4).toString();
        r.lastModified = q.value(5).toString();
        r.listedSize = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
        r.listedMtime = timeFrom(q.value(7));
        r.expectedSha256 = q.value(8).toString();
        r.state = fileStateFromWire(q.value(9).toString()).value_or(FileState::Remote);
        r.localSize = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
        r.localSha256 = q.value(11).toString();
        r.previousPath = q.value(12).toString();
        r.error = q.value(13).toString();
        r.updated = timeFrom(q.value(14));
        out << r;
    }
    return out;
}

bool Store::saveFileSyncRecords(const QString &meetingId, const QList<FileSyncRecord> &records) {
    if (records.isEmpty())
        return true;
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO file_sync (meeting_id, url, number, name, local_path, etag, "
            "last_modified, listed_size, listed_mtime, expected_sha256, state, local_size, "
            "local_sha256, previous_path, error, updated) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        const QVariant now = timeValue(m_clock->nowUtc());
        for (const FileSyncRecord &r : records) {
            for (const QVariant &v :
                 {QVariant(meetingId), QVariant(r.url.toString(QUrl::FullyEncoded)),
                  QVariant(r.number), QVariant(r.name), QVariant(r.localPath), textOrNull(r.etag),
                  textOrNull(r.lastModified),
                  r.listedSize >= 0 ? QVariant(r.listedSize) : QVariant(), timeValue(r.listedMtime),
                  textOrNull(r.expectedSha256), QVariant(wireName(r.state)),
                  r.localSize >= 0 ? QVariant(r.localSize) : QVariant(), textOrNull(r.localSha256),
                  textOrNull(r.previousPath), textOrNull(r.error), now})
                q.addBindValue(v);
            if (!q.exec())
                return failQuery(q, tr("recording %1").arg(r.name));
        }
        return true;
    });
}

bool Store::recordSubmissions(const QString &meetingId, const QList<SubmissionRecord> &records) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral(
            "INSERT INTO submissions (meeting_id, number, name, url, size, sha256, local_path, "
            "submitted_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(meeting_id, url) DO UPDATE SET "
            "number=excluded.number, name=excluded.name, size=excluded.size, "
            "sha256=excluded.sha256, local_path=excluded.local_path, "
            "submitted_at=excluded.submitted_at"));
        for (const SubmissionRecord &r : records) {
            q.addBindValue(meetingId);
            q.addBindValue(r.number);
            q.addBindValue(r.name);
            q.addBindValue(r.url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
            q.addBindValue(r.size);
            q.addBindValue(r.sha256);
            q.addBindValue(r.localPath);
            q.addBindValue(timeValue(r.submittedAt));
            if (!q.exec())
                return failQuery(q, tr("recording the submission of %1").arg(r.name));
        }
        return true;
    });
}

QList<SubmissionRecord> Store::submissions(const QString &meetingId) {
    QList<SubmissionRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number, name, url, size, sha256, local_path, submitted_at "
                             "FROM submissions WHERE meeting_id = ? ORDER BY submitted_at, name"));
    q.addBindValue(meetingId);
    if (!q.exec()) {
        failQuery(q, tr("reading the submissions"));
        return out;
    }
    while (q.next()) {
        SubmissionRecord r;
        r.number = q.value(0).toString();
        r.name = q.value(1).toString();
        r.url = QUrl::fromEncoded(q.value(2).toString().toUtf8(), QUrl::StrictMode);
        r.size = q.value(3).toLongLong();
        r.sha256 = q.value(4).toString();
        r.localPath = q.value(5).toString();
        r.submittedAt = timeFrom(q.value(6));
        out << r;
    }
    return out;
}

} // namespace Plenary
