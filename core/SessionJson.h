#pragma once

#include "Session.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Plenary {

/// Reads and writes `session.json` (format "plenary-session/1",
/// docs/session-json.md): what the chairman publishes and delegates follow.
///
/// Reading is as strict as MeetingJson: invalid or truncated JSON, a wrong
/// type, a duplicate outcome or liaison id, an unknown status or an
/// unknown format version reject the whole file with a message naming the
/// place. Whether the references exist in the meeting is the store's check
/// (Store::applySession), which also refuses the whole session.
class SessionJson {
public:
    static constexpr const char *kFormat = "plenary-session/1";

    struct Result {
        std::optional<SessionState> session;
        QString error;
    };

    [[nodiscard]] static Result parse(const QByteArray &json, const QString &source);
    /// Indented JSON with keys in a fixed order: the same state gives the
    /// same bytes.
    [[nodiscard]] static QByteArray serialize(const SessionState &state);
};

} // namespace Plenary
