#pragma once

#include <QStringList>
#include <QTextStream>

namespace Plenary {

class DataPaths;

namespace Cli {

/// plenary-cli export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE:
/// the rapporteur's stored report when there is one, else the report
/// generated from the session; a liaison statement in the ITU-T layout.
/// Exit codes as CliCommands (0 done, 1 failed, 2 bad usage).
int exportOutput(const DataPaths &paths, const QStringList &args, const QString &format,
                 const QString &outFile, QTextStream &out, QTextStream &err);

} // namespace Cli
} // namespace Plenary
