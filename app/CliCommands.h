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
int sync(const DataPaths &paths, const QString &url, int jobs, bool json, QTextStream &out,
         QTextStream &err);

} // namespace Cli
} // namespace Plenary
