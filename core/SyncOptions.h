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
    int maxAttempts = 5;                  ///< per file, retries included
    int baseRetryDelayMs = 1000;          ///< doubled at each retry
    int maxRetryDelayMs = 60000;          ///< also caps a server's Retry-After
    int maxRedirects = 5;
};

} // namespace Plenary
