#pragma once

#include <QList>
#include <QString>

namespace Plenary {

/// How much of an archive ZipArchive accepts.
struct ZipLimits {
    int maxMembers = 10000;
    qint64 maxMemberBytes = qint64(512) * 1024 * 1024;
    /// Uncompressed over compressed size beyond which a member larger
    /// than ratioFloorBytes is taken for a bomb.
    double maxRatio = 200;
    qint64 ratioFloorBytes = qint64(1) * 1024 * 1024;
};

/// What is inside a ZIP archive (contributions often come zipped), and one
/// member taken out to be read, through libzip. An archive is never
/// trusted: names that would leave the folder they are extracted to
/// (absolute, "..", drive letters, backslashes, control characters), links,
/// encrypted members, too many members, members too large or compressed
/// suspiciously well (zip bombs) are listed with the reason they cannot be
/// opened. Extraction counts the bytes it really gets, whatever the archive
/// claims, and stops at the limits. Nothing in an archive is ever run.
class ZipArchive {
public:
    using Limits = ZipLimits;

    struct Member {
        QString name; ///< as stored, "/"-separated
        qint64 size = 0;
        qint64 compressedSize = 0;
        bool directory = false;
        /// Why it cannot be opened (unsafe name, link, encrypted, too large,
        /// a bomb); empty when it can.
        QString problem;
        bool canOpen() const { return problem.isEmpty() && !directory; }
    };

    struct Listing {
        QList<Member> members; ///< in the archive's order; directories too
        QString error;         ///< the archive itself cannot be read
        bool ok() const { return error.isEmpty(); }
    };

    struct Extracted {
        QString path; ///< the member's file under the target folder
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static Listing list(const QString &archivePath, const Limits &limits = {});
    /// Takes @p memberName out to @p targetDir (same relative path), or
    /// says why not. A member extracted earlier with the same size is
    /// reused. The file appears only once complete.
    static Extracted extract(const QString &archivePath, const QString &memberName,
                             const QString &targetDir, const Limits &limits = {});

    /// The reason a member name is unsafe to extract; empty when it is safe.
    static QString unsafeName(const QString &name);
};

} // namespace Plenary
