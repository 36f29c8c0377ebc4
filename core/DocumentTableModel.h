#pragma once

#include "Meeting.h"
#include "Session.h"

#include <QAbstractTableModel>

namespace Plenary {

/// The documents of a meeting with the columns a chairman works from
/// (3GPP's "agenda with Tdoc allocation"): number, title, source, type, for,
/// working group, agenda item, outcome, replaced by, received.
class DocumentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TitleColumn,
        SourceColumn,
        TypeColumn,
        ForColumn,
        WorkingGroupColumn,
        AgendaItemColumn,
        OutcomeColumn,
        ReplacedByColumn,
        ReceivedColumn,
        StateColumn, ///< the local copy: local, updated, downloading, failed...
        ColumnCount
    };
    enum Role {
        NumberRole = Qt::UserRole + 1, ///< the document number
        AgendaItemRole,                ///< effective agenda item id
        WorkingGroupRole,              ///< effective working group id
        LateRole,                      ///< bool: received after the deadline
        SortRole,                      ///< a value that sorts naturally
        SearchTextRole,                ///< number, title and source, for filtering
        StateRole,                     ///< FileState as int, -1 when never synced
        TypeRole,                      ///< DocumentType as int
        OutcomeRole,                   ///< the latest OutcomeStatus as int, -1 when none
        OpenedRole,                    ///< bool: this user has opened it
        NotesRole,                     ///< bool: this user has notes on it
    };

    explicit DocumentTableModel(QObject *parent = nullptr);

    void setMeeting(const MeetingData &meeting);
    /// Takes in a new session (same documents): only the rows whose
    /// allocation or outcome changed are signalled, so views keep their
    /// selection and scroll position. Returns false, changing nothing, when
    /// the session made or removed documents (then setMeeting()).
    bool setSession(const SessionState &session);
    const MeetingData &meeting() const { return m_meeting; }
    /// The row of a document, -1 if unknown.
    int rowOf(const QString &number) const;
    /// A document's local copy changed state (during a sync).
    void setDocumentState(const QString &number, FileState state);
    /// The user opened the document in the reader.
    void setOpened(const QString &number);
    /// The user's notes and positions changed (NotesRole follows).
    void setNotes(const QList<Note> &notes, const QHash<QString, Position> &positions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QString displayText(const Document &doc, int column) const;

    MeetingData m_meeting;
    QHash<QString, int> m_rows;
    QSet<QString> notedDocuments() const;
    QSet<QString> m_noted; ///< documents with notes (theirs or an earlier version's)
};

} // namespace Plenary
