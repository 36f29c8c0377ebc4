// The live session in the store: allocations, the current agenda item,
// outcomes (with what a revision creates), outgoing liaison statements, the
// whole session replaced at once (a follower, a merge), and the link to the
// published session.json.
#include "Store.h"

#include "Clock.h"
#include "StoreValues.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Plenary {
using namespace StoreValues;

namespace {

QString linkStateName(SessionLink::State s) {
    switch (s) {
    case SessionLink::State::Idle:
        return QStringLiteral("idle");
    case SessionLink::State::Published:
        return QStringLiteral("published");
    case SessionLink::State::Pending:
        return QStringLiteral("pending");
    case SessionLink::State::Conflict:
        return QStringLiteral("conflict");
    case SessionLink::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("idle");
}

SessionLink::State linkStateFrom(const QString &name) {
    for (auto s : {SessionLink::State::Published, SessionLink::State::Pending,
                   SessionLink::State::Conflict, SessionLink::State::Failed})
        if (linkStateName(s) == name)
            return s;
    return SessionLink::State::Idle;
}

bool exists(QSqlDatabase db, const char *table, const char *column, const QString &meetingId,
            const QString &value) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE meeting_id = ? AND %2 = ?")
                  .arg(QLatin1String(table), QLatin1String(column)));
    q.addBindValue(meetingId);
    q.addBindValue(value);
    return q.exec() && q.next();
}

QSet<QString> column(QSqlDatabase db, const char *sql, const QString &meetingId) {
    QSqlQuery q(db);
    q.prepare(QLatin1String(sql));
    q.addBindValue(meetingId);
    QSet<QString> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString());
    return out;
}

} // namespace

bool Store::countChange(const QString &meetingId) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE session_link SET changes = changes + 1 WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    return q.exec() || failQuery(q, tr("counting a session change"));
}

bool Store::setAllocation(const QString &meetingId, const QString &number,
                          const Allocation &allocation) {
    return setAllocations(meetingId, {{number, allocation}});
}

bool Store::setAllocations(const QString &meetingId,
                           const QHash<QString, Allocation> &allocations) {
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery del(db), put(db);
        del.prepare(QStringLiteral("DELETE FROM allocations WHERE meeting_id = ? AND number = ?"));
        put.prepare(QStringLiteral(
            "INSERT INTO allocations (meeting_id, number, working_group, agenda_item) "
            "VALUES (?,?,?,?) ON CONFLICT(meeting_id, number) DO UPDATE SET "
            "working_group=excluded.working_group, agenda_item=excluded.agenda_item"));
        for (auto it = allocations.cbegin(); it != allocations.cend(); ++it) {
            const Allocation &a = it.value();
            if (!exists(db, "documents", "number", meetingId, it.key()))
                return fail(tr("no document %1 in meeting %2").arg(it.key(), meetingId));
            if (!a.workingGroup.isEmpty() &&
                !exists(db, "working_groups", "id", meetingId, a.workingGroup))
                return fail(tr("no working group %1").arg(a.workingGroup));
            if (!a.agendaItem.isEmpty() &&
                !exists(db, "agenda_items", "id", meetingId, a.agendaItem))
                return fail(tr("no agenda item %1").arg(a.agendaItem));
            QSqlQuery &q = a.workingGroup.isEmpty() && a.agendaItem.isEmpty() ? del : put;
            q.addBindValue(meetingId);
            q.addBindValue(it.key());
            if (&q == &put) {
                q.addBindValue(textOrNull(a.workingGroup));
                q.addBindValue(textOrNull(a.agendaItem));
            }
            if (!q.exec())
                return failQuery(q, tr("allocating %1").arg(it.key()));
        }
        return countChange(meetingId);
    });
}

bool Store::setCurrentItem(const QString &meetingId, const QString &item) {
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!item.isEmpty() && !exists(db, "agenda_items", "id", meetingId, item))
            return fail(tr("no agenda item %1").arg(item));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE meetings SET current_item = ? WHERE id = ?"));
        q.addBindValue(textOrNull(item));
        q.addBindValue(meetingId);
        if (!q.exec())
            return failQuery(q, tr("setting the current agenda item"));
        if (q.numRowsAffected() != 1)
            return fail(tr("no meeting '%1' in the store").arg(meetingId));
        return countChange(meetingId);
    });
}

namespace {

// Links a revision both ways and creates the new number from the old
// document when the manifest does not have it (yet).
bool linkRevision(QSqlDatabase db, const QString &mid, const QString &from, const QString &to,
                  const QDateTime &at, bool inheritAllocation, QString *error) {
    QSqlQuery q(db);
    if (!exists(db, "documents", "number", mid, to)) {
        q.prepare(QStringLiteral(
            "INSERT INTO documents (meeting_id, number, position, title, source, type, purpose, "
            "received, agenda_items, working_group, replaces, added_in_session) "
            "SELECT meeting_id, ?, (SELECT MAX(position) + 1 FROM documents WHERE meeting_id = ?), "
            "title, source, type, purpose, ?, agenda_items, working_group, number, 1 "
            "FROM documents WHERE meeting_id = ? AND number = ?"));
        for (const QVariant &v :
             {QVariant(to), QVariant(mid), timeValue(at), QVariant(mid), QVariant(from)})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("UPDATE documents SET replaces = ? WHERE meeting_id = ? AND "
                                 "number = ? AND (replaces IS NULL OR replaces = '')"));
        for (const QVariant &v : {QVariant(from), QVariant(mid), QVariant(to)})
            q.addBindValue(v);
    }
    QSqlQuery back(db);
    back.prepare(
        QStringLiteral("UPDATE documents SET replaced_by = ? WHERE meeting_id = ? AND number = ?"));
    for (const QVariant &v : {QVariant(to), QVariant(mid), QVariant(from)})
        back.addBindValue(v);
    // The new number sits where the old one was allocated.
    QSqlQuery alloc(db);
    alloc.prepare(QStringLiteral(
        "INSERT INTO allocations (meeting_id, number, working_group, agenda_item) "
        "SELECT meeting_id, ?, working_group, agenda_item FROM allocations WHERE meeting_id = ? "
        "AND number = ? ON CONFLICT(meeting_id, number) DO NOTHING"));
    for (const QVariant &v : {QVariant(to), QVariant(mid), QVariant(from)})
        alloc.addBindValue(v);
    for (QSqlQuery *query : {&q, &back, &alloc})
        if ((query != &alloc || inheritAllocation) && !query->exec()) {
            *error =
                Store::tr("linking revision %1 -> %2: %3").arg(from, to, query->lastError().text());
            return false;
        }
    return true;
}

// @p asRecorded: the outcome comes with the rest of a session (which has its
// allocations already), not from the chairman recording it now.
bool insertOutcome(QSqlDatabase db, const QString &mid, const Outcome &o, bool asRecorded,
                   qint64 *id, QString *error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outcomes (meeting_id, uid, agenda_item, documents, "
                             "status, target, text, at) VALUES (?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(mid), QVariant(o.uid), textOrNull(o.agendaItem), QVariant(listJson(o.documents)),
          QVariant(wireName(o.status)), textOrNull(o.target), textOrNull(o.text), timeValue(o.at)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = Store::tr("recording an outcome: %1").arg(q.lastError().text());
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    if (o.status == OutcomeStatus::Revised && o.documents.size() == 1 && !o.target.isEmpty())
        return linkRevision(db, mid, o.documents.first(), o.target, o.at, !asRecorded, error);
    return true;
}

bool writeLiaison(QSqlDatabase db, const QString &mid, const LiaisonStatement &l, QString *error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO liaisons (meeting_id, id, position, title, questions, to_bodies, cc, "
        "purpose, from_body, approval, deadline, contact, body, attachments, officer, status, "
        "agenda_item) VALUES (?,?,(SELECT COUNT(*) FROM liaisons WHERE meeting_id = "
        "?),?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(meeting_id, id) DO UPDATE SET title=excluded.title, "
        "questions=excluded.questions, to_bodies=excluded.to_bodies, cc=excluded.cc, "
        "purpose=excluded.purpose, from_body=excluded.from_body, approval=excluded.approval, "
        "deadline=excluded.deadline, contact=excluded.contact, body=excluded.body, "
        "attachments=excluded.attachments, officer=excluded.officer, status=excluded.status, "
        "agenda_item=excluded.agenda_item"));
    for (const QVariant &v :
         {QVariant(mid), QVariant(l.id), QVariant(mid), QVariant(l.title),
          QVariant(listJson(l.questions)), QVariant(listJson(l.to)), QVariant(listJson(l.cc)),
          textOrNull(l.purpose), textOrNull(l.from), textOrNull(l.approval), dateValue(l.deadline),
          QVariant(personJson(l.contact)), textOrNull(l.body), QVariant(listJson(l.attachments)),
          textOrNull(l.officer), QVariant(wireName(l.status)), textOrNull(l.agendaItem)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = Store::tr("storing liaison statement %1: %2").arg(l.id, q.lastError().text());
        return false;
    }
    return true;
}

} // namespace

qint64 Store::addOutcome(const QString &meetingId, const Outcome &outcome) {
    Outcome o = outcome;
    if (o.uid.isEmpty())
        o.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!o.at.isValid())
        o.at = m_clock->nowUtc();
    if (o.status == OutcomeStatus::Revised && (o.documents.size() != 1 || o.target.isEmpty())) {
        fail(tr("a revision names one document and its new number"));
        return 0;
    }
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!o.agendaItem.isEmpty() && !exists(db, "agenda_items", "id", meetingId, o.agendaItem))
            return fail(tr("no agenda item %1").arg(o.agendaItem));
        for (const QString &number : std::as_const(o.documents))
            if (!exists(db, "documents", "number", meetingId, number))
                return fail(tr("no document %1 in meeting %2").arg(number, meetingId));
        if (o.status == OutcomeStatus::Merged && !o.target.isEmpty() &&
            !exists(db, "documents", "number", meetingId, o.target))
            return fail(tr("no document %1 to merge into").arg(o.target));
        QString error;
        if (!insertOutcome(db, meetingId, o, false, &id, &error))
            return fail(error);
        return countChange(meetingId);
    });
    return ok ? id : 0;
}

bool Store::removeOutcome(const QString &meetingId, const QString &uid) {
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT status, documents, target FROM outcomes WHERE "
                                 "meeting_id = ? AND uid = ?"));
        q.addBindValue(meetingId);
        q.addBindValue(uid);
        if (!q.exec() || !q.next())
            return fail(tr("no outcome %1").arg(uid));
        const bool revised = q.value(0).toString() == wireName(OutcomeStatus::Revised);
        const QStringList documents = listFromJson(q.value(1));
        const QString target = q.value(2).toString();
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM outcomes WHERE meeting_id = ? AND uid = ?"));
        del.addBindValue(meetingId);
        del.addBindValue(uid);
        if (!del.exec())
            return failQuery(del, tr("taking back an outcome"));
        if (revised && documents.size() == 1 && !target.isEmpty()) {
            // Undo what the revision made: the new number if the session
            // created it, and the link from the old one.
            QSqlQuery unlink(db), drop(db);
            unlink.prepare(QStringLiteral("UPDATE documents SET replaced_by = NULL WHERE "
                                          "meeting_id = ? AND number = ? AND replaced_by = ?"));
            for (const QVariant &v :
                 {QVariant(meetingId), QVariant(documents.first()), QVariant(target)})
                unlink.addBindValue(v);
            drop.prepare(QStringLiteral(
                "DELETE FROM documents WHERE meeting_id = ? AND number = ? AND added_in_session = "
                "1 "
                "AND NOT EXISTS (SELECT 1 FROM outcomes WHERE meeting_id = ? AND target = ?)"));
            for (const QVariant &v :
                 {QVariant(meetingId), QVariant(target), QVariant(meetingId), QVariant(target)})
                drop.addBindValue(v);
            if (!unlink.exec() || !drop.exec())
                return fail(tr("undoing revision %1 -> %2").arg(documents.first(), target));
        }
        return countChange(meetingId);
    });
}

bool Store::saveLiaison(const QString &meetingId, const LiaisonStatement &l) {
    if (l.id.isEmpty() || l.title.isEmpty())
        return fail(tr("a liaison statement needs an id and a title"));
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!l.agendaItem.isEmpty() && !exists(db, "agenda_items", "id", meetingId, l.agendaItem))
            return fail(tr("no agenda item %1").arg(l.agendaItem));
        QString error;
        if (!writeLiaison(db, meetingId, l, &error))
            return fail(error);
        return countChange(meetingId);
    });
}

bool Store::removeLiaison(const QString &meetingId, const QString &id) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM liaisons WHERE meeting_id = ? AND id = ?"));
        q.addBindValue(meetingId);
        q.addBindValue(id);
        if (!q.exec())
            return failQuery(q, tr("removing liaison statement %1").arg(id));
        if (q.numRowsAffected() != 1)
            return fail(tr("no liaison statement %1").arg(id));
        return countChange(meetingId);
    });
}

QString Store::nextFreeNumber(const QString &meetingId) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery p(db);
    p.prepare(QStringLiteral("SELECT document_prefix FROM meetings WHERE id = ?"));
    p.addBindValue(meetingId);
    QString prefix = p.exec() && p.next() ? p.value(0).toString() : QString();
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    const QSet<QString> numbers =
        column(db, "SELECT number FROM documents WHERE meeting_id = ?", meetingId);
    if (prefix.isEmpty()) {
        // No declared scheme: the most common prefix of numbered documents.
        QHash<QString, int> counts;
        for (const QString &n : numbers)
            if (const auto m = numbered.match(n); m.hasMatch())
                ++counts[m.captured(1)];
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > best || (it.value() == best && it.key() < prefix))
                best = it.value(), prefix = it.key();
    }
    qint64 highest = 0;
    int width = 4;
    for (const QString &n : numbers) {
        if (!n.startsWith(prefix))
            continue;
        const QString digits = n.mid(prefix.size());
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok);
        if (ok && !digits.isEmpty() && digits.at(0).isDigit() && value >= highest) {
            highest = value;
            width = int(digits.size());
        }
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0'));
}

QString Store::nextLiaisonId(const QString &meetingId) {
    const QSet<QString> ids = column(QSqlDatabase::database(m_connection, false),
                                     "SELECT id FROM liaisons WHERE meeting_id = ?", meetingId);
    return Plenary::nextLiaisonId(QStringList(ids.cbegin(), ids.cend()));
}

bool Store::checkReferences(const QString &mid, const SessionState &s) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSet<QString> documents = column(
        db, "SELECT number FROM documents WHERE meeting_id = ? AND added_in_session = 0", mid);
    for (const Document &d : s.addedDocuments)
        documents.insert(d.number);
    const QSet<QString> items = column(db, "SELECT id FROM agenda_items WHERE meeting_id = ?", mid);
    const QSet<QString> groups =
        column(db, "SELECT id FROM working_groups WHERE meeting_id = ?", mid);
    auto refuse = [&](const QString &what) {
        return fail(tr("the session names %1, which this meeting does not have").arg(what));
    };
    if (!s.currentItem.isEmpty() && !items.contains(s.currentItem))
        return refuse(tr("agenda item %1").arg(s.currentItem));
    for (auto it = s.allocations.cbegin(); it != s.allocations.cend(); ++it) {
        if (!documents.contains(it.key()))
            return refuse(tr("document %1").arg(it.key()));
        if (!it->workingGroup.isEmpty() && !groups.contains(it->workingGroup))
            return refuse(tr("working group %1").arg(it->workingGroup));
        if (!it->agendaItem.isEmpty() && !items.contains(it->agendaItem))
            return refuse(tr("agenda item %1").arg(it->agendaItem));
    }
    for (const Outcome &o : s.outcomes) {
        if (!o.agendaItem.isEmpty() && !items.contains(o.agendaItem))
            return refuse(tr("agenda item %1").arg(o.agendaItem));
        for (const QString &n : o.documents)
            if (!documents.contains(n))
                return refuse(tr("document %1").arg(n));
    }
    for (const LiaisonStatement &l : s.liaisons)
        if (!l.agendaItem.isEmpty() && !items.contains(l.agendaItem))
            return refuse(tr("agenda item %1").arg(l.agendaItem));
    return true;
}

bool Store::applySession(const SessionState &s, bool countAsChange) {
    const QString mid = s.meetingId;
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery meeting(db);
        meeting.prepare(QStringLiteral("SELECT 1 FROM meetings WHERE id = ?"));
        meeting.addBindValue(mid);
        if (!meeting.exec() || !meeting.next())
            return fail(tr("no meeting '%1' in the store").arg(mid));
        if (!checkReferences(mid, s))
            return false;
        auto run = [&](const QString &sql, const QVariantList &values, const QString &what) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            return q.exec() || failQuery(q, what);
        };
        // Documents the session made: those gone from it go (unless the
        // manifest has them), the others are written afresh with no links;
        // the outcomes below link them again.
        QStringList keep;
        for (const Document &d : s.addedDocuments)
            keep << d.number;
        const QSet<QString> added = column(
            db, "SELECT number FROM documents WHERE meeting_id = ? AND added_in_session = 1", mid);
        for (const QString &n : added)
            if (!keep.contains(n) &&
                !run(QStringLiteral("DELETE FROM documents WHERE meeting_id = ? AND number = ?"),
                     {mid, n}, tr("removing document %1").arg(n)))
                return false;
        if (!run(QStringLiteral("UPDATE documents SET replaced_by = NULL WHERE meeting_id = ? AND "
                                "replaced_by IN (SELECT target FROM outcomes WHERE meeting_id = ? "
                                "AND status = ?)"),
                 {mid, mid, wireName(OutcomeStatus::Revised)}, tr("clearing revision links")))
            return false;
        for (const Document &d : s.addedDocuments) {
            if (!run(QStringLiteral(
                         "INSERT INTO documents (meeting_id, number, position, title, source, "
                         "type, purpose, received, agenda_items, working_group, replaces, "
                         "added_in_session) VALUES (?,?,(SELECT COALESCE(MAX(position), 0) + 1 "
                         "FROM documents WHERE meeting_id = ?),?,?,?,?,?,?,?,?,1) "
                         "ON CONFLICT(meeting_id, number) DO UPDATE SET title=excluded.title, "
                         "source=excluded.source, type=excluded.type, purpose=excluded.purpose, "
                         "received=excluded.received, agenda_items=excluded.agenda_items, "
                         "working_group=excluded.working_group, replaces=excluded.replaces "
                         "WHERE documents.added_in_session = 1"),
                     {mid, d.number, mid, textOrNull(d.title), textOrNull(d.source),
                      wireName(d.type), textOrNull(wireName(d.purpose)), timeValue(d.received),
                      listJson(d.agendaItems), textOrNull(d.workingGroup), textOrNull(d.replaces)},
                     tr("storing document %1").arg(d.number)))
                return false;
        }
        for (const char *table : {"allocations", "outcomes", "liaisons"})
            if (!run(
                    QStringLiteral("DELETE FROM %1 WHERE meeting_id = ?").arg(QLatin1String(table)),
                    {mid}, tr("replacing the session")))
                return false;
        for (auto it = s.allocations.cbegin(); it != s.allocations.cend(); ++it)
            if (!run(QStringLiteral("INSERT INTO allocations (meeting_id, number, working_group, "
                                    "agenda_item) VALUES (?,?,?,?)"),
                     {mid, it.key(), textOrNull(it->workingGroup), textOrNull(it->agendaItem)},
                     tr("allocating %1").arg(it.key())))
                return false;
        QString error;
        for (const Outcome &o : s.outcomes) {
            qint64 id = 0;
            if (!insertOutcome(db, mid, o, true, &id, &error))
                return fail(error);
        }
        for (const LiaisonStatement &l : s.liaisons)
            if (!writeLiaison(db, mid, l, &error))
                return fail(error);
        if (!run(QStringLiteral("UPDATE meetings SET current_item = ? WHERE id = ?"),
                 {textOrNull(s.currentItem), mid}, tr("setting the current item")))
            return false;
        return !countAsChange || countChange(mid);
    });
}

std::optional<SessionLink> Store::sessionLink(const QString &meetingId) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT url, role, base, etag, revision, changes, published_changes, "
        "if_match_honoured, state, last_error, updated, lock_owner, lock_token FROM session_link "
        "WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec()) {
        failQuery(q, tr("reading the session link"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    SessionLink l;
    l.url = QUrl::fromEncoded(q.value(0).toString().toUtf8());
    l.role = q.value(1).toString() == QLatin1String("follow") ? SessionLink::Role::Follow
                                                              : SessionLink::Role::Chair;
    l.base = q.value(2).toString().toUtf8();
    l.etag = q.value(3).toString();
    l.revision = q.value(4).toInt();
    l.changes = q.value(5).toLongLong();
    l.publishedChanges = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        l.ifMatchHonoured = q.value(7).toInt() != 0;
    l.state = linkStateFrom(q.value(8).toString());
    l.lastError = q.value(9).toString();
    l.updated = timeFrom(q.value(10));
    l.lockOwner = q.value(11).toString();
    l.lockToken = q.value(12).toString().toUtf8();
    return l;
}

bool Store::setSessionLock(const QString &meetingId, const QString &owner, const QByteArray &token,
                           const QString &mine) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(
            QStringLiteral("UPDATE session_link SET lock_owner = ?, lock_token = ? "
                           "WHERE meeting_id = ? AND (lock_owner IS NULL OR lock_owner = ?)"));
        q.addBindValue(textOrNull(owner));
        q.addBindValue(token.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(token)));
        q.addBindValue(meetingId);
        q.addBindValue(mine);
        return q.exec() || failQuery(q, tr("saving the session link"));
    });
}

bool Store::saveSessionLink(const QString &meetingId, const SessionLink &l) {
    // changes is the store's own count: a link written with fewer changes
    // than stored (a session write raced the publisher) keeps the count.
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral(
            "INSERT INTO session_link (meeting_id, url, role, base, etag, revision, changes, "
            "published_changes, if_match_honoured, state, last_error, updated) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(meeting_id) DO UPDATE SET "
            "url=excluded.url, role=excluded.role, base=excluded.base, etag=excluded.etag, "
            "revision=excluded.revision, changes=MAX(session_link.changes, excluded.changes), "
            "published_changes=excluded.published_changes, "
            "if_match_honoured=excluded.if_match_honoured, state=excluded.state, "
            "last_error=excluded.last_error, updated=excluded.updated"));
        for (const QVariant &v :
             {QVariant(meetingId), QVariant(QString::fromUtf8(l.url.toEncoded())),
              QVariant(l.role == SessionLink::Role::Follow ? QStringLiteral("follow")
                                                           : QStringLiteral("chair")),
              l.base.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(l.base)),
              textOrNull(l.etag), QVariant(l.revision), QVariant(l.changes),
              QVariant(l.publishedChanges),
              l.ifMatchHonoured ? QVariant(int(*l.ifMatchHonoured)) : QVariant(),
              QVariant(linkStateName(l.state)), textOrNull(l.lastError),
              timeValue(m_clock->nowUtc())})
            q.addBindValue(v);
        return q.exec() || failQuery(q, tr("saving the session link"));
    });
}

bool Store::removeSessionLink(const QString &meetingId) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM session_link WHERE meeting_id = ?"));
        q.addBindValue(meetingId);
        return q.exec() || failQuery(q, tr("removing the session link"));
    });
}

} // namespace Plenary
