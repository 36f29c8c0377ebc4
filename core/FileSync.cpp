#include "FileSync.h"

#include <QCoreApplication>

namespace Plenary {

namespace {
struct Name {
    FileState state;
    const char *wire;
    const char *label;
};
constexpr Name kNames[] = {
    {FileState::Remote, "remote", QT_TRANSLATE_NOOP("FileState", "Remote only")},
    {FileState::Downloading, "downloading", QT_TRANSLATE_NOOP("FileState", "Downloading")},
    {FileState::Local, "local", QT_TRANSLATE_NOOP("FileState", "Local")},
    {FileState::Updated, "updated", QT_TRANSLATE_NOOP("FileState", "Updated")},
    {FileState::Failed, "failed", QT_TRANSLATE_NOOP("FileState", "Failed")},
    {FileState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("FileState", "Withdrawn on server")},
};
} // namespace

QString wireName(FileState state) {
    for (const Name &n : kNames)
        if (n.state == state)
            return QString::fromLatin1(n.wire);
    return {};
}

std::optional<FileState> fileStateFromWire(const QString &name) {
    for (const Name &n : kNames)
        if (name == QLatin1String(n.wire))
            return n.state;
    return std::nullopt;
}

QString label(FileState state) {
    for (const Name &n : kNames)
        if (n.state == state)
            return QCoreApplication::translate("FileState", n.label);
    return {};
}

} // namespace Plenary
