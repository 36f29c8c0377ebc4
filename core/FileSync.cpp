#include "FileSync.h"

#include "WireNames.h"

namespace Plenary {

namespace {
constexpr std::array<WireNames::Entry<FileState>, 6> kNames{{
    {FileState::Remote, "remote", QT_TRANSLATE_NOOP("FileState", "Remote only")},
    {FileState::Downloading, "downloading", QT_TRANSLATE_NOOP("FileState", "Downloading")},
    {FileState::Local, "local", QT_TRANSLATE_NOOP("FileState", "Local")},
    {FileState::Updated, "updated", QT_TRANSLATE_NOOP("FileState", "Updated")},
    {FileState::Failed, "failed", QT_TRANSLATE_NOOP("FileState", "Failed")},
    {FileState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("FileState", "Withdrawn on server")},
}};
} // namespace

QString wireName(FileState state) {
    return WireNames::wireOf(kNames, state);
}

std::optional<FileState> fileStateFromWire(const QString &name) {
    return WireNames::fromWire(kNames, name);
}

QString label(FileState state) {
    return WireNames::labelOf("FileState", kNames, state);
}

} // namespace Plenary
