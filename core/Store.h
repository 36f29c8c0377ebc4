#pragma once

#include "FileSync.h"
#include "Meeting.h"
#include "Report.h"
#include "Search.h"
#include "Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Plenary {

class Clock;

/// The local SQLite store: meetings, session state and private notes.
///
/// One database file per user (WAL, foreign keys, schema migrations from
/// StoreSchema). Every write is one transaction, committed with
/// synchronous=FULL: when a write call returns true, what it wrote survives
/// the process being killed (and a power cut) at any later point.
///
/// A Store belongs to the thread that opened it (a QSqlDatabase connection
/// cannot cross threads); AsyncStore runs one on a worker thread for the GUI.
class Store {
    Q_DECLARE_TR_FUNCTIONS(Plenary::Store)

public:
    explicit Store(QString databasePath, const Clock *clock = nullptr);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (creating if needed) and migrates the database.
    [[nodiscard]] bool open();
    bool isOpen() const;
    QString databasePath() const { return m_path; }
    /// What went wrong in the last call that returned false / nullopt / 0.
    QString lastError() const { return m_error; }
    int schemaVersion();

    QStringList meetingIds();
    /// The meeting the user last opened or imported; empty when none.
    QString currentMeetingId();
    [[nodiscard]] bool setCurrentMeetingId(const QString &id);

    /// Stores the manifest part of @p data (meeting, agenda, working groups,
    /// documents and their files) and makes it the current meeting. An
    /// existing meeting with the same id is updated in place: its allocations,
    /// outcomes, liaison statements and notes are kept, and so are documents
    /// that the new manifest no longer lists. All or nothing.
    [[nodiscard]] bool importMeeting(const MeetingData &data);

    /// Everything stored for a meeting, or nullopt (see lastError()).
    std::optional<MeetingData> loadMeeting(const QString &id);

    // The live session (StoreSession.cpp). Every write below is one change
    // for the publisher to send (SessionLink::changes).

    /// An empty allocation removes the chairman's one (back to the manifest's).
    [[nodiscard]] bool setAllocation(const QString &meetingId, const QString &number,
                                     const Allocation &allocation);
    /// Several at once, in one transaction (a drag of many documents).
    [[nodiscard]] bool setAllocations(const QString &meetingId,
                                      const QHash<QString, Allocation> &allocations);
    [[nodiscard]] bool setCurrentItem(const QString &meetingId, const QString &item);
    /// Records an outcome; returns its new local id, 0 on failure. An empty
    /// uid gets a new one. A Revised outcome on one document with a target
    /// number links both (replaces / replaced by), creating the new document
    /// (title, source, type and allocation from the old one) when it does
    /// not exist yet. Unknown documents or agenda items are refused.
    [[nodiscard]] qint64 addOutcome(const QString &meetingId, const Outcome &outcome);
    /// Takes back an outcome (undo), with what a revision created.
    [[nodiscard]] bool removeOutcome(const QString &meetingId, const QString &uid);
    [[nodiscard]] bool saveLiaison(const QString &meetingId, const LiaisonStatement &liaison);
    [[nodiscard]] bool removeLiaison(const QString &meetingId, const QString &id);
    /// The next number after the highest of the meeting's scheme
    /// ("FG-Smart-I-0037"): what "Revised to" reserves.
    QString nextFreeNumber(const QString &meetingId);
    /// "LS-001", "LS-002"...: the next free outgoing liaison id.
    QString nextLiaisonId(const QString &meetingId);
    /// Replaces the session part of the meeting by @p state (a follower's
    /// copy of the server's, or a merge): all or nothing; references to
    /// unknown documents, agenda items or working groups are refused with a
    /// message and nothing changes. @p countAsChange: whether the chairman
    /// must publish it (a merge) or not (a follower's copy).
    [[nodiscard]] bool applySession(const SessionState &state, bool countAsChange);
    std::optional<SessionLink> sessionLink(const QString &meetingId);
    /// Leaves the lock (SessionLink::lockOwner, lockToken) as stored: only
    /// setSessionLock() writes it.
    [[nodiscard]] bool saveSessionLink(const QString &meetingId, const SessionLink &link);
    /// The WebDAV lock the publisher holds on session.json (see
    /// SessionLink::lockOwner), kept from before its LOCK to after its
    /// UNLOCK; empty clears it. Written only over no lock or the lock of
    /// @p mine: another process publishing from the same data folder keeps
    /// its own (and a write that leaves it is no failure).
    [[nodiscard]] bool setSessionLock(const QString &meetingId, const QString &owner,
                                      const QByteArray &token, const QString &mine);
    /// Neither published nor followed any more (Stop Following).
    [[nodiscard]] bool removeSessionLink(const QString &meetingId);
    /// Inserts (id 0) or updates a note; returns its id, 0 on failure.
    [[nodiscard]] qint64 saveNote(const QString &meetingId, const Note &note);
    [[nodiscard]] bool removeNote(const QString &meetingId, qint64 id);
    /// The user's position on a document; nullopt takes it back.
    [[nodiscard]] bool setPosition(const QString &meetingId, const QString &number,
                                   std::optional<Position> position);

    // Reports (StoreReports.cpp): private to this copy, never published.

    /// Every report of the meeting, the meeting's first, then by group.
    std::optional<QList<Report>> reports(const QString &meetingId);
    /// One report by Report::id(); nullopt when there is none (lastError()
    /// says "no report ..." then) or on failure.
    std::optional<Report> report(const QString &meetingId, const QString &reportId);
    /// Inserts or replaces the report; its updated time is now. A
    /// working-group report needs a group the meeting has.
    [[nodiscard]] bool saveReport(const QString &meetingId, const Report &report);
    [[nodiscard]] bool removeReport(const QString &meetingId, const QString &reportId);

    // The full-text index (StoreSearch.cpp).

    /// What is indexed, by path (relative to the meeting's documents folder).
    QHash<QString, IndexedFile> indexedFiles(const QString &meetingId);
    /// Replaces the indexed text of one file (an empty @p pages with
    /// file.error set records that it could not be read), in one transaction.
    [[nodiscard]] bool saveIndexedFile(const QString &meetingId, const IndexedFile &file,
                                       const QStringList &pages);
    [[nodiscard]] bool removeIndexedFile(const QString &meetingId, const QString &path);
    /// Ranked hits for @p query: words (all must occur; "word*" a prefix),
    /// "quoted phrases"; nothing the user types is FTS5 syntax. Snippets
    /// mark the matches with SearchHit::kMatchStart / kMatchEnd.
    std::optional<QList<SearchHit>> search(const QString &meetingId, const QString &query,
                                           int limit = 100);

    // Reading (StoreReading.cpp): private to this copy.

    /// The local files of a document, paths relative to the meeting's
    /// documents folder (where sync put them, else the plain name), in the
    /// manifest's order. Whether they exist on disk is the caller's check.
    QStringList localFiles(const QString &meetingId, const QString &number);
    /// The same for every document of the meeting, by number.
    QHash<QString, QStringList> localFiles(const QString &meetingId);
    /// The 0-based page the document was left at; nullopt if never opened.
    std::optional<int> readingPosition(const QString &meetingId, const QString &number);
    /// The user's notes (in the order written) and positions in the meeting.
    [[nodiscard]] bool notesAndPositions(const QString &meetingId, QList<Note> *notes,
                                         QHash<QString, Position> *positions);
    /// Records that the document was opened (now) and is at @p page.
    [[nodiscard]] bool saveReadingPosition(const QString &meetingId, const QString &number,
                                           int page);

    // Sync state (StoreSync.cpp).
    QString sourceUrl(const QString &meetingId);
    /// The meeting synced from @p url, if any.
    QString meetingIdForSource(const QUrl &url);
    [[nodiscard]] bool setSourceUrl(const QString &meetingId, const QUrl &url);
    std::optional<FolderCache> folderCache(const QString &meetingId, const QUrl &url);
    [[nodiscard]] bool saveFolderCache(const QString &meetingId, const QUrl &url,
                                       const FolderCache &cache);
    QList<FileSyncRecord> fileSyncRecords(const QString &meetingId);
    /// Inserts or replaces the records (by URL), all in one transaction.
    [[nodiscard]] bool saveFileSyncRecords(const QString &meetingId,
                                           const QList<FileSyncRecord> &records);
    /// Contributions submitted from this machine (StoreSync.cpp).
    [[nodiscard]] bool recordSubmissions(const QString &meetingId,
                                         const QList<SubmissionRecord> &records);
    QList<SubmissionRecord> submissions(const QString &meetingId);

private:
    bool fail(const QString &what);
    bool failQuery(const class QSqlQuery &q, const QString &what);
    /// The full-text index's rowid range of a meeting is slot << 32 on
    /// (StoreSearch.cpp); @p create gives a meeting without one its slot.
    std::optional<qint64> indexSlot(const QString &meetingId, bool create);
    /// Deletes a file's rows from the full-text index (inside a transaction).
    bool removeIndexedRows(const QString &meetingId, const QString &path);
    /// localFiles() of one document (@p number not null) or of all.
    QHash<QString, QStringList> localFilesByNumber(const QString &meetingId, const QString &number);
    bool exec(const QString &sql);
    bool migrate();
    bool writeMeetingRows(const MeetingData &data);
    bool transaction(const std::function<bool()> &body);
    bool countChange(const QString &meetingId);
    bool checkReferences(const QString &meetingId, const SessionState &state);

    QString m_path;
    QString m_connection;
    const Clock *m_clock;
    QString m_error;
};

} // namespace Plenary
