#pragma once

// One sync run to its end, in the test's thread, with a store of its own:
// what the sync tests (HTTP, FTP, hostile servers) all do.

#include "Credentials.h"
#include "DataPaths.h"
#include "Store.h"
#include "SyncEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <functional>

namespace PlenaryTest {

/// Runs a sync of @p url into @p paths; @p onProgress may cancel it. A
/// sync that has not ended after @p timeoutMs is a hang: the test stops.
inline Plenary::SyncResult
runSync(const Plenary::DataPaths &paths, const QUrl &url, Plenary::SyncOptions options = {},
        const std::function<void(Plenary::SyncEngine &, const Plenary::SyncProgress &)>
            &onProgress = {},
        Plenary::CredentialStore *credentials = nullptr, int timeoutMs = 120000) {
    Plenary::Store store(paths.databaseFile());
    if (!store.open())
        qFatal("cannot open the store: %s", qPrintable(store.lastError()));
    QNetworkAccessManager nam;
    Plenary::SyncEngine engine(store, nam, paths, options);
    engine.setCredentialStore(credentials);
    if (onProgress)
        QObject::connect(&engine, &Plenary::SyncEngine::progress, &engine,
                         [&](const Plenary::SyncProgress &p) { onProgress(engine, p); });
    QSignalSpy finished(&engine, &Plenary::SyncEngine::finished);
    engine.start(url);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        qFatal("sync did not finish");
    return finished.at(0).at(0).value<Plenary::SyncResult>();
}

} // namespace PlenaryTest
