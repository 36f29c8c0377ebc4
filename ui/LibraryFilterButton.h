#pragma once

#include "DocumentFilterModel.h"
#include "Meeting.h"

#include <QToolButton>

class QActionGroup;
class QMenu;

namespace Plenary {

/// The library's filters as one button beside the quick filter (so they
/// take no room of their own, down to small screens): a menu of working
/// group, type, outcome (or not treated yet), unread, late, with my notes,
/// and Clear. The button says how many filters are on. Emits the
/// LibraryFilter; the filter model applies it.
class LibraryFilterButton : public QToolButton {
    Q_OBJECT
public:
    explicit LibraryFilterButton(QWidget *parent = nullptr);

    /// Offers the meeting's working groups; a chosen group stays chosen
    /// while the meeting still has it.
    void setMeeting(const MeetingData &meeting);
    LibraryFilter filter() const { return m_filter; }
    void setFilter(const LibraryFilter &filter);
    void clear() { setFilter({}); }

Q_SIGNALS:
    void filterChanged(const Plenary::LibraryFilter &filter);

private:
    QActionGroup *choices(QMenu *menu, const QString &anyText);
    void rebuildGroups();
    void sync(); ///< the menu's checks and the button's text from m_filter

    LibraryFilter m_filter;
    QStringList m_groups;
    QMenu *m_menu;
    QMenu *m_groupMenu;
    QActionGroup *m_groupChoice;
    QActionGroup *m_typeChoice;
    QActionGroup *m_outcomeChoice;
    QAction *m_unread;
    QAction *m_late;
    QAction *m_notes;
    QAction *m_clear;
};

} // namespace Plenary
