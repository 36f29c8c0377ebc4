#include "StoreSchema.h"

namespace Plenary::StoreSchema {

const QList<QStringList> &steps() {
    static const QList<QStringList> kSteps = {
        // 1: the meeting as the secretariat publishes it (meeting.json).
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE meetings (id TEXT PRIMARY KEY, title TEXT NOT NULL, grp TEXT, "
                "venue TEXT, start_date TEXT, end_date TEXT, deadline TEXT, languages TEXT, "
                "chair TEXT, vice_chairs TEXT, secretariat_email TEXT, drop_folder TEXT, "
                "document_prefix TEXT, imported_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE agenda_items (meeting_id TEXT NOT NULL REFERENCES meetings(id) "
                "ON DELETE CASCADE, id TEXT NOT NULL, parent_id TEXT, position INTEGER NOT NULL, "
                "title TEXT NOT NULL, PRIMARY KEY (meeting_id, id))"),
            QStringLiteral(
                "CREATE TABLE working_groups (meeting_id TEXT NOT NULL REFERENCES meetings(id) "
                "ON DELETE CASCADE, id TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT "
                "NULL, terms_of_reference TEXT, leaders TEXT, PRIMARY KEY (meeting_id, id))"),
            QStringLiteral(
                "CREATE TABLE documents (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON "
                "DELETE CASCADE, number TEXT NOT NULL, position INTEGER NOT NULL, title TEXT, "
                "source TEXT, type TEXT NOT NULL, purpose TEXT, received TEXT, agenda_items TEXT, "
                "working_group TEXT, replaces TEXT, replaced_by TEXT, abstract TEXT, "
                "PRIMARY KEY (meeting_id, number))"),
            QStringLiteral(
                "CREATE TABLE document_files (meeting_id TEXT NOT NULL, number TEXT NOT NULL, "
                "name TEXT NOT NULL, size INTEGER, sha256 TEXT, mtime TEXT, "
                "PRIMARY KEY (meeting_id, number, name), FOREIGN KEY (meeting_id, number) "
                "REFERENCES documents(meeting_id, number) ON DELETE CASCADE)"),
        },
        // 2: the live session: allocations, outcomes, outgoing liaison statements.
        {
            QStringLiteral(
                "CREATE TABLE allocations (meeting_id TEXT NOT NULL, number TEXT NOT NULL, "
                "working_group TEXT, agenda_item TEXT, PRIMARY KEY (meeting_id, number), "
                "FOREIGN KEY (meeting_id, number) REFERENCES documents(meeting_id, number) "
                "ON DELETE CASCADE)"),
            QStringLiteral(
                "CREATE TABLE outcomes (id INTEGER PRIMARY KEY AUTOINCREMENT, meeting_id TEXT "
                "NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, agenda_item TEXT, documents "
                "TEXT, status TEXT NOT NULL, text TEXT, at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX outcomes_meeting ON outcomes (meeting_id)"),
            QStringLiteral(
                "CREATE TABLE liaisons (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON "
                "DELETE CASCADE, id TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT "
                "NULL, questions TEXT, to_bodies TEXT, cc TEXT, purpose TEXT, from_body TEXT, "
                "approval TEXT, deadline TEXT, contact TEXT, body TEXT, attachments TEXT, "
                "officer TEXT, status TEXT NOT NULL, PRIMARY KEY (meeting_id, id))"),
        },
        // 3: the user's private notes (never published).
        {
            QStringLiteral(
                "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, meeting_id TEXT NOT "
                "NULL REFERENCES meetings(id) ON DELETE CASCADE, number TEXT NOT NULL, page "
                "INTEGER NOT NULL DEFAULT -1, text TEXT NOT NULL, updated TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX notes_document ON notes (meeting_id, number)"),
        },
        // 4: document sync: where a meeting comes from, the cached folder
        // listings / manifest, and what is on disk for every remote file.
        {
            QStringLiteral("ALTER TABLE meetings ADD COLUMN source_url TEXT"),
            QStringLiteral(
                "CREATE TABLE sync_folders (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON "
                "DELETE CASCADE, url TEXT NOT NULL, etag TEXT, last_modified TEXT, body BLOB, "
                "PRIMARY KEY (meeting_id, url))"),
            QStringLiteral(
                "CREATE TABLE file_sync (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON "
                "DELETE CASCADE, url TEXT NOT NULL, number TEXT NOT NULL, name TEXT NOT NULL, "
                "local_path TEXT NOT NULL, etag TEXT, last_modified TEXT, listed_size INTEGER, "
                "listed_mtime TEXT, expected_sha256 TEXT, state TEXT NOT NULL, local_size INTEGER, "
                "local_sha256 TEXT, previous_path TEXT, error TEXT, updated TEXT, "
                "PRIMARY KEY (meeting_id, url))"),
            QStringLiteral("CREATE INDEX file_sync_number ON file_sync (meeting_id, number)"),
        },
        // 5: running and publishing the session: the current agenda item,
        // outcomes with ids that are the same on every copy and a target
        // (revised to / merged into), documents made during the meeting, and
        // where and how far the session is published or followed.
        {
            QStringLiteral("ALTER TABLE meetings ADD COLUMN current_item TEXT"),
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN uid TEXT"),
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN target TEXT"),
            QStringLiteral("UPDATE outcomes SET uid = 'local-' || meeting_id || '-' || id"),
            QStringLiteral("CREATE UNIQUE INDEX outcomes_uid ON outcomes (meeting_id, uid)"),
            QStringLiteral(
                "ALTER TABLE documents ADD COLUMN added_in_session INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "CREATE TABLE session_link (meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) "
                "ON DELETE CASCADE, url TEXT NOT NULL, role TEXT NOT NULL, base TEXT, etag TEXT, "
                "revision INTEGER NOT NULL DEFAULT 0, changes INTEGER NOT NULL DEFAULT 0, "
                "published_changes INTEGER NOT NULL DEFAULT 0, if_match_honoured INTEGER, "
                "state TEXT, last_error TEXT, updated TEXT)"),
        },
        // 6: the agenda item a liaison statement was drafted under, so the
        // meeting report can list it there.
        {
            QStringLiteral("ALTER TABLE liaisons ADD COLUMN agenda_item TEXT"),
        },
        // 7: the rapporteurs' reports (Markdown), with what was last
        // generated from the session as the base of the next refresh.
        {
            QStringLiteral(
                "CREATE TABLE reports (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON "
                "DELETE CASCADE, id TEXT NOT NULL, kind TEXT NOT NULL, working_group TEXT, "
                "text TEXT NOT NULL, generated TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL, "
                "PRIMARY KEY (meeting_id, id))"),
        },
        // 8: the full-text index of the documents' local copies: FTS5, one
        // row per page, and what was indexed (size and time of each file)
        // so that only new or changed files are read again.
        {
            QStringLiteral(
                "CREATE TABLE text_index_files (meeting_id TEXT NOT NULL REFERENCES meetings(id) "
                "ON DELETE CASCADE, number TEXT NOT NULL, path TEXT NOT NULL, signature TEXT NOT "
                "NULL, pages INTEGER NOT NULL DEFAULT 0, error TEXT, indexed_at TEXT NOT NULL, "
                "PRIMARY KEY (meeting_id, path))"),
            QStringLiteral("CREATE VIRTUAL TABLE text_index USING fts5(meeting_id UNINDEXED, "
                           "number UNINDEXED, path UNINDEXED, page UNINDEXED, body, "
                           "tokenize = 'unicode61 remove_diacritics 2')"),
        },
        // 9: the delegate's reading: which documents were opened, when, and
        // the page each was left at.
        {
            QStringLiteral(
                "CREATE TABLE reading (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE "
                "CASCADE, number TEXT NOT NULL, last_page INTEGER NOT NULL DEFAULT 0, "
                "opened_at TEXT NOT NULL, PRIMARY KEY (meeting_id, number))"),
        },
        // 10: the delegate's position on documents (support / object /
        // monitor), private like the notes.
        {
            QStringLiteral(
                "CREATE TABLE positions (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON "
                "DELETE CASCADE, number TEXT NOT NULL, position TEXT NOT NULL, updated TEXT NOT "
                "NULL, PRIMARY KEY (meeting_id, number))"),
        },
        // 11: the full-text index by rowid ranges: a meeting's rows have
        // rowids in [slot << 32, (slot + 1) << 32), which FTS5 applies to
        // its lists of matches directly (a filter on meeting_id read every
        // matching row: 60 ms for a common word in 5,000 documents), and a
        // file's rows are a range too (deleting by path scanned the whole
        // index for each file: indexing was quadratic). The index starts
        // again; the next update reads every file once.
        {
            QStringLiteral("CREATE TABLE text_index_meetings (meeting_id TEXT PRIMARY KEY "
                           "REFERENCES meetings(id) ON DELETE CASCADE, slot INTEGER NOT NULL "
                           "UNIQUE)"),
            QStringLiteral(
                "ALTER TABLE text_index_files ADD COLUMN first_row INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE text_index_files ADD COLUMN rows INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("DELETE FROM text_index"),
            QStringLiteral("DELETE FROM text_index_files"),
        },
        // 12: contributions submitted from this machine, so that the
        // delegate sees what went where and when (several per number).
        {
            QStringLiteral(
                "CREATE TABLE submissions (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON "
                "DELETE CASCADE, number TEXT NOT NULL, name TEXT NOT NULL, url TEXT NOT NULL, "
                "size INTEGER NOT NULL, sha256 TEXT NOT NULL, local_path TEXT NOT NULL, "
                "submitted_at TEXT NOT NULL, PRIMARY KEY (meeting_id, url))"),
        },
        // 13: the WebDAV lock a publish holds on session.json, so that one
        // killed between LOCK and UNLOCK can release it when started again.
        {
            QStringLiteral("ALTER TABLE session_link ADD COLUMN lock_owner TEXT"),
            QStringLiteral("ALTER TABLE session_link ADD COLUMN lock_token TEXT"),
        },
    };
    return kSteps;
}

int latestVersion() {
    return int(steps().size());
}

} // namespace Plenary::StoreSchema
