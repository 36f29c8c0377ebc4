#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Plenary {

/// One file or folder of a web server's directory listing.
struct ListingEntry {
    QString name; ///< decoded, a plain name (never a path)
    QUrl url;     ///< absolute, inside the listed folder
    bool isFolder = false;
    qint64 size = -1;           ///< bytes, -1 when the listing does not say
    bool sizeExact = false;     ///< false for "3.3K"-style sizes
    QDateTime modified;         ///< as the listing shows it (server time, taken as UTC)
    bool modifiedExact = false; ///< to the second and in UTC (FTP MLSD), not a display
};

struct Listing {
    QList<ListingEntry> entries;
    /// Links refused for safety, each "link: reason" (shown to the user).
    QStringList refused;
};

/// Parses the HTML directory listings web servers generate: Apache
/// mod_autoindex (plain, FancyIndexing, HTMLTable), nginx autoindex,
/// lighttpd mod_dirlisting, IIS directory browsing, and in general any page
/// of `<a href>` links.
///
/// Only direct children of @p folderUrl are listed. Links to other hosts,
/// to parents and query links (Apache's sort headers) are ignored; a link
/// whose decoded name holds "..", a slash or backslash, a control or
/// bidirectional-override character, or that resolves outside the folder,
/// is refused and reported. Sizes and dates are read when the listing shows
/// them next to the link.
Listing parseListing(const QByteArray &html, const QUrl &folderUrl);

/// Why @p name is not acceptable as a local file name, or an empty string.
QString unsafeNameReason(const QString &name);

} // namespace Plenary
