#include "LibraryFilterButton.h"

#include "MenuText.h"

#include <QActionGroup>
#include <QMenu>

namespace Plenary {

LibraryFilterButton::LibraryFilterButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this)) {
    setObjectName(QStringLiteral("libraryFilter"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Library filters"));
    setToolTip(tr("Show only some documents: by working group, type, outcome, unread, late, "
                  "with my notes"));
    setMenu(m_menu);

    m_groupMenu = m_menu->addMenu(tr("&Working Group"));
    m_groupChoice = choices(m_groupMenu, tr("All Groups"));

    QMenu *types = m_menu->addMenu(tr("&Type"));
    m_typeChoice = choices(types, tr("All Types"));
    for (const QString &wire : wireNames(DocumentType{})) {
        QAction *a = types->addAction(label(*documentTypeFromWire(wire)));
        a->setCheckable(true);
        a->setData(int(*documentTypeFromWire(wire)));
        m_typeChoice->addAction(a);
    }

    QMenu *outcomes = m_menu->addMenu(tr("&Outcome"));
    m_outcomeChoice = choices(outcomes, tr("Any Outcome"));
    QAction *untreated = outcomes->addAction(tr("Not Treated Yet"));
    untreated->setCheckable(true);
    untreated->setData(-1);
    m_outcomeChoice->addAction(untreated);
    outcomes->addSeparator();
    for (const QString &wire : wireNames(OutcomeStatus{})) {
        QAction *a = outcomes->addAction(label(*outcomeStatusFromWire(wire)));
        a->setCheckable(true);
        a->setData(int(*outcomeStatusFromWire(wire)));
        m_outcomeChoice->addAction(a);
    }

    m_menu->addSeparator();
    m_unread = m_menu->addAction(tr("&Unread Only"));
    m_unread->setToolTip(tr("Only documents you have not opened yet"));
    m_late = m_menu->addAction(tr("&Late Only"));
    m_late->setToolTip(tr("Only documents received after the contribution deadline"));
    m_notes = m_menu->addAction(tr("With My &Notes"));
    m_notes->setToolTip(tr("Only documents you have written notes on"));
    for (QAction *a : {m_unread, m_late, m_notes}) {
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this] {
            LibraryFilter f = m_filter;
            f.unreadOnly = m_unread->isChecked();
            f.lateOnly = m_late->isChecked();
            f.withNotesOnly = m_notes->isChecked();
            setFilter(f);
        });
    }
    m_menu->addSeparator();
    m_clear = m_menu->addAction(tr("&Clear Filters"), this, &LibraryFilterButton::clear);

    connect(m_groupChoice, &QActionGroup::triggered, this, [this](QAction *a) {
        LibraryFilter f = m_filter;
        f.workingGroup = a->data().toString();
        setFilter(f);
    });
    connect(m_typeChoice, &QActionGroup::triggered, this, [this](QAction *a) {
        LibraryFilter f = m_filter;
        f.type =
            a->data().isValid() ? std::optional(DocumentType(a->data().toInt())) : std::nullopt;
        setFilter(f);
    });
    connect(m_outcomeChoice, &QActionGroup::triggered, this, [this](QAction *a) {
        LibraryFilter f = m_filter;
        f.outcome = a->data().isValid() ? std::optional(a->data().toInt()) : std::nullopt;
        setFilter(f);
    });
    sync();
}

QActionGroup *LibraryFilterButton::choices(QMenu *menu, const QString &anyText) {
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    QAction *any = menu->addAction(anyText);
    any->setCheckable(true);
    group->addAction(any);
    menu->addSeparator();
    return group;
}

void LibraryFilterButton::setMeeting(const MeetingData &meeting) {
    QStringList groups;
    for (const WorkingGroup &g : meeting.workingGroups)
        groups << g.id;
    if (groups != m_groups) {
        m_groups = groups;
        rebuildGroups();
    }
    if (!m_filter.workingGroup.isEmpty() && !m_groups.contains(m_filter.workingGroup)) {
        LibraryFilter f = m_filter;
        f.workingGroup.clear();
        setFilter(f);
    }
}

void LibraryFilterButton::rebuildGroups() {
    const QList<QAction *> old = m_groupChoice->actions();
    for (QAction *a : old)
        if (a->data().isValid()) {
            m_groupChoice->removeAction(a);
            delete a;
        }
    for (const QString &id : std::as_const(m_groups)) {
        QAction *a = m_groupMenu->addAction(menuText(id));
        a->setCheckable(true);
        a->setData(id);
        m_groupChoice->addAction(a);
    }
    sync();
}

void LibraryFilterButton::setFilter(const LibraryFilter &filter) {
    if (filter == m_filter) {
        sync();
        return;
    }
    m_filter = filter;
    sync();
    emit filterChanged(m_filter);
}

void LibraryFilterButton::sync() {
    auto check = [](QActionGroup *group, const QVariant &value) {
        for (QAction *a : group->actions())
            a->setChecked(a->data() == value);
    };
    check(m_groupChoice,
          m_filter.workingGroup.isEmpty() ? QVariant() : QVariant(m_filter.workingGroup));
    check(m_typeChoice, m_filter.type ? QVariant(int(*m_filter.type)) : QVariant());
    check(m_outcomeChoice, m_filter.outcome ? QVariant(*m_filter.outcome) : QVariant());
    m_unread->setChecked(m_filter.unreadOnly);
    m_late->setChecked(m_filter.lateOnly);
    m_notes->setChecked(m_filter.withNotesOnly);
    const int on = int(!m_filter.workingGroup.isEmpty()) + int(m_filter.type.has_value()) +
                   int(m_filter.outcome.has_value()) + int(m_filter.unreadOnly) +
                   int(m_filter.lateOnly) + int(m_filter.withNotesOnly);
    m_clear->setEnabled(on > 0);
    setText(on == 0 ? tr("Filters") : tr("Filters (%1)").arg(on));
}

} // namespace Plenary
