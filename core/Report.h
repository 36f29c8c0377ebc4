#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Plenary {

/// A rapporteur's report in Markdown, kept in the store (private to this
/// copy, never published): one per working group and one for the meeting.
struct Report {
    enum class Kind { Meeting, WorkingGroup };

    Kind kind = Kind::Meeting;
    QString workingGroup; ///< the group's id for a working-group report
    /// The Markdown as the rapporteur left it.
    QString text;
    /// What Plenary last generated from the session: the common ancestor of
    /// a refresh, so that only what changed since is brought in and the
    /// rapporteur's own words are never overwritten.
    QString generated;
    QDateTime updated; ///< UTC, set by the store

    /// "meeting" or "wg:WG1": the key in the store.
    QString id() const {
        return kind == Kind::Meeting ? QStringLiteral("meeting")
                                     : QStringLiteral("wg:") + workingGroup;
    }
    static QString meetingId() { return QStringLiteral("meeting"); }
    static QString workingGroupId(const QString &wg) { return QStringLiteral("wg:") + wg; }

    bool operator==(const Report &o) const {
        return kind == o.kind && workingGroup == o.workingGroup && text == o.text &&
               generated == o.generated && updated == o.updated;
    }
};

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::Report)
