#pragma once

#include <QStringList>
#include <QTextStream>
#include <QUrl>

namespace Plenary {

class CredentialStore;
class DataPaths;

/// plenary-cli's commands, apart from main() so that they read as a list.
/// Each returns the process exit code: 0 success, 1 failure, 2 bad usage.
namespace Cli {

int info(const DataPaths &paths, QTextStream &out, QTextStream &err);
int import(const DataPaths &paths, const QString &file, QTextStream &out, QTextStream &err);
struct SyncArguments {
    QString url;
    int jobs = 6;
    bool json = false;
    /// HTTP Basic user; the password comes from PLENARY_PASSWORD, or is asked
    /// for on the terminal (never on the command line). Without a user, a
    /// server that asks gets what @p credentials remembers for it.
    QString user;
    /// Remember the given password in @p credentials (the keychain).
    bool savePassword = false;
};
int sync(const DataPaths &paths, const SyncArguments &args, CredentialStore &credentials,
         QTextStream &out, QTextStream &err);
/// Prints the meeting.json of the documents in @p dir (ManifestBuilder),
/// with the meeting from @p meetingFile when given.
int manifest(const QString &dir, const QString &meetingFile, QTextStream &out, QTextStream &err);
/// Keeps @p user and a password for @p url's server in @p credentials: the
/// password from PLENARY_PASSWORD, or asked for on the terminal.
void keepUser(const QUrl &url, const QString &user, bool savePassword, CredentialStore &credentials,
              QTextStream &err);

} // namespace Cli
} // namespace Plenary
