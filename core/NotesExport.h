#pragma once

#include "Meeting.h"

#include <QCoreApplication>

namespace Plenary {

/// File -> Export -> My Notes: the user's private notes and positions as
/// Markdown, one section per document in number order (the document's
/// title, the position, each note with its page), everything from the
/// meeting and from the notes escaped as text.
class NotesExport {
    Q_DECLARE_TR_FUNCTIONS(Plenary::NotesExport)
public:
    static QString markdown(const MeetingData &meeting);
};

} // namespace Plenary
