// The delegate's reading in the store: where each document's files are on
// disk, the page each was left at, notes and positions.
#include "Store.h"

#include "Clock.h"
#include "StoreValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Plenary {
using namespace StoreValues;

QHash<QString, QStringList> Store::localFilesByNumber(const QString &meetingId,
                                                      const QString &number) {
    // Where sync put a file (sub-folders too), else where an import or the
    // demo did: the plain name in the documents folder.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT f.number, f.name, s.local_path FROM document_files f LEFT JOIN file_sync s ON "
            "s.meeting_id = f.meeting_id AND s.number = f.number AND s.name = f.name AND "
            "s.local_path IS NOT NULL AND s.local_path != '' WHERE f.meeting_id = ? %1 "
            "ORDER BY f.rowid")
            .arg(number.isNull() ? QString() : QStringLiteral("AND f.number = ?")));
    q.addBindValue(meetingId);
    if (!number.isNull())
        q.addBindValue(number);
    QHash<QString, QStringList> out;
    if (!q.exec()) {
        failQuery(q, tr("reading the local files"));
        return out;
    }
    while (q.next()) {
        const QString local = q.value(2).toString();
        out[q.value(0).toString()] << (local.isEmpty() ? q.value(1).toString() : local);
    }
    return out;
}

QStringList Store::localFiles(const QString &meetingId, const QString &number) {
    return localFilesByNumber(meetingId, number.isNull() ? QStringLiteral("") : number)
        .value(number);
}

QHash<QString, QStringList> Store::localFiles(const QString &meetingId) {
    return localFilesByNumber(meetingId, QString());
}

std::optional<int> Store::readingPosition(const QString &meetingId, const QString &number) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT last_page FROM reading WHERE meeting_id = ? AND number = ?"));
    q.addBindValue(meetingId);
    q.addBindValue(number);
    if (!q.exec()) {
        failQuery(q, tr("reading the position in %1").arg(number));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

bool Store::saveReadingPosition(const QString &meetingId, const QString &number, int page) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral(
            "INSERT INTO reading (meeting_id, number, last_page, opened_at) VALUES (?,?,?,?) "
            "ON CONFLICT(meeting_id, number) DO UPDATE SET last_page=excluded.last_page, "
            "opened_at=excluded.opened_at"));
        q.addBindValue(meetingId);
        q.addBindValue(number);
        q.addBindValue(qMax(0, page));
        q.addBindValue(timeValue(m_clock->nowUtc()));
        if (!q.exec())
            return failQuery(q, tr("keeping the position in %1").arg(number));
        return true;
    });
}

bool Store::removeNote(const QString &meetingId, qint64 id) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM notes WHERE meeting_id = ? AND id = ?"));
        q.addBindValue(meetingId);
        q.addBindValue(id);
        if (!q.exec())
            return failQuery(q, tr("removing note %1").arg(id));
        if (q.numRowsAffected() != 1)
            return fail(tr("there is no note %1").arg(id));
        return true;
    });
}

bool Store::notesAndPositions(const QString &meetingId, QList<Note> *notes,
                              QHash<QString, Position> *positions) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    notes->clear();
    positions->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number, position FROM positions WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return failQuery(q, tr("reading your positions"));
    while (q.next())
        if (const auto p = positionFromWire(q.value(1).toString()))
            positions->insert(q.value(0).toString(), *p);
    q.prepare(QStringLiteral("SELECT id, number, page, text, updated FROM notes "
                             "WHERE meeting_id = ? ORDER BY id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return failQuery(q, tr("reading your notes"));
    while (q.next())
        *notes << Note{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                       q.value(3).toString(), timeFrom(q.value(4))};
    return true;
}

bool Store::setPosition(const QString &meetingId, const QString &number,
                        std::optional<Position> position) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (position) {
            q.prepare(QStringLiteral(
                "INSERT INTO positions (meeting_id, number, position, updated) VALUES (?,?,?,?) "
                "ON CONFLICT(meeting_id, number) DO UPDATE SET position=excluded.position, "
                "updated=excluded.updated"));
            q.addBindValue(meetingId);
            q.addBindValue(number);
            q.addBindValue(wireName(*position));
            q.addBindValue(timeValue(m_clock->nowUtc()));
        } else {
            q.prepare(QStringLiteral("DELETE FROM positions WHERE meeting_id = ? AND number = ?"));
            q.addBindValue(meetingId);
            q.addBindValue(number);
        }
        if (!q.exec())
            return failQuery(q, tr("keeping your position on %1").arg(number));
        return true;
    });
}

} // namespace Plenary
