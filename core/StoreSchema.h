#pragma once

#include <QStringList>

namespace Plenary {

/// The store's schema as a list of migration steps: step N (1-based) takes a
/// database from version N-1 to N. A new database runs them all; an older
/// one runs the steps it lacks, each in its own transaction, so an
/// interrupted upgrade leaves a consistent, lower version behind.
/// Never edit a released step: append a new one.
namespace StoreSchema {

/// The statements of each step, in order.
const QList<QStringList> &steps();
/// The version a database has after all steps.
int latestVersion();

} // namespace StoreSchema
} // namespace Plenary
