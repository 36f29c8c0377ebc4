// Fuzzes parseListing(): the HTML directory listings nginx, Apache,
// lighttpd and IIS send - or whatever a hostile server sends instead. Every
// name it accepts becomes a file on the delegate's disk, so besides not
// crashing it must keep the contract of DirectoryListing.h.

#include "DirectoryListing.h"
#include "FuzzCommon.h"

#include <QSet>

using namespace Plenary;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    PlenaryFuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QUrl folder(QStringLiteral("http://127.0.0.1/docs/"));
    static const QString folderPath = folder.path(QUrl::FullyEncoded);

    const Listing listing = parseListing(PlenaryFuzz::bytes(data, size), folder);

    QSet<QString> names;
    for (const ListingEntry &e : listing.entries) {
        // A safe local name, listed once (the sync keys files by name).
        FUZZ_REQUIRE(unsafeNameReason(e.name).isEmpty(), e.name);
        FUZZ_REQUIRE(!names.contains(e.name), e.name);
        names.insert(e.name);

        // Fetched from the listed folder's server, never another host.
        FUZZ_REQUIRE(e.url.isValid(), e.url.toString());
        FUZZ_REQUIRE(e.url.scheme() == folder.scheme() && e.url.host() == folder.host() &&
                         e.url.port() == folder.port(),
                     e.url.toString());
        FUZZ_REQUIRE(!e.url.hasQuery() && !e.url.hasFragment(), e.url.toString());

        // A direct child of the folder, whose URL names the same file.
        const QString path = e.url.path(QUrl::FullyEncoded);
        FUZZ_REQUIRE(path.startsWith(folderPath), path);
        QString rest = path.mid(folderPath.size());
        FUZZ_REQUIRE(rest.endsWith(QLatin1Char('/')) == e.isFolder, path);
        if (e.isFolder)
            rest.chop(1);
        FUZZ_REQUIRE(!rest.isEmpty() && !rest.contains(QLatin1Char('/')), path);
        FUZZ_REQUIRE(QUrl::fromPercentEncoding(rest.toUtf8()) == e.name, path + u' ' + e.name);

        // Unknown is -1; an exact size is a byte count.
        FUZZ_REQUIRE(e.size >= -1, QString::number(e.size));
        FUZZ_REQUIRE(!e.sizeExact || e.size >= 0, QString::number(e.size));
    }
    return 0;
}
