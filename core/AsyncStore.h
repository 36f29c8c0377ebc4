#pragma once

#include "Credentials.h"
#include "DataPaths.h"
#include "Meeting.h"
#include "Report.h"
#include "ReportExporter.h"
#include "Search.h"
#include "SessionFollower.h"
#include "SessionPublisher.h"
#include "Submission.h"
#include "SyncEngine.h"
#include "TextExtractor.h"
#include "ZipArchive.h"

#include <QObject>
#include <QThread>

class QNetworkAccessManager;
class QTimer;

#include <atomic>
#include <memory>

namespace Plenary {

class CurlMulti;
class OfficeConverter;
class Submitter;
class Store;

/// A document's file read for the reader (AsyncStore::openDocument()).
struct OpenedDocument {
    QString number;
    QString fileName; ///< relative to the meeting's documents folder
    QString path;     ///< absolute
    TextExtractor::Kind kind = TextExtractor::Kind::Other;
    QByteArray bytes; ///< the file (PDF and text formats); empty for others
    /// For an office document: the PDF LibreOffice made of it (bytes holds
    /// it), or why there is none (no LibreOffice, a failed conversion).
    QString convertedPdf;
    QString conversionError;
    /// For a ZIP archive: what it holds (bytes stay empty).
    QList<ZipArchive::Member> members;
    /// For a member of an archive opened on its own: its name in the
    /// archive (fileName is the archive's); path is the extracted file.
    QString member;
    int page = 0; ///< where the reader left it (0-based)
    bool firstTime = true;
    QString error; ///< why it cannot be opened; empty when it can
};

/// Runs a Store on a worker thread so that the GUI thread never waits for
/// the disk. Requests are queued in order; results come back as signals in
/// the thread that owns the AsyncStore.
class AsyncStore : public QObject {
    Q_OBJECT
public:
    /// @p credentials: where server passwords are looked up and remembered
    /// (used only in the worker thread); a MemoryCredentialStore when null.
    explicit AsyncStore(DataPaths paths, std::unique_ptr<CredentialStore> credentials = nullptr,
                        QObject *parent = nullptr);
    ~AsyncStore() override;

    const DataPaths &paths() const { return m_paths; }

    /// Opens the store (installing the demo meeting on first start) and
    /// loads the current meeting: emits meetingLoaded() or failed().
    void openCurrentMeeting();
    /// Validates and imports a meeting.json file, then reloads: emits
    /// importFinished() and, on success, meetingLoaded().
    void importFile(const QString &path);
    /// Syncs the meeting folder at @p url (see SyncEngine) and makes it the
    /// current meeting: emits syncProgress(), fileStateChanged(), then
    /// syncFinished() and meetingLoaded(). Ignored while a sync runs.
    void sync(const QUrl &url, const Plenary::SyncOptions &options = {});
    /// Stops a running sync; partial downloads are kept for resuming.
    void cancelSync();

    // Contributions (AsyncStoreSubmit.cpp).
    /// Submits @p files as contribution @p number of the current meeting to
    /// its drop folder (or @p to): see Submitter. Emits submissionStep() and
    /// submissionProgress(), then submissionFinished(); what landed is
    /// recorded in the store. Ignored while a submission runs.
    void submit(const QStringList &files, const QString &number, const QUrl &to = {});
    void cancelSubmission();
    /// Credentials for a server, kept for this session and, with @p remember,
    /// in the credential store (the keychain); used by the next sync that
    /// the server asks. Emits credentialsNotRemembered() when the keychain
    /// refuses them.
    void setCredentials(const QUrl &server, const QString &user, const QString &password,
                        bool remember);
    /// Forgets the password of @p server, for this session and in the
    /// keychain: emits credentialsNotForgotten() when the keychain refuses.
    void forgetCredentials(const QUrl &server);

    // The live session (AsyncStoreSession.cpp). Each write is one transaction
    // on the worker; recorded() says it is in the store, after which
    // sessionChanged() brings the new session (when it made or removed a
    // document, a view that needs the documents asks openCurrentMeeting()).
    // A failure is failed().
    // With publishing on, every recorded change is published shortly after.

    void allocate(const QHash<QString, Plenary::Allocation> &allocations,
                  const QString &description);
    void setCurrentItem(const QString &item);
    /// @p outcome.uid should be set, so that the outcome can be taken back. A
    /// revision without a new number reserves the meeting's next free one.
    void recordOutcome(const Plenary::Outcome &outcome);
    void removeOutcome(const QString &uid);
    void saveLiaison(const Plenary::LiaisonStatement &liaison);
    void removeLiaison(const QString &id);
    /// Publishes the current meeting's session to @p url (a WebDAV folder or
    /// session.json) from now on; publishNow() right away.
    void startPublishing(const QUrl &url);
    void publishNow(Plenary::SessionPublisher::Resolution resolution =
                        Plenary::SessionPublisher::Resolution::Ask);
    /// Follows the session published at @p url (a delegate): polls it until
    /// stopFollowing(); each poll answers followPolled().
    /// @p intervalMs: 0 for the one setFollowInterval() gave (5 s at first).
    void startFollowing(const QUrl &url, int intervalMs = 0);
    /// How often to poll the chairman's session, now and from now on.
    void setFollowInterval(int intervalMs);
    void stopFollowing();

    // Reports and outputs (AsyncStoreReports.cpp), on the current meeting.

    /// The stored report (Report::id()), or a new one generated from the
    /// session and stored: emits reportOpened() or failed().
    void openReport(const QString &reportId);
    /// Stores the rapporteur's text (autosave): emits reportSaved().
    void saveReportText(const QString &reportId, const QString &text);
    /// Brings what changed in the session since the report was last
    /// generated into @p text (TextMerge: the rapporteur's words stay),
    /// stores it: emits reportRefreshed().
    void refreshReport(const QString &reportId, const QString &text);
    /// Writes an output: a report (its stored text, or generated when there
    /// is none), a liaison statement ("ls:LS-001") or the user's notes
    /// ("notes"), to @p path as @p format. Emits exportFinished().
    void exportOutput(const QString &outputId, Plenary::ReportExporter::Format format,
                      const QString &path);

    // Reading (AsyncStoreReading.cpp).

    /// Reads the document's best local file for the reader: its PDF, else a
    /// text format, else an office document as the PDF LibreOffice makes of
    /// it (on a thread of its own, cached per version: documentConverting()
    /// first), else names the file an application of the system must open.
    /// Emits documentOpened() (with error set when there is no local file)
    /// and records the document as opened.
    /// @p file: the file of the document to show (a search hit's), when it
    /// is one of its local files.
    void openDocument(const QString &number, const QString &file = {});
    /// Takes @p member out of the document's archive @p archive (a file name
    /// as in OpenedDocument) into the cache and reads it as openDocument()
    /// does: emits documentOpened() with OpenedDocument::member set.
    void openArchiveMember(const QString &number, const QString &archive, const QString &member);
    /// Keeps the page the reader is at, for the next opening.
    void saveReadingPosition(const QString &number, int page);
    // The user's notes and positions (never published). Each write answers
    // notesChanged() with all of them; saveNote() also noteSaved() with
    // the note's id (0 in a new note asks for one).
    void saveNote(const Plenary::Note &note);
    void removeNote(qint64 id);
    void setPosition(const QString &number, std::optional<Plenary::Position> position);
    /// Searches the current meeting's full-text index (Store::search()):
    /// emits searchFinished().
    void search(const QString &query, int limit = 100);

Q_SIGNALS:
    void recorded(const QString &description);
    void sessionChanged(const Plenary::SessionState &session);
    void publishFinished(const Plenary::PublishResult &result);
    void followPolled(const Plenary::FollowResult &result);
    /// After a meeting is loaded, and when publishing or following starts or
    /// stops: where its session is published or followed (an invalid URL:
    /// neither), so the window can show it.
    void sessionLinkLoaded(const QUrl &url, bool following);
    void meetingLoaded(const Plenary::MeetingData &meeting);
    void failed(const QString &message);
    void importFinished(bool ok, const QString &message);
    void syncStarted(const QUrl &url);
    void syncProgress(const Plenary::SyncProgress &progress);
    void fileStateChanged(const QString &number, const QString &name, Plenary::FileState state);
    void syncFinished(const Plenary::SyncResult &result);
    void submissionStep(const QString &text);
    void submissionProgress(qint64 bytesDone, qint64 bytesTotal);
    void submissionFinished(const Plenary::SubmissionResult &result);
    void credentialsNotRemembered(const QString &reason);
    void credentialsNotForgotten(const QString &reason);
    void reportOpened(const Plenary::Report &report, const QString &title);
    void reportSaved(const QString &reportId, const QDateTime &at);
    /// @p changesTaken places took the session's change; @p kept: the
    /// session's text for places the rapporteur had changed (left alone).
    void reportRefreshed(const Plenary::Report &report, int changesTaken, const QStringList &kept);
    void exportFinished(const QString &path, bool ok, const QString &error);
    void documentOpened(const Plenary::OpenedDocument &document);
    void noteSaved(const Plenary::Note &note);
    /// A note or position write failed (failed() says so too).
    void noteWriteFailed(const QString &error);
    void notesChanged(const QList<Plenary::Note> &notes,
                      const QHash<QString, Plenary::Position> &positions);
    /// LibreOffice is making a PDF of the document's @p fileName.
    void documentConverting(const QString &number, const QString &fileName);
    /// @p error: the store failed (the hits are then empty).
    void searchFinished(const QString &query, const QList<Plenary::SearchHit> &hits,
                        const QString &error);

private:
    /// Runs in the worker thread.
    bool ensureOpen();
    void loadCurrent();
    /// After a session write: recorded(), the new session, a publication.
    void sessionWritten(const QString &meetingId, const QString &description, const QString &error);
    QNetworkAccessManager *network();
    /// Worker thread: the office document's PDF, then documentOpened().
    void convertForReader(const OpenedDocument &document);
    /// Worker thread: the bytes (PDF, text) or members (archive) of d.path.
    void readContent(OpenedDocument &d);
    /// Worker thread: documentOpened(), after a conversion for office files.
    void finishOpening(const OpenedDocument &d);
    /// Worker thread: notesChanged() after a write (or failed()).
    void notesWritten(bool ok, qint64 savedNote = 0);
    void ensureSessionServices(const QString &meetingId);

    DataPaths m_paths;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; owns nothing
    // Office documents are converted beside the store's thread, so that a
    // conversion never holds up the session's writes.
    QThread m_convertThread;
    QObject *m_convertWorker;                     // lives in m_convertThread
    std::unique_ptr<OfficeConverter> m_converter; // touched only in m_convertThread
    std::atomic<bool> m_quitting{false};
    std::unique_ptr<Store> m_store;                 // touched only in m_thread
    QNetworkAccessManager *m_nam = nullptr;         // lives in m_thread
    SyncEngine *m_sync = nullptr;                   // lives in m_thread
    CurlMulti *m_curl = nullptr;                    // lives in m_thread
    Submitter *m_submitter = nullptr;               // lives in m_thread
    std::unique_ptr<CredentialStore> m_credentials; // touched only in m_thread
    SessionPublisher *m_publisher = nullptr;        // lives in m_thread
    SessionFollower *m_follower = nullptr;          // lives in m_thread
    int m_followIntervalMs = 5000;                  // used in m_thread
    QTimer *m_publishDebounce = nullptr;            // lives in m_thread
    QString m_currentMeetingId;                     // touched only in m_thread
};

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::OpenedDocument)
