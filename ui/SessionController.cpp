#include "SessionController.h"

#include "MenuText.h"

#include "AsyncStore.h"
#include "LiaisonDialog.h"
#include "SessionCommands.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QUuid>

namespace Plenary {

SessionController::SessionController(AsyncStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_undo(new QUndoStack(this))
    , m_allocateMenu(new QMenu(tr("&Allocate To"), window))
    , m_liaisonMenu(new QMenu(tr("&Liaison Statements"), window))
    , m_status(new QLabel(window)) {
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("sessionStatus"));
    connect(m_store, &AsyncStore::sessionChanged, this, &SessionController::setSession);
    connect(m_store, &AsyncStore::recorded, this,
            [this](const QString &what) { emit notice(tr("Recorded: %1").arg(what)); });
    connect(m_store, &AsyncStore::publishFinished, this, &SessionController::published);
    connect(m_store, &AsyncStore::followPolled, this, &SessionController::polled);
    connect(m_store, &AsyncStore::sessionLinkLoaded, this, [this](const QUrl &url, bool following) {
        setFollowing(following && url.isValid());
        if (url.isValid())
            m_status->setText(following ? tr("Following %1").arg(url.host())
                                        : tr("Publishing to %1").arg(url.host()));
        if (m_publishNow)
            m_publishNow->setEnabled(url.isValid() && !following);
    });
    rebuildAllocateMenu();
}

bool SessionController::refuseWhileFollowing() {
    if (m_following)
        emit notice(tr("You are following the chairman's session: it cannot be changed here "
                       "(Meeting > Stop Following)."));
    return m_following;
}

void SessionController::setFollowing(bool following) {
    if (following == m_following)
        return;
    m_following = following;
    m_allocateMenu->setEnabled(!following);
    for (QAction *a : m_allocateMenu->actions())
        a->setEnabled(!following);
    if (m_newLiaison)
        m_newLiaison->setEnabled(!following);
    if (m_stopFollowing)
        m_stopFollowing->setEnabled(following);
    setMeeting(m_meeting); // previous / next
    emit readOnlyChanged(following);
}

QStringList SessionController::selected() const {
    return m_selection ? m_selection() : QStringList();
}

void SessionController::setMeeting(const MeetingData &meeting) {
    const bool sameMeeting = meeting.meeting.id == m_meeting.meeting.id;
    const bool groupsChanged = !(meeting.workingGroups == m_meeting.workingGroups);
    m_meeting = meeting;
    if (!sameMeeting)
        m_undo->clear(); // undo belongs to one meeting
    if (groupsChanged || !sameMeeting)
        rebuildAllocateMenu();
    rebuildLiaisonMenu();
    const QList<const AgendaItem *> flat = m_meeting.flatAgenda();
    if (m_previousItem) {
        const AgendaItem *current = m_meeting.agendaItem(m_meeting.currentItem);
        m_previousItem->setEnabled(!m_following && !flat.isEmpty() && current != flat.first());
        m_nextItem->setEnabled(!m_following && !flat.isEmpty() && current != flat.last());
    }
}

void SessionController::setSession(const SessionState &s) {
    MeetingData m = m_meeting;
    m.currentItem = s.currentItem;
    m.allocations = s.allocations;
    m.outcomes = s.outcomes;
    m.liaisons = s.liaisons;
    setMeeting(m);
}

void SessionController::allocateToWorkingGroup(const QStringList &numbers,
                                               const QString &workingGroup) {
    if (refuseWhileFollowing())
        return;
    QHash<QString, Allocation> after, before;
    for (const QString &n : numbers) {
        before.insert(n, m_meeting.allocations.value(n));
        Allocation a = m_meeting.allocations.value(n);
        a.workingGroup = workingGroup;
        after.insert(n, a);
    }
    if (after.isEmpty())
        return;
    const QString text =
        workingGroup.isEmpty()
            ? tr("%n document(s) taken out of their working group", nullptr, int(numbers.size()))
        : numbers.size() == 1
            ? tr("%1 allocated to %2").arg(numbers.first(), workingGroup)
            : tr("%n document(s) allocated to %1", nullptr, int(numbers.size())).arg(workingGroup);
    push(new AllocateCommand(m_store, after, before, text), after);
}

void SessionController::push(QUndoCommand *command, const QHash<QString, Allocation> &after) {
    // Ahead of the store's answer, so that the next command (a key held
    // down, a quick second drag) starts from this one's result.
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        m_meeting.allocations.insert(it.key(), it.value());
    m_undo->push(command);
}

void SessionController::allocateToAgendaItem(const QStringList &numbers, const QString &item) {
    if (refuseWhileFollowing())
        return;
    QHash<QString, Allocation> after, before;
    for (const QString &n : numbers) {
        before.insert(n, m_meeting.allocations.value(n));
        Allocation a = m_meeting.allocations.value(n);
        a.agendaItem = item;
        // Keep the working group the document already sits in.
        if (a.workingGroup.isEmpty())
            if (const Document *d = m_meeting.document(n))
                a.workingGroup = m_meeting.effectiveWorkingGroup(*d);
        after.insert(n, a);
    }
    if (after.isEmpty())
        return;
    const QString text =
        numbers.size() == 1
            ? tr("%1 allocated to item %2").arg(numbers.first(), item)
            : tr("%n document(s) allocated to item %1", nullptr, int(numbers.size())).arg(item);
    push(new AllocateCommand(m_store, after, before, text), after);
}

void SessionController::goToItem(const QString &item) {
    if (refuseWhileFollowing())
        return;
    if (item == m_meeting.currentItem || !m_meeting.agendaItem(item))
        return;
    const QString before = m_meeting.currentItem;
    m_meeting.currentItem = item; // ahead of the store, for the next Alt+Page Down
    m_undo->push(
        new CurrentItemCommand(m_store, item, before, tr("Go to agenda item %1").arg(item)));
}

void SessionController::goToNextItem() {
    const QList<const AgendaItem *> flat = m_meeting.flatAgenda();
    for (int i = 0; i < flat.size(); ++i)
        if (flat.at(i)->id == m_meeting.currentItem) {
            if (i + 1 < flat.size())
                goToItem(flat.at(i + 1)->id);
            return;
        }
    if (!flat.isEmpty())
        goToItem(flat.first()->id); // the meeting starts
}

void SessionController::goToPreviousItem() {
    const QList<const AgendaItem *> flat = m_meeting.flatAgenda();
    for (int i = 1; i < flat.size(); ++i)
        if (flat.at(i)->id == m_meeting.currentItem) {
            goToItem(flat.at(i - 1)->id);
            return;
        }
}

void SessionController::recordOutcome(Outcome outcome) {
    if (refuseWhileFollowing())
        return;
    outcome.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    outcome.at = QDateTime::currentDateTimeUtc();
    const QString on = outcome.documents.isEmpty() ? tr("item %1").arg(outcome.agendaItem)
                                                   : outcome.documents.join(QStringLiteral(", "));
    const QString text = tr("%1: %2").arg(on, label(outcome.status));
    m_undo->push(new RecordOutcomeCommand(m_store, outcome, text));
}

void SessionController::newLiaison() {
    if (refuseWhileFollowing())
        return;
    LiaisonStatement l;
    QStringList ids;
    for (const LiaisonStatement &existing : m_meeting.liaisons)
        ids << existing.id;
    l.id = nextLiaisonId(ids);
    l.attachments = selected();
    l.agendaItem = m_meeting.currentItem; // drafted under the item being treated
    LiaisonDialog dialog(m_meeting, l, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LiaisonStatement made = dialog.liaison();
    m_meeting.liaisons << made; // ahead of the store: the next one gets the next id
    m_undo->push(new SaveLiaisonCommand(m_store, made, std::nullopt,
                                        tr("Liaison statement %1 drafted").arg(made.id)));
}

void SessionController::editLiaison(const QString &id) {
    if (refuseWhileFollowing())
        return;
    for (LiaisonStatement &existing : m_meeting.liaisons) {
        if (existing.id != id)
            continue;
        LiaisonDialog dialog(m_meeting, existing, m_window);
        if (dialog.exec() != QDialog::Accepted || dialog.liaison() == existing)
            return;
        const LiaisonStatement before = existing;
        existing = dialog.liaison();
        m_undo->push(new SaveLiaisonCommand(m_store, existing, before,
                                            tr("Liaison statement %1 edited").arg(id)));
        return;
    }
}

void SessionController::rebuildLiaisonMenu() {
    m_liaisonMenu->clear();
    for (const LiaisonStatement &l : std::as_const(m_meeting.liaisons)) {
        const QString id = l.id;
        m_liaisonMenu->addAction(
            tr("%1  %2 (%3)").arg(menuText(id), menuText(l.title), label(l.status)), this,
            [this, id] { editLiaison(id); });
    }
    m_liaisonMenu->setEnabled(!m_meeting.liaisons.isEmpty());
}

void SessionController::addEditActions(QMenu *edit) {
    QAction *undo = m_undo->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(edit, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and Ctrl+Y where the platform says so.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
}

void SessionController::rebuildAllocateMenu() {
    m_allocateMenu->clear();
    int n = 0;
    for (const WorkingGroup &wg : std::as_const(m_meeting.workingGroups)) {
        QAction *a =
            m_allocateMenu->addAction(tr("%1  %2").arg(menuText(wg.id), menuText(wg.title)));
        if (++n <= 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + n)));
        const QString id = wg.id;
        connect(a, &QAction::triggered, this,
                [this, id] { allocateToWorkingGroup(selected(), id); });
    }
    QAction *none = m_allocateMenu->addAction(tr("&No Working Group"));
    none->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    connect(none, &QAction::triggered, this, [this] { allocateToWorkingGroup(selected(), {}); });
    m_allocateMenu->addSeparator();
    QAction *current = m_allocateMenu->addAction(tr("The &Current Agenda Item"));
    current->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(current, &QAction::triggered, this, [this] {
        if (!m_meeting.currentItem.isEmpty())
            allocateToAgendaItem(selected(), m_meeting.currentItem);
        else
            emit notice(tr("No agenda item is being treated yet (Meeting > Next Agenda Item)."));
    });
    QAction *item = m_allocateMenu->addAction(tr("Agenda &Item..."));
    item->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    connect(item, &QAction::triggered, this, [this] {
        const QStringList numbers = selected();
        if (numbers.isEmpty())
            return;
        QStringList choices;
        int currentRow = 0;
        for (const AgendaItem *i : m_meeting.flatAgenda()) {
            if (i->id == m_meeting.currentItem)
                currentRow = int(choices.size());
            choices << tr("%1  %2").arg(i->id, i->title);
        }
        bool ok = false;
        const QString choice =
            QInputDialog::getItem(m_window, tr("Allocate to Agenda Item"),
                                  tr("Allocate %n document(s) to:", nullptr, int(numbers.size())),
                                  choices, currentRow, false, &ok);
        if (ok && !choice.isEmpty())
            allocateToAgendaItem(numbers, choice.section(QStringLiteral("  "), 0, 0));
    });
    for (QAction *a : m_allocateMenu->actions())
        a->setShortcutContext(Qt::WindowShortcut);
}

void SessionController::addMeetingActions(QMenu *meeting) {
    m_previousItem =
        meeting->addAction(tr("&Previous Agenda Item"), this, &SessionController::goToPreviousItem);
    m_previousItem->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_nextItem =
        meeting->addAction(tr("&Next Agenda Item"), this, &SessionController::goToNextItem);
    m_nextItem->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    meeting->addMenu(m_allocateMenu);
    meeting->addSeparator();
    m_newLiaison =
        meeting->addAction(tr("New Liaison &Statement..."), this, &SessionController::newLiaison);
    m_newLiaison->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    meeting->addMenu(m_liaisonMenu);
    meeting->addSeparator();
    meeting->addAction(tr("P&ublish Session To..."), this, &SessionController::publishTo);
    m_publishNow = meeting->addAction(tr("Publish No&w"), this, [this] { m_store->publishNow(); });
    m_publishNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publishNow->setEnabled(false);
    meeting->addAction(tr("&Follow Session At..."), this, &SessionController::followAt);
    m_stopFollowing = meeting->addAction(tr("St&op Following"), this, [this] {
        m_store->stopFollowing();
        setFollowing(false);
        m_status->setText(tr("Not following"));
    });
    m_stopFollowing->setEnabled(false);
    setMeeting(m_meeting);
}

void SessionController::publishTo() {
    bool ok = false;
    const QString url = QInputDialog::getText(
        m_window, tr("Publish Session"),
        tr("The WebDAV folder (or session.json) where delegates will follow this session:"),
        QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    m_store->stopFollowing();
    setFollowing(false);
    m_status->setText(tr("Publishing..."));
    m_store->startPublishing(QUrl::fromUserInput(url.trimmed()));
}

void SessionController::followAt() {
    bool ok = false;
    const QString url = QInputDialog::getText(
        m_window, tr("Follow Session"), tr("The address where the chairman publishes the session:"),
        QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    setFollowing(true);
    m_status->setText(tr("Following..."));
    m_store->startFollowing(QUrl::fromUserInput(url.trimmed()));
}

void SessionController::published(const PublishResult &r) {
    m_publishNow->setEnabled(true);
    if (r.ok) {
        m_status->setText(tr("Published (revision %1)").arg(r.revision));
        if (!r.merged.isEmpty())
            emit notice(tr("Merged from the server: %1").arg(r.merged.join(QStringLiteral("; "))));
        if (!r.warning.isEmpty() && !m_warned) { // once, not at every publication
            m_warned = true;
            QMessageBox::warning(m_window, tr("Publishing"), r.warning);
        }
        return;
    }
    if (r.offline) {
        m_status->setText(tr("Pending: the server cannot be reached"));
        m_status->setToolTip(r.error);
        return;
    }
    if (!r.conflict) {
        m_status->setText(tr("Not published"));
        m_status->setToolTip(r.error);
        emit notice(r.error);
        return;
    }
    m_status->setText(tr("Conflict"));
    QMessageBox box(QMessageBox::Warning, tr("Publishing Conflict"),
                    tr("Someone else published changes to the same things:"), QMessageBox::NoButton,
                    m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(r.conflicts.join(QLatin1Char('\n')));
    QPushButton *mine = box.addButton(tr("Keep Mine"), QMessageBox::AcceptRole);
    QPushButton *theirs = box.addButton(tr("Take Theirs"), QMessageBox::DestructiveRole);
    box.addButton(tr("Decide Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == mine)
        m_store->publishNow(SessionPublisher::Resolution::KeepMine);
    else if (box.clickedButton() == theirs)
        m_store->publishNow(SessionPublisher::Resolution::TakeTheirs);
}

void SessionController::polled(const FollowResult &r) {
    if (!m_following)
        return;
    if (!r.ok) {
        m_status->setText(tr("Following: %1").arg(tr("last good state kept")));
        m_status->setToolTip(r.error);
        return;
    }
    m_status->setText(tr("Following (revision %1)").arg(r.revision));
    m_status->setToolTip({});
    if (!r.notices.isEmpty())
        emit notice(r.notices.join(QStringLiteral("; ")));
}

} // namespace Plenary
