#pragma once

#include "Meeting.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Plenary {

/// The user's private notes and position on the document being looked at
/// (the one selected in the library or read in a tab): a position (support,
/// object, monitor), a note on the whole document and notes on pages. Notes
/// and a position taken on an earlier version (a document it revises, or
/// an older file of the same number) are shown with where they come from.
/// Typing is kept a moment after it stops, and when another note or
/// document is chosen. It asks for the writes; the store does them.
class NotesPanel : public QWidget {
    Q_OBJECT
public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setMeeting(const MeetingData &meeting);
    /// The notes and positions as the store has them now.
    void setNotes(const QList<Note> &notes, const QHash<QString, Position> &positions);
    /// A note was written (a new one got its id).
    void noteSaved(const Note &note);
    /// A write of a note or position failed: what was typed stays, and is
    /// written again with the next change.
    void noteWriteFailed(const QString &error);
    /// The document to show; @p page (0-based) is the reader's page, -1
    /// when it is not open in a reader.
    void showDocument(const QString &number, int page = -1);
    QString document() const { return m_number; }
    /// Keeps what is typed now (before quitting).
    void saveNow();

    QComboBox *positionBox() const { return m_position; }
    QListWidget *noteList() const { return m_list; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *pageNoteButton() const { return m_pageNote; }

Q_SIGNALS:
    void saveNoteRequested(const Plenary::Note &note);
    void removeNoteRequested(qint64 id);
    void positionRequested(const QString &number, std::optional<Plenary::Position> position);
    /// A page note was chosen: show that page.
    void pageRequested(const QString &number, int page);

private:
    struct Entry {
        Note note;          ///< id 0: not written yet
        QString from;       ///< the earlier document it was written on, if any
        bool older = false; ///< written before the file here now
    };
    void rebuild();
    void select(int row);
    void textEdited();
    void addPageNote();
    void removeCurrent();
    QString entryLabel(const Entry &e) const;

    MeetingData m_meeting;
    QString m_number;
    int m_page = -1;
    QList<Entry> m_entries;
    int m_current = -1;
    bool m_dirty = false;
    static QString keyOf(const Note &n) {
        return n.document + QLatin1Char('\n') + QString::number(n.page);
    }
    void requestSave(const Note &note);
    void requestRemove(qint64 id);

    bool m_rebuilding = false;
    /// New notes being inserted (by keyOf): no second insert of one of them
    /// until its id is back; what was typed meanwhile waits in m_afterInsert.
    QSet<QString> m_inserting;
    QHash<QString, Note> m_afterInsert;
    /// Writes asked for and not answered yet: the list is rebuilt from the
    /// store's answer only when none is left (an older answer would show
    /// older text under the cursor).
    int m_inFlight = 0;

    QLabel *m_title;
    QComboBox *m_position;
    QLabel *m_positionFrom;
    QListWidget *m_list;
    QPushButton *m_pageNote;
    QPushButton *m_remove;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QTimer *m_saveTimer;
};

} // namespace Plenary
