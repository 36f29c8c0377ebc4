#pragma once

#include <QStringList>
#include <QTextStream>

namespace Plenary {

class CredentialStore;
class DataPaths;

namespace Cli {

/// Options of the session commands (allocate, outcome, liaison, current,
/// session, publish, follow), as given on the command line.
struct SessionArguments {
    QString workingGroup;  ///< --wg
    QString item;          ///< --item
    QStringList documents; ///< --doc (repeatable)
    QString status;        ///< --status
    QString text;          ///< --text
    QString title;         ///< --title
    QStringList to;        ///< --to: liaison addressees, or a revision's new number
    QString purpose;       ///< --for
    QString user;          ///< --user (publish, follow)
    bool once = false;     ///< follow --once
    bool keepMine = false;
    bool takeTheirs = false;
};

/// Runs a session command on the current meeting; the exit code follows
/// CliCommands (0 done, 1 failed, 2 bad usage). publish exits 1 with the
/// word "conflict" when a conflict could not be merged.
int session(const DataPaths &paths, const QStringList &args, const SessionArguments &options,
            CredentialStore &credentials, QTextStream &out, QTextStream &err);

bool isSessionCommand(const QString &command);

} // namespace Cli
} // namespace Plenary
