// The full-text index in the store: FTS5 rows per page, and the files it
// was made from.
#include "Store.h"

#include "Clock.h"
#include "StoreValues.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Plenary {
using namespace StoreValues;

namespace {

// The user's words as an FTS5 query: every word quoted (so that "-", ":",
// "AND" or a stray quote are text, not syntax), "quoted phrases" kept
// together, a trailing * a prefix search; all of them must occur.
QString ftsQuery(const QString &query) {
    QStringList terms;
    auto add = [&terms](QString term, bool phrase) {
        const bool prefix = !phrase && term.endsWith(QLatin1Char('*'));
        term.remove(QLatin1Char('*'));
        term = term.simplified();
        if (term.isEmpty())
            return;
        terms << QLatin1Char('"') + term.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
    };
    const QStringList parts = query.split(QLatin1Char('"'));
    for (int i = 0; i < parts.size(); ++i) {
        if (i % 2 == 1) { // inside quotes
            add(parts.at(i), true);
            continue;
        }
        for (const QString &word :
             parts.at(i).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            add(word, false);
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

QHash<QString, IndexedFile> Store::indexedFiles(const QString &meetingId) {
    QHash<QString, IndexedFile> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT number, path, signature, pages, error, indexed_at FROM "
                             "text_index_files WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec()) {
        failQuery(q, tr("reading the search index"));
        return out;
    }
    while (q.next()) {
        IndexedFile f;
        f.number = q.value(0).toString();
        f.path = q.value(1).toString();
        f.signature = q.value(2).toString();
        f.pages = q.value(3).toInt();
        f.error = q.value(4).toString();
        f.indexedAt = timeFrom(q.value(5));
        out.insert(f.path, f);
    }
    return out;
}

std::optional<qint64> Store::indexSlot(const QString &meetingId, bool create) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT slot FROM text_index_meetings WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec()) {
        failQuery(q, tr("reading the index of %1").arg(meetingId));
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return qint64(0); // none yet: slot 0 is never used, so nothing is found
    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT INTO text_index_meetings (meeting_id, slot) SELECT ?, "
                               "COALESCE(MAX(slot), 0) + 1 FROM text_index_meetings"));
    add.addBindValue(meetingId);
    if (!add.exec()) {
        failQuery(add, tr("starting the index of %1").arg(meetingId));
        return std::nullopt;
    }
    return indexSlot(meetingId, false);
}

bool Store::removeIndexedRows(const QString &meetingId, const QString &path) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT first_row, rows FROM text_index_files WHERE meeting_id = ? AND path = ?"));
    q.addBindValue(meetingId);
    q.addBindValue(path);
    if (!q.exec())
        return failQuery(q, tr("reading the index of %1").arg(path));
    if (!q.next() || q.value(1).toLongLong() <= 0)
        return true;
    const qint64 first = q.value(0).toLongLong(), rows = q.value(1).toLongLong();
    q.finish();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM text_index WHERE rowid >= ? AND rowid < ?"));
    del.addBindValue(first);
    del.addBindValue(first + rows);
    return del.exec() || failQuery(del, tr("removing %1 from the index").arg(path));
}

bool Store::saveIndexedFile(const QString &meetingId, const IndexedFile &file,
                            const QStringList &pages) {
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        const std::optional<qint64> slot = indexSlot(meetingId, true);
        if (!slot || !removeIndexedRows(meetingId, file.path))
            return false;
        // The file's rows follow the meeting's last one.
        const qint64 low = *slot << 32, high = (*slot + 1) << 32;
        QSqlQuery last(db);
        last.prepare(QStringLiteral("SELECT rowid FROM text_index WHERE rowid >= ? AND rowid < ? "
                                    "ORDER BY rowid DESC LIMIT 1"));
        last.addBindValue(low);
        last.addBindValue(high);
        if (!last.exec())
            return failQuery(last, tr("indexing %1").arg(file.path));
        const qint64 first = last.next() ? last.value(0).toLongLong() + 1 : low + 1;
        last.finish();
        qint64 rows = 0;
        QSqlQuery put(db);
        put.prepare(QStringLiteral("INSERT INTO text_index (rowid, meeting_id, number, path, page, "
                                   "body) VALUES (?,?,?,?,?,?)"));
        for (int i = 0; i < pages.size(); ++i) {
            if (pages.at(i).trimmed().isEmpty())
                continue; // a scanned page: nothing to find there
            put.addBindValue(first + rows++);
            put.addBindValue(meetingId);
            put.addBindValue(file.number);
            put.addBindValue(file.path);
            put.addBindValue(i + 1);
            put.addBindValue(pages.at(i));
            if (!put.exec())
                return failQuery(put, tr("indexing %1").arg(file.path));
        }
        QSqlQuery rec(db);
        rec.prepare(QStringLiteral(
            "INSERT INTO text_index_files (meeting_id, number, path, signature, pages, error, "
            "indexed_at, first_row, rows) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(meeting_id, "
            "path) DO UPDATE SET number=excluded.number, signature=excluded.signature, "
            "pages=excluded.pages, error=excluded.error, indexed_at=excluded.indexed_at, "
            "first_row=excluded.first_row, rows=excluded.rows"));
        for (const QVariant &v :
             {QVariant(meetingId), QVariant(file.number), QVariant(file.path),
              QVariant(file.signature), QVariant(int(pages.size())), textOrNull(file.error),
              timeValue(m_clock->nowUtc()), QVariant(first), QVariant(rows)})
            rec.addBindValue(v);
        if (!rec.exec())
            return failQuery(rec, tr("indexing %1").arg(file.path));
        return true;
    });
}

bool Store::removeIndexedFile(const QString &meetingId, const QString &path) {
    return transaction([&] {
        if (!removeIndexedRows(meetingId, path))
            return false;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM text_index_files WHERE meeting_id = ? AND path = ?"));
        q.addBindValue(meetingId);
        q.addBindValue(path);
        if (!q.exec())
            return failQuery(q, tr("removing %1 from the index").arg(path));
        return true;
    });
}

std::optional<QList<SearchHit>> Store::search(const QString &meetingId, const QString &query,
                                              int limit) {
    const QString match = ftsQuery(query);
    QList<SearchHit> hits;
    if (match.isEmpty())
        return hits;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // ORDER BY rank (bm25) alone lets FTS5 sort on its own and make snippets
    // only for the rows returned; any other ORDER BY makes SQLite compute a
    // snippet for every matching page first (3-5x slower for common words).
    // Ties are put in document order below.
    // The meeting's rows are a rowid range (schema step 11).
    const std::optional<qint64> slot = indexSlot(meetingId, false);
    if (!slot)
        return std::nullopt;
    q.prepare(QStringLiteral(
        "SELECT number, path, page, snippet(text_index, 4, char(2), char(3), '…', 16), rank "
        "FROM text_index WHERE text_index MATCH ? AND rowid >= ? AND rowid < ? "
        "ORDER BY rank LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(*slot << 32);
    q.addBindValue((*slot + 1) << 32);
    q.addBindValue(limit);
    if (!q.exec()) {
        failQuery(q, tr("searching for %1").arg(query));
        return std::nullopt;
    }
    while (q.next()) {
        SearchHit h;
        h.number = q.value(0).toString();
        h.path = q.value(1).toString();
        h.page = q.value(2).toInt();
        h.snippet = q.value(3).toString().simplified();
        h.rank = q.value(4).toDouble();
        hits << h;
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return std::tie(a.rank, a.number, a.page) < std::tie(b.rank, b.number, b.page);
    });
    return hits;
}

} // namespace Plenary
