#pragma once

#include <QString>

namespace Plenary {

/// Where Plenary keeps its data: the SQLite database and the documents
/// (which are not a cache: delegates rely on them offline). By default under
/// QStandardPaths::AppLocalDataLocation; `--data-dir DIR` puts everything,
/// settings included, under DIR (tests, portable use).
class DataPaths {
public:
    /// The per-user default location.
    static DataPaths standard();
    /// Everything under @p dir.
    static DataPaths at(const QString &dir);
    /// The database and documents under @p dir (the data folder chosen in
    /// Settings); the cache and the settings stay in the standard places.
    static DataPaths inFolder(const QString &dir);

    QString root() const { return m_root; }
    QString databaseFile() const;
    QString documentsDir() const;
    QString documentsDir(const QString &meetingId) const;
    /// What can be made again from the documents (office files converted to
    /// PDF): the user's cache folder, or root()/cache with --data-dir.
    QString cacheDir() const;
    /// True for --data-dir: settings then live in root()/plenary.ini too.
    bool isCustom() const { return m_custom; }
    QString settingsFile() const;

private:
    QString m_root;
    QString m_cache;
    bool m_custom = false;
};

} // namespace Plenary
