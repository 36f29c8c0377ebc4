#pragma once

#include "DirectoryListing.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace Plenary {

/// Parses what an FTP server says a folder holds, into the same Listing the
/// HTTP path uses (names checked by unsafeNameReason(), links refused).
///
/// MLSD (RFC 3659) gives exact sizes and UTC times: ListingEntry::modified
/// is then exact to the second. LIST has no standard; the two formats
/// servers use are read: Unix `ls -l` (vsftpd, ProFTPD, Pure-FTPd; with or
/// without a group column) and Windows/IIS `MM-DD-YY hh:mmAM <DIR>|size`.
/// LIST times are to the minute at best and without a year for recent
/// files (the year is then the one that puts the date in the past of
/// @p now): ListingEntry::modifiedExact stays false and a sync asks MDTM.
namespace FtpListing {

enum class Format { Mlsd, List };

Listing parse(const QByteArray &body, Format format, const QUrl &folderUrl,
              const QDateTime &now = QDateTime::currentDateTimeUtc());

/// Parses an MDTM or MLSD "modify" time (YYYYMMDDHHMMSS[.sss], UTC).
QDateTime parseTimeVal(const QByteArray &text);

} // namespace FtpListing
} // namespace Plenary
