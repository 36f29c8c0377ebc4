#pragma once

#include "Meeting.h"

#include <optional>

namespace Plenary {

/// The part of a meeting that the chairman runs and publishes in
/// session.json: the current agenda item, the allocation of documents,
/// the outcomes, the outgoing liaison statements and the documents made
/// during the meeting (revisions' new numbers). Plain values.
struct SessionState {
    QString meetingId;
    int revision = 0;  ///< increases with every publication
    QDateTime updated; ///< UTC, when published
    QString currentItem;
    QHash<QString, Allocation> allocations; ///< by document number
    QList<Outcome> outcomes;                ///< in the order they were recorded
    QList<LiaisonStatement> liaisons;
    QList<Document> addedDocuments; ///< number, title, source, type, replaces...

    /// The session part of a stored meeting.
    static SessionState of(const MeetingData &meeting);
    /// Same content, whatever the revision, time of publication and local ids.
    bool sameContent(const SessionState &o) const;

    const Outcome *outcome(const QString &uid) const;
    const LiaisonStatement *liaison(const QString &id) const;
    const Document *addedDocument(const QString &number) const;
};

/// Where a meeting's session is published (the chairman) or followed (a
/// delegate), and how far: kept in the store beside the meeting.
struct SessionLink {
    enum class Role { Chair, Follow };
    enum class State { Idle, Published, Pending, Conflict, Failed };
    QUrl url; ///< of session.json
    Role role = Role::Chair;
    /// The last session.json this copy agreed with the server on (the base
    /// of a merge), and its ETag as the server gave it.
    QByteArray base;
    QString etag;
    int revision = 0;
    qint64 changes = 0;          ///< session writes so far (the store counts them)
    qint64 publishedChanges = 0; ///< how many of them the server has
    /// Whether the server refuses a PUT whose If-Match does not match
    /// (nginx's dav module does not): unknown until probed.
    std::optional<bool> ifMatchHonoured;
    State state = State::Idle;
    QString lastError;
    QDateTime updated;
    /// A WebDAV lock this copy asked for on session.json and has not
    /// released (the publish was killed between LOCK and UNLOCK): released
    /// first on the next publish, instead of locking everyone out until it
    /// expires. The owner is written before the LOCK is sent, the token
    /// once it is answered; with the owner alone (killed in between), the
    /// token is found by asking the server whose locks it holds. The owner
    /// names its process (ProcessIdentity): while that process runs (a
    /// second Plenary on the same data folder) its lock is left to it.
    QString lockOwner;
    QByteArray lockToken;

    bool pending() const { return changes > publishedChanges; }
};

/// A three-way merge of two edits of the same session (two chairmen, or a
/// chairman offline for a while): what only one side changed since the
/// common base is taken from that side; what both changed alike is kept;
/// what both changed differently is a conflict.
struct SessionMerge {
    SessionState merged;
    /// One line per conflicting thing, e.g. "allocation of FG-Smart-I-0012:
    /// WG1 here, WG2 on the server". For each, merged holds the server's side.
    QStringList conflicts;
    /// What the server's side brought in, in the words of the notice a
    /// delegate sees (see describeChanges).
    QStringList taken;
};
SessionMerge mergeSessions(const SessionState &base, const SessionState &mine,
                           const SessionState &theirs);

/// "LS-001", "LS-002"...: the next id after the highest of @p existingIds.
QString nextLiaisonId(const QStringList &existingIds);

/// What changed from @p before to @p after, one short line per change, for
/// the notice a delegate sees: "8: FG-Smart-I-0012 allocated to WG2".
QStringList describeChanges(const SessionState &before, const SessionState &after);

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::SessionState)
