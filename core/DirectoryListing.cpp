#include "DirectoryListing.h"

#include "FileNameParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace Plenary {

namespace {

QString decodeHtml(const QByteArray &html) {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(html);
    if (utf8.hasError())
        text = QString::fromLatin1(html); // IIS and old Apache pages in Latin-1
    return text;
}

QString unescapeEntities(QString s) {
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9A-Fa-f]+|[0-9]+);"));
    QRegularExpressionMatch m;
    qsizetype from = 0;
    while ((m = numeric.match(s, from)).hasMatch()) {
        const QString code = m.captured(1);
        bool ok = false;
        const uint cp =
            code.startsWith(QLatin1Char('x')) ? code.mid(1).toUInt(&ok, 16) : code.toUInt(&ok, 10);
        const QString repl = ok && cp > 0 && cp < 0x110000
                                 ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1)
                                 : QString();
        s.replace(m.capturedStart(), m.capturedLength(), repl);
        from = m.capturedStart() + repl.size();
    }
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&apos;"), QLatin1String("'"));
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

QString stripTags(const QString &html) {
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString s = html;
    s.replace(tag, QStringLiteral(" "));
    return unescapeEntities(s).simplified();
}

const QStringList kMonths = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                             QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                             QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                             QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};

int monthOf(const QString &name) {
    return int(kMonths.indexOf(name.left(3).toLower())) + 1;
}

/// Finds a date and time in listing text; removes it from @p text.
QDateTime takeDate(QString &text) {
    struct Pattern {
        QRegularExpression re;
        int y, mo, d, h, mi, s, ampm; // capture numbers, 0 = absent
        bool monthName;
    };
    static const QList<Pattern> patterns = {
        // Apache 2.4: 2010-06-04 10:30 (or with seconds)
        {QRegularExpression(
             QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?")),
         1, 2, 3, 4, 5, 6, 0, false},
        // nginx, old Apache: 04-Jun-2010 10:30
        {QRegularExpression(
             QStringLiteral("(\\d{1,2})-([A-Za-z]{3})-(\\d{4}) (\\d{2}):(\\d{2})(?::(\\d{2}))?")),
         3, 2, 1, 4, 5, 6, 0, true},
        // lighttpd: 2010-Jun-04 10:30:00
        {QRegularExpression(
             QStringLiteral("(\\d{4})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2})(?::(\\d{2}))?")),
         1, 2, 3, 4, 5, 6, 0, true},
        // IIS: Friday, June 4, 2010 10:30 AM
        {QRegularExpression(QStringLiteral("(?:[A-Za-z]+, )?([A-Za-z]+) (\\d{1,2}), (\\d{4}) "
                                           "+(\\d{1,2}):(\\d{2})(?::(\\d{2}))? ?([AP]M)")),
         3, 1, 2, 4, 5, 6, 7, true},
        // IIS (US short): 6/4/2010 10:30 AM
        {QRegularExpression(QStringLiteral(
             "(\\d{1,2})/(\\d{1,2})/(\\d{4}) +(\\d{1,2}):(\\d{2})(?::(\\d{2}))? ?([AP]M)?")),
         3, 1, 2, 4, 5, 6, 7, false},
    };
    for (const Pattern &p : patterns) {
        const QRegularExpressionMatch m = p.re.match(text);
        if (!m.hasMatch())
            continue;
        const int year = m.captured(p.y).toInt();
        const int month = p.monthName ? monthOf(m.captured(p.mo)) : m.captured(p.mo).toInt();
        const int day = m.captured(p.d).toInt();
        int hour = m.captured(p.h).toInt();
        const int minute = m.captured(p.mi).toInt();
        const int second = p.s ? m.captured(p.s).toInt() : 0;
        if (p.ampm && !m.captured(p.ampm).isEmpty()) {
            const bool pm = m.captured(p.ampm).toUpper() == QLatin1String("PM");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        const QDateTime dt(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
        if (!dt.isValid())
            continue;
        text.remove(m.capturedStart(), m.capturedLength());
        return dt;
    }
    return {};
}

/// Finds a size ("3345", "3.3K", "1.2 MB", "<dir>", "-") in listing text.
void takeSize(const QString &text, ListingEntry &e) {
    static const QRegularExpression approx(
        QStringLiteral("(?:^|\\s)(\\d+(?:\\.\\d+)?) ?([KMGT])(?:i?B)?(?=\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression exact(QStringLiteral("(?:^|\\s)(\\d+)(?=\\s|$)"));
    QRegularExpressionMatch m = approx.match(text);
    if (m.hasMatch()) {
        static const QString units = QStringLiteral("KMGT");
        const int power = int(units.indexOf(m.captured(2).toUpper())) + 1;
        double bytes = m.captured(1).toDouble();
        for (int i = 0; i < power; ++i)
            bytes *= 1024;
        // "99999999999999999999T" does not fit a qint64: converting it is
        // undefined (a negative size with gcc). A size no disk holds is no
        // size (found by fuzz_directorylisting's UBSan build).
        if (bytes < 0x1p63) {
            e.size = qint64(bytes);
            e.sizeExact = false;
        }
        return;
    }
    m = exact.match(text);
    if (m.hasMatch()) {
        // Too many digits for a qint64 is unknown, not an exact 0.
        bool ok = false;
        const qint64 size = m.captured(1).toLongLong(&ok);
        if (ok) {
            e.size = size;
            e.sizeExact = true;
        }
    }
}

} // namespace

QString unsafeNameReason(const QString &name) {
    if (name.isEmpty())
        return QCoreApplication::translate("Plenary::DirectoryListing", "empty name");
    if (name == QLatin1String("."))
        return QCoreApplication::translate("Plenary::DirectoryListing", "the name is '.'");
    if (name.contains(QLatin1String("..")))
        return QCoreApplication::translate("Plenary::DirectoryListing", "the name contains '..'");
    if (name.contains(QLatin1Char('/')))
        return QCoreApplication::translate("Plenary::DirectoryListing",
                                           "the name contains a slash");
    if (name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("Plenary::DirectoryListing",
                                           "the name contains a backslash");
    for (QChar c : name) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            return QCoreApplication::translate("Plenary::DirectoryListing",
                                               "the name contains a control character");
        // Right-to-left overrides and isolates make "fdp.exe" look like "exe.pdf".
        if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e ||
            u == 0x200f)
            return QCoreApplication::translate(
                "Plenary::DirectoryListing", "the name contains a bidirectional control character");
    }
    // Digits that pass for 0-9 but are not: "FG-Smart-I-００42.pdf" is not
    // document 0042. Those whose compatibility form (NFKC) is an ASCII digit
    // (fullwidth, mathematical, superscript...) are refused where they
    // would make a document number: with them read as 0-9, the name reads
    // as another number than it is. "第２回会合資料.pdf" keeps its fullwidth
    // 2; other compatibility characters ("Nº", "™", a no-break space) are
    // left alone. Another script's digits are that script's numbers
    // ("تقرير ٢٠١٠"); in one number with ASCII digits ("I-٠٠42") they are a
    // disguise too (said second: fullwidth digits are another script's as
    // well, and "only look like" says more).
    QString folded;
    bool foldedDigit = false;
    bool asciiInRun = false, otherInRun = false, mixedRun = false;
    for (const char32_t c : name.toUcs4()) { // a lone surrogate is U+FFFD here
        if (c >= '0' && c <= '9')
            asciiInRun = true;
        else if (QChar::category(c) == QChar::Number_DecimalDigit)
            otherInRun = true;
        else
            asciiInRun = otherInRun = false;
        mixedRun = mixedRun || (asciiInRun && otherInRun);
        const QString one = QString::fromUcs4(&c, 1);
        const QString compat = c < 0x80 ? one : one.normalized(QString::NormalizationForm_KC);
        if (c >= 0x80 && compat.size() == 1 && compat.at(0) >= QLatin1Char('0') &&
            compat.at(0) <= QLatin1Char('9')) {
            folded += compat;
            foldedDigit = true;
        } else {
            folded += one;
        }
    }
    if (foldedDigit) {
        const FileNameInfo asIs = parseFileName(name);
        const FileNameInfo looksLike = parseFileName(folded);
        if (looksLike.recognized && (!asIs.recognized || asIs.number != looksLike.number))
            return QCoreApplication::translate("Plenary::DirectoryListing",
                                               "the name has digits that only look like 0-9");
    }
    if (mixedRun)
        return QCoreApplication::translate("Plenary::DirectoryListing",
                                           "the name mixes digits of different scripts");
    if (name.size() > 255)
        return QCoreApplication::translate("Plenary::DirectoryListing",
                                           "the name is longer than 255 characters");
    return {};
}

Listing parseListing(const QByteArray &html, const QUrl &folder) {
    Listing listing;
    QUrl base = folder;
    QString basePath = base.path(QUrl::FullyEncoded);
    if (!basePath.endsWith(QLatin1Char('/'))) {
        basePath += QLatin1Char('/');
        base.setPath(basePath, QUrl::StrictMode);
    }
    const QString text = decodeHtml(html);
    static const QRegularExpression anchor(
        QStringLiteral(
            "<a\\s[^>]*?href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>(.*?)</a\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>|\\n|<tr[\\s>]"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nextAnchor(QStringLiteral("<a\\s|\\n|<br|</tr"),
                                               QRegularExpression::CaseInsensitiveOption);

    QHash<QString, qsizetype> byName;
    qsizetype previousEnd = 0;
    auto it = anchor.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype anchorStart = m.capturedStart();
        const qsizetype anchorEnd = m.capturedEnd();
        QString href = m.captured(1);
        if (href.isNull())
            href = m.captured(2);
        if (href.isNull())
            href = m.captured(3);
        href = unescapeEntities(href).trimmed();

        // The text around the link: after it (Apache, nginx, lighttpd) or,
        // for IIS, before it on the same line.
        // DontCheckSubjectString: the page was checked once; checking the
        // whole subject again at every link makes parsing quadratic.
        qsizetype after = nextAnchor
                              .match(text, anchorEnd, QRegularExpression::NormalMatch,
                                     QRegularExpression::DontCheckSubjectStringMatchOption)
                              .capturedStart();
        if (after < 0)
            after = text.size();
        QString around = stripTags(text.mid(anchorEnd, after - anchorEnd));
        // Search back only to the previous link: a regex lastIndexOf over the
        // whole page per link would make a 5,000-entry listing quadratic.
        const QString gap = text.mid(previousEnd, anchorStart - previousEnd);
        const qsizetype breakAt = gap.lastIndexOf(lineBreak);
        const QString before = stripTags(breakAt >= 0 ? gap.mid(breakAt) : gap);
        previousEnd = anchorEnd;

        if (href.isEmpty() || href.startsWith(QLatin1Char('?')) ||
            href.startsWith(QLatin1Char('#')))
            continue;
        const QUrl link(href, QUrl::TolerantMode);
        if (!link.isValid())
            continue;
        if (!link.scheme().isEmpty() && link.scheme() != QLatin1String("http") &&
            link.scheme() != QLatin1String("https"))
            continue; // mailto:, javascript:, ftp: ...
        const QUrl url = base.resolved(link);
        if (url.scheme() != base.scheme() || url.host() != base.host() || url.port() != base.port())
            continue; // another host: not followed
        QUrl target = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        const QString path = target.path(QUrl::FullyEncoded);
        if (basePath.startsWith(path))
            continue; // the folder itself or a parent ("Parent Directory")
        if (!path.startsWith(basePath)) {
            listing.refused << QCoreApplication::translate("Plenary::DirectoryListing",
                                                           "%1: points outside the meeting folder")
                                   .arg(href);
            continue;
        }
        QString rest = path.mid(basePath.size());
        bool isFolder = false;
        if (rest.endsWith(QLatin1Char('/'))) {
            isFolder = true;
            rest.chop(1);
        }
        if (rest.contains(QLatin1Char('/')))
            continue; // deeper than a direct child: reached by recursion, not here
        const QString name = QUrl::fromPercentEncoding(rest.toUtf8());
        const QString reason = unsafeNameReason(name);
        if (!reason.isEmpty()) {
            listing.refused << QStringLiteral("%1: %2").arg(href, reason);
            continue;
        }

        ListingEntry e;
        e.name = name;
        e.url = target;
        e.isFolder = isFolder;
        QString meta = around;
        e.modified = takeDate(meta);
        if (!e.modified.isValid()) {
            meta = before;
            e.modified = takeDate(meta);
        }
        if (!isFolder && !meta.contains(QLatin1String("<dir>"), Qt::CaseInsensitive))
            takeSize(meta, e);

        const auto existing = byName.constFind(name);
        if (existing != byName.cend()) {
            // Apache's FancyIndexing links the icon and the name: keep one,
            // with whatever metadata the second link had next to it.
            ListingEntry &first = listing.entries[*existing];
            if (!first.modified.isValid())
                first.modified = e.modified;
            if (first.size < 0) {
                first.size = e.size;
                first.sizeExact = e.sizeExact;
            }
            continue;
        }
        byName.insert(name, listing.entries.size());
        listing.entries << e;
    }
    return listing;
}

} // namespace Plenary
