#pragma once

#include <QString>

namespace Plenary {

/// Who a running process is, in a form another process can check later:
/// "<boot id>/<pid>/<start time>" on Linux. A PID alone is not enough: after
/// a crash, or a reboot, the same number names some other program. Used for
/// the WebDAV lock the publisher writes down, so that a second Plenary on
/// the same data folder tells the lock of a copy still publishing from one
/// left by a copy that died. Empty where the system does not say (then a
/// lock left behind is taken for a dead copy's, as it always was).
namespace ProcessIdentity {

QString ofThisProcess();
/// The identity of process @p pid now; empty if there is none.
QString of(qint64 pid);
/// Whether @p identity names a process other than this one that is still
/// running (false for anything that does not parse).
bool isAnotherRunning(const QString &identity);

} // namespace ProcessIdentity
} // namespace Plenary
