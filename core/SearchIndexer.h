#pragma once

#include "DataPaths.h"

#include <QStringList>

#include <functional>

namespace Plenary {

class OfficeConverter;
class Store;

/// Brings a meeting's full-text index up to date with its local files:
/// reads new and changed files (size or modification time differ from
/// when they were indexed), drops files that are gone, leaves the rest.
/// Synchronous: run it on a worker thread (AsyncStore) or in plenary-cli.
/// Each file is its own transaction, so a run that is stopped or killed
/// keeps what it finished and the next run goes on from there.
class SearchIndexer {
public:
    struct Progress {
        int done = 0;
        int total = 0;   ///< files to read in this run
        QString current; ///< the file being read
    };
    struct Result {
        int indexed = 0;   ///< files read in this run
        int pages = 0;     ///< pages of text they gave
        int unchanged = 0; ///< files left as they were
        int removed = 0;   ///< files gone from the documents folder
        int skipped = 0;   ///< formats without readable text (archives; office without LibreOffice)
        /// Files whose text cannot be read, this run's and earlier ones':
        /// "FG-Smart-I-0012 (x.pdf): not a readable PDF".
        QStringList failures;
        bool cancelled = false;
        QString error; ///< the store failed; nothing after it was done
    };
    /// Called before each file; return false to stop.
    using ProgressCallback = std::function<bool(const Progress &)>;

    /// Asked during a long step (an office conversion); true stops.
    using CancelCheck = std::function<bool()>;

    /// With a @p converter that has LibreOffice, office documents are read
    /// through the PDF it makes (and keeps in its cache).
    SearchIndexer(Store &store, DataPaths paths, OfficeConverter *converter = nullptr);

    Result update(const QString &meetingId, const ProgressCallback &progress = {},
                  const CancelCheck &cancelled = {});

private:
    bool canRead(const QString &path) const;

    Store &m_store;
    DataPaths m_paths;
    OfficeConverter *m_converter;
};

} // namespace Plenary
