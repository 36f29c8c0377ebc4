#pragma once

#include <QStringList>
#include <QTextStream>

namespace Plenary {

class DataPaths;

namespace Cli {

/// plenary-cli index: brings the current meeting's full-text index up to
/// date and returns when it is (a progress line on a terminal).
int index(const DataPaths &paths, QTextStream &out, QTextStream &err);
/// plenary-cli search QUERY...: one line per hit, document number first:
/// "FG-Smart-I-0012 p.2 FG-Smart-I-0012.pdf: ...the [demand response]...".
int search(const DataPaths &paths, const QString &query, int limit, QTextStream &out,
           QTextStream &err);

} // namespace Cli
} // namespace Plenary
