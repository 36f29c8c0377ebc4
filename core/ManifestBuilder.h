#pragma once

#include "Meeting.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Plenary {

struct ManifestOptions {
    /// Sub-folder levels below the meeting folder, as SyncOptions::maxDepth.
    /// At most 2: a meeting.json file name has at most three segments.
    int maxDepth = 2;
};

/// Makes the meeting.json a secretariat publishes beside its documents from
/// the local folder that holds them, so that clients sync with checksums.
///
/// Every file is read whole (SHA-256): this blocks for as long as reading
/// the folder takes, so run it off the GUI thread.
class ManifestBuilder {
    Q_DECLARE_TR_FUNCTIONS(Plenary::ManifestBuilder)
public:
    struct Result {
        std::optional<MeetingData> meeting;
        QString error;       ///< set when meeting is empty
        QStringList skipped; ///< files and folders left out, each "name: reason"
    };

    /// The manifest of the files in @p dir and its sub-folders. File names
    /// are paths relative to @p dir ("in/FG-Smart-I-0001.pdf"), where a
    /// sync through the folder's listing would put them.
    ///
    /// @p base is the meeting as the secretariat describes it (meeting
    /// info, agenda, working groups, document titles, allocations...): it
    /// is kept whole, except that each document's files are what @p dir
    /// holds, and documents found only in @p dir are added after its own.
    /// Without it, the meeting's id and title come from the folder's name.
    ///
    /// @p cancelled is asked between files and between blocks of a file.
    [[nodiscard]] static Result build(const QString &dir, const std::optional<MeetingData> &base,
                                      const ManifestOptions &options = {},
                                      const std::function<bool()> &cancelled = {});
};

} // namespace Plenary
