#pragma once

#include <QStringList>
#include <QTextStream>

namespace Plenary {

class DataPaths;

/// plenary-cli's commands, apart from main() so that they read as a list.
/// Each returns the process exit code: 0 success, 1 failure, 2 bad usage.
namespace Cli {

int info(const DataPaths &paths, QTextStream &out, QTextStream &err);
int import(const DataPaths &paths, const QString &file, QTextStream &out, QTextStream &err);
/// @p user: HTTP Basic user; the password comes from PLENARY_PASSWORD, or
/// is asked for on the terminal (never on the command line).
int sync(const DataPaths &paths, const QString &url, int jobs, bool json, const QString &user,
         QTextStream &out, QTextStream &err);

} // namespace Cli
} // namespace Plenary
