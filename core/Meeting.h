#pragma once

#include "FileSync.h"
#include "Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

/// The meeting as plain values: what meeting.json carries, plus the session
/// state (allocations, outcomes, liaison statements) and the user's private
/// notes. Copyable snapshots; the store is the source of truth.
namespace Plenary {

struct Person {
    QString name;
    QString organization;
    QString email;

    bool operator==(const Person &o) const {
        return name == o.name && organization == o.organization && email == o.email;
    }
    /// "Name (Organization)", or whichever part is known.
    QString displayName() const;
};

struct MeetingInfo {
    QString id;    ///< e.g. "fg-smart-1"
    QString title; ///< e.g. "First meeting of the Focus Group on Smart Grid"
    QString group; ///< e.g. "ITU-T FG Smart"
    QString venue;
    QDate start;
    QDate end;
    QDate contributionDeadline;
    QStringList languages;
    Person chair;
    QList<Person> viceChairs;
    QString secretariatEmail; ///< where document numbers are requested
    QString dropFolder;       ///< where contributions are uploaded
    QString documentPrefix;   ///< e.g. "FG-Smart-I-"

    bool operator==(const MeetingInfo &o) const;
};

/// One item of the agenda. Ids are the numbers as printed ("6", "6.a",
/// "6.a.i") and stay stable across revisions of the agenda.
struct AgendaItem {
    QString id;
    QString title;
    QList<AgendaItem> items;

    bool operator==(const AgendaItem &o) const {
        return id == o.id && title == o.title && items == o.items;
    }
};

struct WorkingGroup {
    QString id; ///< "WG1"
    QString title;
    QString termsOfReference;
    QList<Person> leaders;

    bool operator==(const WorkingGroup &o) const {
        return id == o.id && title == o.title && termsOfReference == o.termsOfReference &&
               leaders == o.leaders;
    }
};

struct DocumentFile {
    QString name;
    qint64 size = -1; ///< -1 when unknown
    QString sha256;   ///< lower-case hex, empty when unknown
    QDateTime mtime;  ///< UTC, invalid when unknown

    bool operator==(const DocumentFile &o) const {
        return name == o.name && size == o.size && sha256 == o.sha256 && mtime == o.mtime;
    }
};

struct Document {
    QString number; ///< "FG-Smart-I-0012"
    QString title;
    QString source;
    DocumentType type = DocumentType::Contribution;
    Purpose purpose = Purpose::Unspecified;
    QDateTime received; ///< UTC
    QStringList agendaItems;
    QString workingGroup;
    QString replaces;
    QString replacedBy;
    QString abstract;
    QList<DocumentFile> files;
    /// Created during the meeting (a revision's new number), not by the
    /// manifest: published in session.json.
    bool addedInSession = false;

    bool operator==(const Document &o) const;
};

/// Where the chairman put a document during the meeting. Either part may be
/// empty; an allocation overrides the secretariat's pre-allocation in the
/// manifest.
struct Allocation {
    QString workingGroup;
    QString agendaItem;

    bool operator==(const Allocation &o) const {
        return workingGroup == o.workingGroup && agendaItem == o.agendaItem;
    }
};

/// A decision of the meeting on documents, or on an agenda item itself
/// (the agenda's approval, the IPR call, the next meetings...).
struct Outcome {
    qint64 id = 0; ///< assigned by the store, local to it
    /// Stable across every copy of the session (session.json, other
    /// chairmen): assigned by the store when empty.
    QString uid;
    QString agendaItem;
    QStringList documents;
    OutcomeStatus status = OutcomeStatus::Noted;
    /// The new number for Revised, the number merged into for Merged.
    QString target;
    QString text;
    QDateTime at; ///< UTC

    /// Same decision, whatever the local id.
    bool sameAs(const Outcome &o) const {
        return uid == o.uid && agendaItem == o.agendaItem && documents == o.documents &&
               status == o.status && target == o.target && text == o.text && at == o.at;
    }
    bool operator==(const Outcome &o) const { return id == o.id && sameAs(o); }
};

/// An outgoing liaison statement with the fields of the ITU-T template.
struct LiaisonStatement {
    QString id;
    QString title;
    QStringList questions;
    QStringList to;
    QStringList cc;
    QString purpose; ///< "action", "comment", "information" (may be per addressee)
    QString from;
    QString approval; ///< "Agreed to at the FG Smart meeting, Geneva, 16 June 2010"
    QDate deadline;
    Person contact;
    QString body;
    QStringList attachments; ///< document numbers
    QString officer;
    LiaisonStatus status = LiaisonStatus::Draft;
    /// The agenda item it was drafted under (usually 11, "outgoing liaison
    /// statements"); the meeting report lists it there. Empty: none.
    QString agendaItem;

    bool operator==(const LiaisonStatement &o) const;
};

/// A private note of the user, on a document or one of its pages; never published.
struct Note {
    qint64 id = 0;
    QString document;
    int page = -1; ///< -1: the whole document
    QString text;
    QDateTime updated;

    bool operator==(const Note &o) const {
        return id == o.id && document == o.document && page == o.page && text == o.text &&
               updated == o.updated;
    }
};

struct MeetingData {
    MeetingInfo meeting;
    QList<AgendaItem> agenda;
    QList<WorkingGroup> workingGroups;
    QList<Document> documents;
    QString currentItem; ///< the agenda item the chairman is on; empty before the start
    QHash<QString, Allocation> allocations; ///< by document number
    QList<Outcome> outcomes;
    QList<LiaisonStatement> liaisons;
    QList<Note> notes;
    /// The documents this user has opened in the reader (never published).
    QSet<QString> opened;
    /// This user's positions on documents (never published).
    QHash<QString, Position> positions;
    /// Where the meeting is synced from; empty for an imported or demo meeting.
    QUrl sourceUrl;
    /// The state of each synced document's local copy (the least complete
    /// of its files); documents never synced are absent.
    QHash<QString, FileState> documentStates;

    bool isEmpty() const { return meeting.id.isEmpty(); }

    const Document *document(const QString &number) const;
    const WorkingGroup *workingGroup(const QString &id) const;
    const AgendaItem *agendaItem(const QString &id) const;
    /// Every agenda item in document order, depth first.
    QList<const AgendaItem *> flatAgenda() const;

    /// The working group a document sits in: the chairman's allocation if
    /// any, else the manifest's.
    QString effectiveWorkingGroup(const Document &doc) const;
    /// The agenda item a document sits under (first one), same rule.
    QString effectiveAgendaItem(const Document &doc) const;
    /// The most recent outcome that names the document, or nullptr.
    const Outcome *latestOutcome(const QString &number) const;
    /// True when received after the contribution deadline (end of that day, UTC).
    bool isLate(const Document &doc) const;

    /// The documents a document revises, nearest first: what it replaces,
    /// what that replaced... (a cycle in bad data is cut).
    QStringList earlierVersions(const QString &number) const;
    /// The user's notes on a document, then those on its earlier versions
    /// (their Note::document says which: "from FG-Smart-I-0012").
    QList<Note> notesFor(const QString &number) const;
    /// The user's position on a document, else the one taken on its nearest
    /// earlier version; @p from gets the number it was taken on.
    std::optional<Position> positionFor(const QString &number, QString *from = nullptr) const;
    /// True when @p note was written before the version of its document
    /// that is here now (a file of it is newer than the note).
    bool isOnEarlierVersion(const Note &note) const;
};

/// One state for a document from its files' states (Failed, Downloading,
/// Remote, Updated win in that order; Withdrawn only when all are).
FileState aggregateFileState(const QList<FileState> &states);

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::MeetingData)
Q_DECLARE_METATYPE(Plenary::Note)
