#include "FtpListing.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <cctype>

namespace Plenary::FtpListing {

namespace {

QString decodeName(const QByteArray &raw, bool *valid) {
    // RFC 2640: names are UTF-8 (we ask OPTS UTF8 ON); a name that is not
    // is refused rather than guessed.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString name = utf8(raw);
    *valid = !utf8.hasError();
    return name;
}

QUrl childUrl(const QUrl &folder, const QString &name, bool isFolder) {
    QUrl url = folder;
    QString path = folder.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path += name;
    if (isFolder)
        path += QLatin1Char('/');
    url.setPath(path, QUrl::DecodedMode);
    return url;
}

/// Adds an entry, or refuses its name.
void add(Listing *listing, const QUrl &folder, const QByteArray &rawName, bool isFolder,
         qint64 size, const QDateTime &modified, bool exact) {
    bool valid = false;
    const QString name = decodeName(rawName, &valid);
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return;
    QString reason =
        valid ? unsafeNameReason(name)
              : QCoreApplication::translate("Plenary::FtpListing", "the name is not UTF-8");
    if (!reason.isEmpty()) {
        listing->refused
            << QCoreApplication::translate("Plenary::FtpListing", "%1: %2").arg(name, reason);
        return;
    }
    ListingEntry e;
    e.name = name;
    e.url = childUrl(folder, name, isFolder);
    e.isFolder = isFolder;
    e.size = isFolder ? -1 : size;
    e.sizeExact = !isFolder && size >= 0;
    e.modified = modified;
    e.modifiedExact = exact && modified.isValid();
    listing->entries << e;
}

/// A byte count, or -1: too many digits for a qint64 is an unknown size,
/// not an exact 0 (toLongLong()'s answer), and a negative one is none.
qint64 sizeOf(const QByteArray &digits) {
    bool ok = false;
    const qint64 size = digits.toLongLong(&ok);
    return ok && size >= 0 ? size : -1;
}

QList<QByteArray> lines(const QByteArray &body) {
    QList<QByteArray> result;
    for (QByteArray line : body.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            result << line;
    }
    return result;
}

void parseMlsd(const QByteArray &body, const QUrl &folder, Listing *listing) {
    for (const QByteArray &line : lines(body)) {
        // "fact=value;fact=value; name": the name follows the first space.
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArray name = line.mid(space + 1);
        QByteArray type;
        qint64 size = -1;
        QDateTime modified;
        for (const QByteArray &fact : line.left(space).split(';')) {
            const qsizetype eq = fact.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = fact.left(eq).toLower();
            const QByteArray value = fact.mid(eq + 1);
            if (key == "type")
                type = value.toLower();
            else if (key == "size")
                size = sizeOf(value);
            else if (key == "modify")
                modified = parseTimeVal(value);
        }
        if (type == "file")
            add(listing, folder, name, false, size, modified, true);
        else if (type == "dir")
            add(listing, folder, name, true, -1, modified, true);
        else if (type.startsWith("os.unix=slink") || type.startsWith("os.unix=symlink"))
            listing->refused << QCoreApplication::translate("Plenary::FtpListing", "%1: a link")
                                    .arg(QString::fromUtf8(name));
        // cdir, pdir and devices are not documents.
    }
}

int monthOf(const QByteArray &name) {
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray lower = name.toLower();
    for (int i = 0; i < 12; ++i)
        if (lower == months[i])
            return i + 1;
    return 0;
}

void parseList(const QByteArray &body, const QUrl &folder, const QDateTime &now, Listing *listing) {
    // Unix: type and permissions, links, owner, [group,] size, month, day,
    // time or year, one space, the name (which may hold spaces).
    static const QRegularExpression unix(QStringLiteral(
        "^([-dlbcps])[-rwxsStTl]{9}\\S*\\s+\\d+\\s+.*?\\s(\\d+)\\s+([A-Za-z]{3})\\s+(\\d{1,2})"
        "\\s+(\\d{1,2}):(\\d{2}) (.+)$|"
        "^([-dlbcps])[-rwxsStTl]{9}\\S*\\s+\\d+\\s+.*?\\s(\\d+)\\s+([A-Za-z]{3})\\s+(\\d{1,2})"
        "\\s+(\\d{4}) (.+)$"));
    // Windows / IIS: 11-27-25  03:36PM  <DIR>  name, or a size.
    static const QRegularExpression dos(
        QStringLiteral("^(\\d{2})-(\\d{2})-(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])?\\s+(<"
                       "DIR>|\\d+)\\s+(.+)$"));
    for (const QByteArray &raw : lines(body)) {
        // The name is taken from the bytes, not re-encoded text: find the
        // fields in a Latin-1 view, whose offsets are the bytes'.
        const QString line = QString::fromLatin1(raw);
        if (const auto m = unix.match(line); m.hasMatch()) {
            const bool recent = !m.captured(1).isEmpty();
            const int base = recent ? 0 : 7;
            const QChar type = m.captured(1 + base).at(0);
            const qint64 size = sizeOf(m.captured(2 + base).toLatin1());
            const int month = monthOf(m.captured(3 + base).toLatin1());
            const int day = m.captured(4 + base).toInt();
            const qsizetype nameAt = m.capturedStart(recent ? 7 : 6 + base);
            QByteArray name = raw.mid(nameAt);
            QDateTime modified;
            if (month > 0) {
                if (recent) {
                    // No year: this year's date unless that is in the future.
                    const QTime time(m.captured(5).toInt(), m.captured(6).toInt());
                    QDate date(now.date().year(), month, day);
                    if (QDateTime(date, time, QTimeZone::utc()) > now.addDays(1))
                        date = QDate(now.date().year() - 1, month, day);
                    modified = QDateTime(date, time, QTimeZone::utc());
                } else {
                    modified = QDateTime(QDate(m.captured(5 + base).toInt(), month, day),
                                         QTime(0, 0), QTimeZone::utc());
                }
            }
            if (type == QLatin1Char('-'))
                add(listing, folder, name, false, size, modified, false);
            else if (type == QLatin1Char('d'))
                add(listing, folder, name, true, -1, modified, false);
            else if (type == QLatin1Char('l')) {
                const qsizetype arrow = name.indexOf(" -> ");
                listing->refused << QCoreApplication::translate("Plenary::FtpListing", "%1: a link")
                                        .arg(
                                            QString::fromUtf8(arrow < 0 ? name : name.left(arrow)));
            }
            continue;
        }
        if (const auto m = dos.match(line); m.hasMatch()) {
            int year = m.captured(3).toInt();
            if (year < 100)
                year += year < 70 ? 2000 : 1900;
            int hour = m.captured(4).toInt();
            const QString ampm = m.captured(6).toUpper();
            if (ampm == QLatin1String("PM") && hour < 12)
                hour += 12;
            else if (ampm == QLatin1String("AM") && hour == 12)
                hour = 0;
            const QDateTime modified(QDate(year, m.captured(1).toInt(), m.captured(2).toInt()),
                                     QTime(hour, m.captured(5).toInt()), QTimeZone::utc());
            const bool isFolder = m.captured(7) == QLatin1String("<DIR>");
            add(listing, folder, raw.mid(m.capturedStart(8)), isFolder,
                isFolder ? -1 : sizeOf(m.captured(7).toLatin1()), modified, false);
            continue;
        }
        // Only the "total 12" of ls is expected besides entries: anything else
        // is said, as it may be a document the sync cannot see.
        if (!raw.startsWith("total "))
            listing->refused << QCoreApplication::translate("Plenary::FtpListing",
                                                            "%1: a listing line not understood")
                                    .arg(QString::fromUtf8(raw.left(200)));
    }
}

} // namespace

QDateTime parseTimeVal(const QByteArray &text) {
    const QByteArray t = text.trimmed();
    if (t.size() < 14)
        return {};
    for (int i = 0; i < 14; ++i)
        if (!std::isdigit(static_cast<unsigned char>(t.at(i))))
            return {};
    const QDate date(t.mid(0, 4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
    const QTime time(t.mid(8, 2).toInt(), t.mid(10, 2).toInt(), t.mid(12, 2).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

Listing parse(const QByteArray &body, Format format, const QUrl &folderUrl, const QDateTime &now) {
    Listing listing;
    if (format == Format::Mlsd)
        parseMlsd(body, folderUrl, &listing);
    else
        parseList(body, folderUrl, now, &listing);
    return listing;
}

} // namespace Plenary::FtpListing
