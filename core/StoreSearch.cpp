// The full-text index in the store: FTS5 rows per page, and the files it
// was made from.
#include "Store.h"

#include "Clock.h"
#include "StoreValues.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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
        failQuery(q, QStringLiteral("reading the search index"));
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

bool Store::saveIndexedFile(const QString &meetingId, const IndexedFile &file,
                            const QStringList &pages) {
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM text_index WHERE meeting_id = ? AND path = ?"));
        del.addBindValue(meetingId);
        del.addBindValue(file.path);
        if (!del.exec())
            return failQuery(del, QStringLiteral("indexing %1").arg(file.path));
        QSqlQuery put(db);
        put.prepare(QStringLiteral(
            "INSERT INTO text_index (meeting_id, number, path, page, body) VALUES (?,?,?,?,?)"));
        for (int i = 0; i < pages.size(); ++i) {
            if (pages.at(i).trimmed().isEmpty())
                continue; // a scanned page: nothing to find there
            put.addBindValue(meetingId);
            put.addBindValue(file.number);
            put.addBindValue(file.path);
            put.addBindValue(i + 1);
            put.addBindValue(pages.at(i));
            if (!put.exec())
                return failQuery(put, QStringLiteral("indexing %1").arg(file.path));
        }
        QSqlQuery rec(db);
        rec.prepare(QStringLiteral(
            "INSERT INTO text_index_files (meeting_id, number, path, signature, pages, error, "
            "indexed_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(meeting_id, path) DO UPDATE SET "
            "number=excluded.number, signature=excluded.signature, pages=excluded.pages, "
            "error=excluded.error, indexed_at=excluded.indexed_at"));
        for (const QVariant &v : {QVariant(meetingId), QVariant(file.number), QVariant(file.path),
                                  QVariant(file.signature), QVariant(int(pages.size())),
                                  textOrNull(file.error), timeValue(m_clock->nowUtc())})
            rec.addBindValue(v);
        if (!rec.exec())
            return failQuery(rec, QStringLiteral("indexing %1").arg(file.path));
        return true;
    });
}

bool Store::removeIndexedFile(const QString &meetingId, const QString &path) {
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        for (const char *sql : {"DELETE FROM text_index WHERE meeting_id = ? AND path = ?",
                                "DELETE FROM text_index_files WHERE meeting_id = ? AND path = ?"}) {
            QSqlQuery q(db);
            q.prepare(QLatin1String(sql));
            q.addBindValue(meetingId);
            q.addBindValue(path);
            if (!q.exec())
                return failQuery(q, QStringLiteral("removing %1 from the index").arg(path));
        }
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
    q.prepare(QStringLiteral(
        "SELECT number, path, page, snippet(text_index, 4, char(2), char(3), '…', 16), "
        "bm25(text_index) FROM text_index WHERE text_index MATCH ? AND meeting_id = ? "
        "ORDER BY bm25(text_index), number, page LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(meetingId);
    q.addBindValue(limit);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("searching for %1").arg(query));
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
    return hits;
}

} // namespace Plenary
