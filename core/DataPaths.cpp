#include "DataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Plenary {

DataPaths DataPaths::standard() {
    DataPaths p;
    p.m_root = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    p.m_cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return p;
}

DataPaths DataPaths::at(const QString &dir) {
    DataPaths p;
    p.m_root = QDir(dir).absolutePath();
    p.m_cache = p.m_root + QStringLiteral("/cache");
    p.m_custom = true;
    return p;
}

DataPaths DataPaths::inFolder(const QString &dir) {
    DataPaths p = standard();
    p.m_root = QDir(dir).absolutePath();
    return p;
}

QString DataPaths::databaseFile() const {
    return m_root + QStringLiteral("/plenary.sqlite");
}
QString DataPaths::documentsDir() const {
    return m_root + QStringLiteral("/documents");
}
QString DataPaths::documentsDir(const QString &meetingId) const {
    return documentsDir() + QLatin1Char('/') + meetingId;
}
QString DataPaths::cacheDir() const {
    return m_cache;
}
QString DataPaths::settingsFile() const {
    return m_root + QStringLiteral("/plenary.ini");
}

} // namespace Plenary
