#include "CliSearch.h"

#include "CliOutput.h"
#include "DataPaths.h"
#include "DemoMeeting.h"
#include "OfficeConverter.h"
#include "Search.h"
#include "SearchIndexer.h"
#include "Store.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace Plenary::Cli {

namespace {
std::optional<QString> openCurrent(Store &store, const DataPaths &paths, QTextStream &err) {
    if (!store.open()) {
        failed(err, tr("cannot open %1: %2").arg(store.databasePath(), store.lastError()));
        return std::nullopt;
    }
    QString error;
    auto mid = DemoMeeting::ensureCurrentMeeting(store, paths, &error);
    if (!mid)
        failed(err, error);
    return mid;
}
} // namespace

int index(const DataPaths &paths, QTextStream &out, QTextStream &err) {
    Store store(paths.databaseFile());
    const auto mid = openCurrent(store, paths, err);
    if (!mid)
        return 1;
    const bool tty = isatty(fileno(stderr));
    // Office documents through LibreOffice where it is installed (the PDFs
    // are kept in the cache the reader uses).
    OfficeConverter converter(paths.cacheDir());
    SearchIndexer indexer(store, paths, &converter);
    const SearchIndexer::Result r = indexer.update(*mid, [&](const SearchIndexer::Progress &p) {
        if (tty && p.total > 0)
            err << '\r' << tr("indexing %1/%2 %3").arg(p.done).arg(p.total).arg(p.current)
                << "\x1b[K" << Qt::flush;
        return true;
    });
    if (tty)
        err << "\r\x1b[K" << Qt::flush;
    if (!r.error.isEmpty())
        return failed(err, r.error);
    // "indexed 36 files, 41 pages; 0 unchanged, 0 removed, 2 without text (archives, office
    // without LibreOffice)"
    out << QCoreApplication::translate("plenary-cli", "indexed %n file(s)", nullptr, r.indexed)
        << ", " << QCoreApplication::translate("plenary-cli", "%n page(s)", nullptr, r.pages)
        << "; "
        << tr("%1 unchanged, %2 removed, %3 without text (archives, office without LibreOffice)")
               .arg(r.unchanged)
               .arg(r.removed)
               .arg(r.skipped)
        << Qt::endl;
    for (const QString &f : r.failures)
        err << tr("cannot read %1").arg(f) << Qt::endl;
    return 0;
}

int search(const DataPaths &paths, const QString &query, int limit, QTextStream &out,
           QTextStream &err) {
    if (query.trimmed().isEmpty())
        return usage(err, tr("usage: search WORDS... (\"a phrase\", prefix*)"));
    Store store(paths.databaseFile());
    const auto mid = openCurrent(store, paths, err);
    if (!mid)
        return 1;
    const auto hits = store.search(*mid, query, limit);
    if (!hits)
        return failed(err, store.lastError());
    for (const SearchHit &h : *hits) {
        QString snippet = h.snippet;
        snippet.replace(SearchHit::kMatchStart, QLatin1Char('['))
            .replace(SearchHit::kMatchEnd, QLatin1Char(']'));
        out << h.number << " p." << h.page << ' ' << h.path << ": " << snippet << '\n';
    }
    out.flush();
    // Like grep: 1 when nothing was found, so scripts can tell.
    return hits->isEmpty() ? 1 : 0;
}

} // namespace Plenary::Cli
