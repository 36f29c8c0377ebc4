// Fuzzes FtpListing::parse(): what an FTP server answers to MLSD and LIST
// (Unix `ls -l` and Windows/IIS lines). The same bytes are read as both
// formats; "now" is fixed so that a LIST date without a year, and so each
// run, is reproducible.

#include "FtpListing.h"
#include "FuzzCommon.h"

#include <QTimeZone>

using namespace Plenary;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    PlenaryFuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QUrl folder(QStringLiteral("ftp://127.0.0.1/docs/"));
    static const QDateTime now(QDate(2025, 11, 27), QTime(12, 0), QTimeZone::utc());
    const QByteArray body = PlenaryFuzz::bytes(data, size);

    for (const FtpListing::Format format : {FtpListing::Format::Mlsd, FtpListing::Format::List}) {
        const Listing listing = FtpListing::parse(body, format, folder, now);
        for (const ListingEntry &e : listing.entries) {
            // Names are checked as the HTTP path checks them; "." and ".."
            // are the folder and its parent, never entries.
            FUZZ_REQUIRE(unsafeNameReason(e.name).isEmpty(), e.name);

            // The URL is the folder's plus exactly the name: what is
            // fetched is the file that was listed.
            FUZZ_REQUIRE(e.url.isValid(), e.url.toString());
            FUZZ_REQUIRE(e.url.scheme() == folder.scheme() && e.url.host() == folder.host() &&
                             e.url.port() == folder.port(),
                         e.url.toString());
            const QString expected =
                QStringLiteral("/docs/") + e.name + (e.isFolder ? QStringLiteral("/") : QString());
            FUZZ_REQUIRE(e.url.path(QUrl::FullyDecoded) == expected,
                         e.url.path(QUrl::FullyDecoded) + u' ' + expected);

            // Folders have no size; unknown is -1; an exact size is a byte count.
            FUZZ_REQUIRE(e.size >= -1, QString::number(e.size));
            FUZZ_REQUIRE(!e.isFolder || (e.size == -1 && !e.sizeExact), e.name);
            FUZZ_REQUIRE(!e.sizeExact || e.size >= 0, QString::number(e.size));

            // Only MLSD times are exact (FtpListing.h); LIST ones make the
            // sync ask MDTM.
            FUZZ_REQUIRE(!e.modifiedExact || e.modified.isValid(), e.name);
            FUZZ_REQUIRE(!e.modifiedExact || format == FtpListing::Format::Mlsd, e.name);
        }
    }

    // MDTM answers are parsed alone too: a valid time is UTC, to the second.
    const QDateTime t = FtpListing::parseTimeVal(body);
    FUZZ_REQUIRE(!t.isValid() || (t.offsetFromUtc() == 0 && t.time().msec() == 0),
                 t.toString(Qt::ISODateWithMs));
    return 0;
}
