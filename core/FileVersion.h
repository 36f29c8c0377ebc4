#pragma once

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QString>

namespace Plenary {

/// A name for one version of a local file (its path, size and modification
/// time), for what the cache makes of it: a PDF converted from it, the
/// members taken out of it. A new version gets a new name; the old entry
/// stays until the cache is cleared, as caches do.
inline QString fileVersionKey(const QString &path) {
    const QFileInfo info(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(info.absoluteFilePath().toUtf8());
    hash.addData(QByteArray::number(info.size()));
    hash.addData(QByteArray::number(info.lastModified().toUTC().toMSecsSinceEpoch()));
    return QString::fromLatin1(hash.result().toHex().left(40));
}

} // namespace Plenary
