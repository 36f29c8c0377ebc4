#pragma once

#include <QtGlobal>

namespace Plenary {

/// Limits and politeness of a sync. The defaults suit a meeting server
/// shared by thousands of delegates.
struct SyncOptions {
    int jobs = 6;                         ///< parallel transfers
    int maxDepth = 2;                     ///< sub-folder levels below the meeting folder
    qint64 maxFileSize = qint64(2) << 30; ///< 2 GiB, and never beyond the announced size
    int stallTimeoutMs = 30000;           ///< no byte for this long: the transfer fails
    /// Fewer bytes than this per second, over a whole slowWindowMs, and the
    /// attempt is given up (a trickle a byte at a time defeats the stall
    /// time-out); far below any hotel Wi-Fi. FTP (curl has a single check)
    /// applies the floor over stallTimeoutMs instead.
    int minBytesPerSecond = 512;
    int slowWindowMs = 60000;
    int maxAttempts = 5;         ///< per file, retries included
    int baseRetryDelayMs = 1000; ///< doubled at each retry
    int maxRetryDelayMs = 60000; ///< also caps a server's Retry-After
    int maxRedirects = 5;
};

} // namespace Plenary
