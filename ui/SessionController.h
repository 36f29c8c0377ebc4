#pragma once

#include "Meeting.h"
#include "Session.h"
#include "SessionFollower.h"
#include "SessionPublisher.h"

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QUndoCommand;
class QUndoStack;
class QWidget;

namespace Plenary {

class AsyncStore;

/// The chairman's and the delegate's session actions in the window:
/// allocation (to a working group, an agenda item, the current item),
/// moving through the agenda, recording outcomes — all through an undo
/// stack — and publishing or following the session, with its state in the
/// status bar. Holds no rules of its own: the store and the publisher decide.
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(AsyncStore *store, QWidget *window);

    QUndoStack *undoStack() const { return m_undo; }
    const MeetingData &meeting() const { return m_meeting; }
    /// The documents selected in the library (what allocation applies to).
    void setSelection(std::function<QStringList()> selection) {
        m_selection = std::move(selection);
    }

    void setMeeting(const MeetingData &meeting);
    /// The session changed in the store: keeps m_meeting up to date.
    void setSession(const SessionState &session);

    void allocateToWorkingGroup(const QStringList &numbers, const QString &workingGroup);
    void allocateToAgendaItem(const QStringList &numbers, const QString &item);
    void goToItem(const QString &item);
    void goToNextItem();
    void goToPreviousItem();
    void recordOutcome(Outcome outcome);
    /// Opens the liaison statement editor on a new statement (attaching the
    /// selected documents) or on an existing one; saving is undoable.
    void newLiaison();
    void editLiaison(const QString &id);

    /// Undo and redo, for the Edit menu.
    void addEditActions(QMenu *edit);
    /// Allocate To (working groups, agenda item, current item).
    QMenu *allocateMenu() const { return m_allocateMenu; }
    /// Agenda moves, allocation, publishing and following, for the Meeting menu.
    void addMeetingActions(QMenu *meeting);
    /// The publishing / following state, for the status bar.
    QLabel *statusLabel() const { return m_status; }
    /// Following the chairman's session: nothing is edited here.
    bool isReadOnly() const { return m_following; }

Q_SIGNALS:
    /// A short message for the status bar.
    void notice(const QString &message);
    void readOnlyChanged(bool readOnly);

private:
    void rebuildAllocateMenu();
    void rebuildLiaisonMenu();
    void push(QUndoCommand *command, const QHash<QString, Allocation> &after);
    void publishTo();
    void followAt();
    void published(const PublishResult &result);
    void polled(const FollowResult &result);
    QStringList selected() const;
    bool refuseWhileFollowing();
    void setFollowing(bool following);

    AsyncStore *m_store;
    QWidget *m_window;
    QUndoStack *m_undo;
    MeetingData m_meeting;
    std::function<QStringList()> m_selection;
    QMenu *m_allocateMenu;
    QMenu *m_liaisonMenu;
    QAction *m_previousItem = nullptr;
    QAction *m_nextItem = nullptr;
    QAction *m_publishNow = nullptr;
    QAction *m_stopFollowing = nullptr;
    QAction *m_newLiaison = nullptr;
    QLabel *m_status;
    bool m_following = false;
    bool m_warned = false;
};

} // namespace Plenary
