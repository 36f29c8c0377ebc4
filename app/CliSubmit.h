#pragma once

#include <QStringList>
#include <QTextStream>

namespace Plenary {

class CredentialStore;
class DataPaths;

namespace Cli {

struct SubmitArguments {
    QStringList files;
    QString number;
    QString to; ///< the drop folder; empty: the meeting's
    QString user;
    bool savePassword = false;
    bool json = false;
};
/// plenary-cli submit FILE... --number N [--to URL]: the files of one
/// contribution into the current meeting's drop folder (see Submitter).
int submit(const DataPaths &paths, const SubmitArguments &args, CredentialStore &credentials,
           QTextStream &out, QTextStream &err);

} // namespace Cli
} // namespace Plenary
