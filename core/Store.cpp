#include "Store.h"

#include "Clock.h"
#include "StoreSchema.h"
#include "StoreValues.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <functional>

Q_LOGGING_CATEGORY(lcStore, "plenary.core.store", QtWarningMsg)

namespace Plenary {
using namespace StoreValues;
Store::Store(QString databasePath, const Clock *clock)
    : m_path(std::move(databasePath))
    , m_connection(QStringLiteral("plenary-store-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_clock(clock ? clock : &Clock::system()) {}

Store::~Store() {
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::fail(const QString &what) {
    m_error = what;
    qCWarning(lcStore).noquote() << m_path << what;
    return false;
}

bool Store::failQuery(const QSqlQuery &q, const QString &what) {
    return fail(tr("%1: %2").arg(what, q.lastError().text()));
}

bool Store::exec(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return failQuery(q, sql.left(60));
    return true;
}

bool Store::transaction(const std::function<bool()> &body) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return fail(tr("the store is not open"));
    // BEGIN IMMEDIATE takes the write lock up front, so a second process
    // (plenary-cli beside the GUI) waits instead of failing half-way.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (!body()) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}

bool Store::isOpen() const {
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

bool Store::open() {
    if (isOpen())
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("cannot open the database: %1").arg(db.lastError().text()));

    QSqlQuery q(db);
    // A file that is not SQLite fails here, on the first real read.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        const QSqlError error = q.lastError();
        db.close();
        // SQLITE_NOTADB (26). Anything else is no verdict on the file: WAL
        // needs room for its -wal and -shm files, and a full disk answers
        // "disk I/O error".
        if (error.nativeErrorCode() == QLatin1String("26") ||
            error.text().contains(QLatin1String("not a database")))
            return fail(tr("%1 is not a Plenary database (%2)").arg(m_path, error.text()));
        if (QStorageInfo(info.absolutePath()).bytesAvailable() < 1024 * 1024)
            return fail(
                tr("cannot open the database %1: the disk is full (%2)").arg(m_path, error.text()));
        return fail(tr("cannot open the database %1: %2").arg(m_path, error.text()));
    }
    q.finish(); // an active statement would block the COMMITs below
    // The full-text index reads much of the file per query: let SQLite keep
    // more of it than its 2 MB default. (No mmap: a file cut short under it
    // would be a SIGBUS instead of an error.)
    if (!exec(QStringLiteral("PRAGMA cache_size=-32768")) ||
        !exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return false;
    return migrate();
}

int Store::schemaVersion() {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        const int version = q.value(0).toInt();
        q.finish();
        return version;
    }
    return -1;
}

bool Store::migrate() {
    const int version = schemaVersion();
    const int latest = StoreSchema::latestVersion();
    if (version < 0)
        return fail(tr("cannot read the schema version"));
    if (version > latest)
        return fail(tr("the database has schema version %1, newer than this version of "
                       "Plenary understands (%2); use a newer Plenary")
                        .arg(version)
                        .arg(latest));
    for (int step = version + 1; step <= latest; ++step) {
        const bool ok = transaction([&] {
            for (const QString &sql : StoreSchema::steps().at(step - 1))
                if (!exec(sql))
                    return false;
            return exec(QStringLiteral("PRAGMA user_version=%1").arg(step));
        });
        if (!ok)
            return fail(tr("upgrading the database to schema version %1 failed: %2")
                            .arg(step)
                            .arg(m_error));
        qCInfo(lcStore) << "migrated" << m_path << "to schema version" << step;
    }
    return true;
}

QStringList Store::meetingIds() {
    QStringList ids;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT id FROM meetings ORDER BY start_date, id")))
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

QString Store::currentMeetingId() {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT m.id FROM meta JOIN meetings m ON m.id = meta.value "
                             "WHERE meta.key = 'current_meeting'"));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Store::setCurrentMeetingId(const QString &id) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('current_meeting', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(id);
        return q.exec() || failQuery(q, tr("setting the current meeting"));
    });
}

bool Store::importMeeting(const MeetingData &data) {
    if (data.meeting.id.isEmpty())
        return fail(tr("the meeting has no id"));
    return transaction([&] { return writeMeetingRows(data); });
}

bool Store::writeMeetingRows(const MeetingData &data) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString mid = data.meeting.id;
    const MeetingInfo &mi = data.meeting;

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO meetings (id, title, grp, venue, start_date, end_date, deadline, languages, "
        "chair, vice_chairs, secretariat_email, drop_folder, document_prefix, imported_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title=excluded.title, "
        "grp=excluded.grp, venue=excluded.venue, start_date=excluded.start_date, "
        "end_date=excluded.end_date, deadline=excluded.deadline, languages=excluded.languages, "
        "chair=excluded.chair, vice_chairs=excluded.vice_chairs, "
        "secretariat_email=excluded.secretariat_email, drop_folder=excluded.drop_folder, "
        "document_prefix=excluded.document_prefix, imported_at=excluded.imported_at"));
    for (const QVariant &v :
         {QVariant(mid), QVariant(mi.title), textOrNull(mi.group), textOrNull(mi.venue),
          dateValue(mi.start), dateValue(mi.end), dateValue(mi.contributionDeadline),
          QVariant(listJson(mi.languages)), QVariant(personJson(mi.chair)),
          QVariant(peopleJson(mi.viceChairs)), textOrNull(mi.secretariatEmail),
          textOrNull(mi.dropFolder), textOrNull(mi.documentPrefix), timeValue(m_clock->nowUtc())})
        q.addBindValue(v);
    if (!q.exec())
        return failQuery(q, tr("storing the meeting"));

    for (const char *table : {"agenda_items", "working_groups"}) {
        QSqlQuery del(db);
        del.prepare(
            QStringLiteral("DELETE FROM %1 WHERE meeting_id = ?").arg(QLatin1String(table)));
        del.addBindValue(mid);
        if (!del.exec())
            return failQuery(del, tr("replacing the agenda"));
    }

    QSqlQuery ai(db);
    ai.prepare(
        QStringLiteral("INSERT INTO agenda_items (meeting_id, id, parent_id, position, title) "
                       "VALUES (?,?,?,?,?)"));
    int position = 0;
    std::function<bool(const QList<AgendaItem> &, const QString &)> writeItems =
        [&](const QList<AgendaItem> &items, const QString &parent) {
            for (const auto &item : items) {
                ai.addBindValue(mid);
                ai.addBindValue(item.id);
                ai.addBindValue(textOrNull(parent));
                ai.addBindValue(position++);
                ai.addBindValue(item.title);
                if (!ai.exec())
                    return failQuery(ai, tr("storing agenda item %1").arg(item.id));
                if (!writeItems(item.items, item.id))
                    return false;
            }
            return true;
        };
    if (!writeItems(data.agenda, {}))
        return false;

    QSqlQuery wq(db);
    wq.prepare(QStringLiteral("INSERT INTO working_groups (meeting_id, id, position, title, "
                              "terms_of_reference, leaders) VALUES (?,?,?,?,?,?)"));
    position = 0;
    for (const auto &wg : data.workingGroups) {
        for (const QVariant &v :
             {QVariant(mid), QVariant(wg.id), QVariant(position++), QVariant(wg.title),
              textOrNull(wg.termsOfReference), QVariant(peopleJson(wg.leaders))})
            wq.addBindValue(v);
        if (!wq.exec())
            return failQuery(wq, tr("storing working group %1").arg(wg.id));
    }

    QSqlQuery dq(db);
    dq.prepare(QStringLiteral(
        "INSERT INTO documents (meeting_id, number, position, title, source, type, purpose, "
        "received, agenda_items, working_group, replaces, replaced_by, abstract) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(meeting_id, number) DO UPDATE SET "
        "position=excluded.position, title=excluded.title, source=excluded.source, "
        "type=excluded.type, purpose=excluded.purpose, received=excluded.received, "
        "agenda_items=excluded.agenda_items, working_group=excluded.working_group, "
        // Links made during the session (a revision) stay until the manifest
        // states its own; a number the manifest lists is the secretariat's.
        "replaces=COALESCE(excluded.replaces, documents.replaces), "
        "replaced_by=COALESCE(excluded.replaced_by, documents.replaced_by), "
        "abstract=excluded.abstract, added_in_session=0"));
    QSqlQuery delFiles(db);
    delFiles.prepare(
        QStringLiteral("DELETE FROM document_files WHERE meeting_id = ? AND number = ?"));
    QSqlQuery fq(db);
    fq.prepare(QStringLiteral("INSERT INTO document_files (meeting_id, number, name, size, sha256, "
                              "mtime) VALUES (?,?,?,?,?,?)"));
    position = 0;
    for (const auto &d : data.documents) {
        for (const QVariant &v :
             {QVariant(mid), QVariant(d.number), QVariant(position++), textOrNull(d.title),
              textOrNull(d.source), QVariant(wireName(d.type)), textOrNull(wireName(d.purpose)),
              timeValue(d.received), QVariant(listJson(d.agendaItems)), textOrNull(d.workingGroup),
              textOrNull(d.replaces), textOrNull(d.replacedBy), textOrNull(d.abstract)})
            dq.addBindValue(v);
        if (!dq.exec())
            return failQuery(dq, tr("storing document %1").arg(d.number));
        delFiles.addBindValue(mid);
        delFiles.addBindValue(d.number);
        if (!delFiles.exec())
            return failQuery(delFiles, tr("replacing the files of %1").arg(d.number));
        for (const auto &f : d.files) {
            for (const QVariant &v : {QVariant(mid), QVariant(d.number), QVariant(f.name),
                                      f.size >= 0 ? QVariant(f.size) : QVariant(),
                                      textOrNull(f.sha256), timeValue(f.mtime)})
                fq.addBindValue(v);
            if (!fq.exec())
                return failQuery(fq, tr("storing file %1 of %2").arg(f.name, d.number));
        }
    }

    QSqlQuery cur(db);
    cur.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('current_meeting', ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    cur.addBindValue(mid);
    return cur.exec() || failQuery(cur, tr("setting the current meeting"));
}

std::optional<MeetingData> Store::loadMeeting(const QString &id) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        fail(tr("the store is not open"));
        return std::nullopt;
    }
    // One read transaction, so the snapshot is consistent even while another
    // process writes.
    if (!exec(QStringLiteral("BEGIN")))
        return std::nullopt;
    struct EndRead {
        Store *s;
        ~EndRead() { s->exec(QStringLiteral("COMMIT")); }
    } endRead{this};

    auto select = [&](const QString &sql) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            failQuery(q, sql.left(60));
        return q;
    };

    MeetingData m;
    {
        QSqlQuery q = select(QStringLiteral(
            "SELECT id, title, grp, venue, start_date, end_date, deadline, languages, chair, "
            "vice_chairs, secretariat_email, drop_folder, document_prefix, source_url, "
            "current_item FROM meetings WHERE id = ?"));
        if (!q.next()) {
            fail(tr("no meeting '%1' in the store").arg(id));
            return std::nullopt;
        }
        MeetingInfo &mi = m.meeting;
        mi.id = q.value(0).toString();
        mi.title = q.value(1).toString();
        mi.group = q.value(2).toString();
        mi.venue = q.value(3).toString();
        mi.start = dateFrom(q.value(4));
        mi.end = dateFrom(q.value(5));
        mi.contributionDeadline = dateFrom(q.value(6));
        mi.languages = listFromJson(q.value(7));
        mi.chair = personFromJson(q.value(8));
        mi.viceChairs = peopleFromJson(q.value(9));
        mi.secretariatEmail = q.value(10).toString();
        mi.dropFolder = q.value(11).toString();
        mi.documentPrefix = q.value(12).toString();
        if (!q.value(13).isNull())
            m.sourceUrl = QUrl::fromEncoded(q.value(13).toString().toUtf8());
        m.currentItem = q.value(14).toString();
    }
    {
        QHash<QString, QList<FileState>> states;
        QSqlQuery q =
            select(QStringLiteral("SELECT number, state FROM file_sync WHERE meeting_id = ?"));
        while (q.next())
            states[q.value(0).toString()]
                << fileStateFromWire(q.value(1).toString()).value_or(FileState::Remote);
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            m.documentStates.insert(it.key(), aggregateFileState(it.value()));
    }
    {
        // Rows come in document order, so a parent is always seen before its
        // children; build the tree through paths of indices.
        QSqlQuery q = select(QStringLiteral("SELECT id, parent_id, title FROM agenda_items WHERE "
                                            "meeting_id = ? ORDER BY position"));
        QHash<QString, QList<int>> pathOf;
        while (q.next()) {
            AgendaItem item{q.value(0).toString(), q.value(2).toString(), {}};
            const QString parent = q.value(1).toString();
            QList<int> path = parent.isEmpty() ? QList<int>{} : pathOf.value(parent);
            QList<AgendaItem> *siblings = &m.agenda;
            for (int i : path)
                siblings = &(*siblings)[i].items;
            path << int(siblings->size());
            siblings->append(item);
            pathOf.insert(item.id, path);
        }
    }
    {
        QSqlQuery q =
            select(QStringLiteral("SELECT id, title, terms_of_reference, leaders FROM "
                                  "working_groups WHERE meeting_id = ? ORDER BY position"));
        while (q.next())
            m.workingGroups << WorkingGroup{q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString(), peopleFromJson(q.value(3))};
    }
    {
        QHash<QString, QList<DocumentFile>> files;
        QSqlQuery fq = select(QStringLiteral("SELECT number, name, size, sha256, mtime FROM "
                                             "document_files WHERE meeting_id = ? ORDER BY rowid"));
        while (fq.next())
            files[fq.value(0).toString()] << DocumentFile{
                fq.value(1).toString(), fq.value(2).isNull() ? -1 : fq.value(2).toLongLong(),
                fq.value(3).toString(), timeFrom(fq.value(4))};

        QSqlQuery q = select(QStringLiteral(
            "SELECT number, title, source, type, purpose, received, agenda_items, working_group, "
            "replaces, replaced_by, abstract, added_in_session FROM documents WHERE meeting_id = ? "
            "ORDER BY position"));
        while (q.next()) {
            Document d;
            d.number = q.value(0).toString();
            d.title = q.value(1).toString();
            d.source = q.value(2).toString();
            d.type =
                documentTypeFromWire(q.value(3).toString()).value_or(DocumentType::Contribution);
            d.purpose = purposeFromWire(q.value(4).toString()).value_or(Purpose::Unspecified);
            d.received = timeFrom(q.value(5));
            d.agendaItems = listFromJson(q.value(6));
            d.workingGroup = q.value(7).toString();
            d.replaces = q.value(8).toString();
            d.replacedBy = q.value(9).toString();
            d.abstract = q.value(10).toString();
            d.addedInSession = q.value(11).toInt() != 0;
            d.files = files.value(d.number);
            m.documents << d;
        }
    }
    {
        QSqlQuery q = select(QStringLiteral(
            "SELECT number, working_group, agenda_item FROM allocations WHERE meeting_id = ?"));
        while (q.next())
            m.allocations.insert(q.value(0).toString(),
                                 Allocation{q.value(1).toString(), q.value(2).toString()});
    }
    {
        QSqlQuery q = select(
            QStringLiteral("SELECT id, agenda_item, documents, status, text, at, uid, target "
                           "FROM outcomes WHERE meeting_id = ? ORDER BY at, id"));
        while (q.next()) {
            Outcome o;
            o.id = q.value(0).toLongLong();
            o.agendaItem = q.value(1).toString();
            o.documents = listFromJson(q.value(2));
            o.status = outcomeStatusFromWire(q.value(3).toString()).value_or(OutcomeStatus::Noted);
            o.text = q.value(4).toString();
            o.at = timeFrom(q.value(5));
            o.uid = q.value(6).toString();
            o.target = q.value(7).toString();
            m.outcomes << o;
        }
    }
    {
        QSqlQuery q = select(QStringLiteral(
            "SELECT id, title, questions, to_bodies, cc, purpose, from_body, approval, deadline, "
            "contact, body, attachments, officer, status, agenda_item FROM liaisons "
            "WHERE meeting_id = ? "
            "ORDER BY position"));
        while (q.next()) {
            LiaisonStatement l;
            l.id = q.value(0).toString();
            l.title = q.value(1).toString();
            l.questions = listFromJson(q.value(2));
            l.to = listFromJson(q.value(3));
            l.cc = listFromJson(q.value(4));
            l.purpose = q.value(5).toString();
            l.from = q.value(6).toString();
            l.approval = q.value(7).toString();
            l.deadline = dateFrom(q.value(8));
            l.contact = personFromJson(q.value(9));
            l.body = q.value(10).toString();
            l.attachments = listFromJson(q.value(11));
            l.officer = q.value(12).toString();
            l.status = liaisonStatusFromWire(q.value(13).toString()).value_or(LiaisonStatus::Draft);
            l.agendaItem = q.value(14).toString();
            m.liaisons << l;
        }
    }
    if (!notesAndPositions(id, &m.notes, &m.positions))
        return std::nullopt;
    {
        QSqlQuery q = select(QStringLiteral("SELECT number FROM reading WHERE meeting_id = ?"));
        while (q.next())
            m.opened.insert(q.value(0).toString());
    }
    return m;
}

qint64 Store::saveNote(const QString &meetingId, const Note &note) {
    qint64 id = note.id;
    const bool ok = transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        const QVariant updated =
            timeValue(note.updated.isValid() ? note.updated : m_clock->nowUtc());
        if (note.id == 0) {
            q.prepare(QStringLiteral("INSERT INTO notes (meeting_id, number, page, text, updated) "
                                     "VALUES (?,?,?,?,?)"));
            q.addBindValue(meetingId);
            q.addBindValue(note.document);
            q.addBindValue(note.page);
            q.addBindValue(note.text);
            q.addBindValue(updated);
        } else {
            q.prepare(QStringLiteral("UPDATE notes SET number = ?, page = ?, text = ?, updated = ? "
                                     "WHERE id = ? AND meeting_id = ?"));
            q.addBindValue(note.document);
            q.addBindValue(note.page);
            q.addBindValue(note.text);
            q.addBindValue(updated);
            q.addBindValue(note.id);
            q.addBindValue(meetingId);
        }
        if (!q.exec())
            return failQuery(q, tr("saving a note on %1").arg(note.document));
        if (note.id == 0)
            id = q.lastInsertId().toLongLong();
        else if (q.numRowsAffected() != 1)
            return fail(tr("there is no note %1").arg(note.id));
        return true;
    });
    return ok ? id : 0;
}

} // namespace Plenary
