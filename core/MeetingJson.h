#pragma once

#include "Meeting.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Plenary {

/// Reads and writes `meeting.json` (format "plenary-meeting/1", design.md).
///
/// Reading is strict: a file that is not valid JSON, is truncated, has a
/// field of the wrong type, a duplicate id, a reference to an unknown agenda
/// item or working group, or an unknown format version is rejected as a
/// whole, with a message that names the file and the offending place
/// ("meeting.json: documents[3].title: expected a string, found a number").
/// Unknown keys are ignored so that later minor additions stay readable.
class MeetingJson {
public:
    static constexpr const char *kFormat = "plenary-meeting/1";
    /// How deep a file's name may reach into sub-folders of the meeting
    /// folder: "a/b/FG-Smart-I-0001.pdf", as a listing sync stores them.
    static constexpr int kMaxFolderDepth = 2;

    struct Result {
        std::optional<MeetingData> meeting;
        QString error; ///< set when meeting is empty
    };

    /// Parses @p json; @p fileName only appears in error messages.
    [[nodiscard]] static Result parse(const QByteArray &json, const QString &fileName);
    /// Reads and parses a file (errors name the path).
    [[nodiscard]] static Result readFile(const QString &path);

    /// The manifest part of @p meeting (meeting, agenda, working groups,
    /// documents) as indented JSON. Session state and notes are not written.
    [[nodiscard]] static QByteArray serialize(const MeetingData &meeting);
};

} // namespace Plenary
