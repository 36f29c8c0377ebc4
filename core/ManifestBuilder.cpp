#include "ManifestBuilder.h"

#include "DirectoryListing.h"
#include "FileNameParser.h"
#include "MeetingJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>

namespace Plenary {

namespace {

constexpr qint64 kBlockSize = 1024 * 1024;
constexpr qint64 kFirstLineBytes = 64 * 1024;
constexpr qsizetype kMaxTitleLength = 300;

struct FoundFile {
    QString path; ///< absolute, to read titles from
    DocumentFile file;
};

/// A name as it may be shown: control and format characters (a
/// right-to-left override makes "fdp.exe" read "exe.pdf") become "<U+202E>".
QString printable(const QString &name) {
    QString out;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QStringLiteral("<U+%1>").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        else
            out += c;
    }
    return out;
}

QString slug(const QString &name) {
    // "Genève 2026" -> "geneve-2026": accents fall off with the decomposition.
    QString id = name.normalized(QString::NormalizationForm_KD).toLower();
    static const QRegularExpression marks(QStringLiteral("\\p{M}+"));
    id.remove(marks);
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    id.replace(other, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

QString shortTitle(const QString &text) {
    const QString t = text.simplified();
    return t.size() > kMaxTitleLength ? t.left(kMaxTitleLength) : t;
}

QString pdfTitle(const QString &path) {
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    const QString title = shortTitle(pdf.metaData(QPdfDocument::MetaDataField::Title).toString());
    // Word and PowerPoint put their own name and the source file there.
    static const QRegularExpression noise(
        QStringLiteral("^Microsoft \\w+ - |\\.(docx?|pptx?|xlsx?|odt|odp|rtf|pdf)$"),
        QRegularExpression::CaseInsensitiveOption);
    return noise.match(title).hasMatch() ? QString() : title;
}

QString firstTextLine(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(kFirstLineBytes);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    // Latin-1 otherwise, as TextExtractor reads them (a cut multi-byte
    // character at the end of the block is not an error).
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n]"));
    for (const QString &line : text.split(lineBreak, Qt::SkipEmptyParts))
        if (const QString t = shortTitle(line); !t.isEmpty())
            return t;
    return {};
}

QString titleFromFiles(const QList<FoundFile> &files) {
    // Only what core already reads: QtPdf's metadata (TextExtractor's
    // library) and plain text; office formats would need a conversion.
    for (const FoundFile &f : files)
        if (f.file.name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            if (const QString t = pdfTitle(f.path); !t.isEmpty())
                return t;
    for (const FoundFile &f : files)
        if (f.file.name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
            if (const QString t = firstTextLine(f.path); !t.isEmpty())
                return t;
    for (const FoundFile &f : files)
        if (const QString t = parseFileName(QFileInfo(f.file.name).fileName()).title; !t.isEmpty())
            return t;
    return {};
}

QString documentNumber(const QString &fileName) {
    // As a listing sync does: an unrecognised name is its own document,
    // under its base name.
    QString number = parseFileName(fileName).number.trimmed();
    if (number.isEmpty())
        number = baseName(fileName).trimmed();
    return number;
}

class Walker {
public:
    Walker(QString root, int maxDepth, const std::function<bool()> &cancelled, QStringList &skipped)
        : m_root(std::move(root))
        , m_maxDepth(maxDepth)
        , m_cancelled(cancelled)
        , m_skipped(skipped) {}

    /// False when cancelled.
    bool folder(const QString &path, const QString &relative, int depth);

    QMap<QString, QList<FoundFile>> byNumber;

private:
    bool file(const QFileInfo &info, const QString &relative);
    bool cancelled() const { return m_cancelled && m_cancelled(); }
    void skip(const QString &relative, const QString &reason) {
        m_skipped << ManifestBuilder::tr("%1: %2").arg(printable(relative), reason);
    }

    const QString m_root; ///< canonical, ends with '/'
    const int m_maxDepth;
    const std::function<bool()> &m_cancelled;
    QStringList &m_skipped;
};

bool Walker::folder(const QString &path, const QString &relative, int depth) {
    QFileInfoList entries = QDir(path).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::NoSort);
    // Code-point order, the same on every machine and locale.
    std::sort(entries.begin(), entries.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });
    for (const QFileInfo &info : std::as_const(entries)) {
        const QString name = info.fileName();
        const QString rel = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        if (name.startsWith(QLatin1Char('.')) ||
            (depth == 0 && name == QLatin1String("meeting.json")))
            continue;
        if (const QString reason = unsafeNameReason(name); !reason.isEmpty()) {
            skip(rel, reason);
            continue;
        }
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty()) {
                skip(rel, ManifestBuilder::tr("the link points to nothing"));
                continue;
            }
            if (!target.startsWith(m_root)) {
                skip(rel, ManifestBuilder::tr("the link points outside the folder"));
                continue;
            }
        }
        if (info.isDir()) {
            if (depth >= m_maxDepth)
                skip(rel + QLatin1Char('/'),
                     ManifestBuilder::tr("folders more than %n level(s) down are left out", nullptr,
                                         m_maxDepth));
            else if (!info.isReadable() || !info.isExecutable())
                skip(rel + QLatin1Char('/'), ManifestBuilder::tr("the folder cannot be read"));
            else if (!folder(info.filePath(), rel, depth + 1))
                return false;
            continue;
        }
        if (!info.isFile()) {
            skip(rel, ManifestBuilder::tr("not a regular file"));
            continue;
        }
        if (cancelled() || !file(info, rel))
            return false;
    }
    return true;
}

bool Walker::file(const QFileInfo &info, const QString &relative) {
    const QString number = documentNumber(info.fileName());
    if (number.isEmpty()) {
        skip(relative, ManifestBuilder::tr("no document number can be made from the name"));
        return true;
    }
    QFile in(info.filePath());
    if (!in.open(QIODevice::ReadOnly)) {
        skip(relative, in.errorString());
        return true;
    }
    // Streamed: meeting files reach 2 GB.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(kBlockSize, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (cancelled())
            return false;
        const qint64 n = in.read(block.data(), block.size());
        if (n < 0) {
            skip(relative, in.errorString());
            return true;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        total += n;
    }
    // A file still being copied in would be published with a checksum no
    // client could ever match.
    const QFileInfo after(info.filePath());
    if (total != info.size() || after.size() != info.size() ||
        after.lastModified() != info.lastModified()) {
        skip(relative, ManifestBuilder::tr("the file changed while it was read"));
        return true;
    }
    FoundFile found;
    found.path = info.filePath();
    found.file.name = relative;
    found.file.size = total;
    found.file.sha256 = QString::fromLatin1(hash.result().toHex());
    // meeting.json times have whole seconds: anything finer would not
    // survive a round trip.
    const QDateTime mtime = info.lastModified();
    if (mtime.isValid())
        found.file.mtime =
            QDateTime::fromSecsSinceEpoch(mtime.toSecsSinceEpoch(), QTimeZone::utc());
    byNumber[number] << found;
    return true;
}

QDateTime earliest(const QList<FoundFile> &files) {
    QDateTime first;
    for (const FoundFile &f : files)
        if (f.file.mtime.isValid() && (!first.isValid() || f.file.mtime < first))
            first = f.file.mtime;
    return first;
}

QList<DocumentFile> documentFiles(const QList<FoundFile> &files) {
    QList<DocumentFile> out;
    out.reserve(files.size());
    for (const FoundFile &f : files)
        out << f.file;
    return out;
}

} // namespace

ManifestBuilder::Result ManifestBuilder::build(const QString &dir,
                                               const std::optional<MeetingData> &base,
                                               const ManifestOptions &options,
                                               const std::function<bool()> &cancelled) {
    Result result;
    const QFileInfo rootInfo(dir);
    const QString shown = QDir::toNativeSeparators(dir);
    if (dir.isEmpty()) {
        result.error = tr("No folder was given.");
        return result;
    }
    if (!rootInfo.exists()) {
        result.error = tr("The folder %1 does not exist.").arg(shown);
        return result;
    }
    if (!rootInfo.isDir()) {
        result.error = tr("%1 is not a folder.").arg(shown);
        return result;
    }
    const QString canonical = rootInfo.canonicalFilePath();
    if (canonical.isEmpty() || !rootInfo.isReadable() || !rootInfo.isExecutable()) {
        result.error = tr("The folder %1 cannot be read.").arg(shown);
        return result;
    }

    const int depth = std::clamp(options.maxDepth, 0, MeetingJson::kMaxFolderDepth);
    Walker walker(canonical.endsWith(QLatin1Char('/')) ? canonical : canonical + QLatin1Char('/'),
                  depth, cancelled, result.skipped);
    if (!walker.folder(canonical, {}, 0)) {
        result.error = tr("Cancelled.");
        return result;
    }

    MeetingData m;
    if (base) {
        // The manifest part only: session state and private notes are not
        // the secretariat's to publish.
        m.meeting = base->meeting;
        m.agenda = base->agenda;
        m.workingGroups = base->workingGroups;
        m.documents = base->documents;
    } else {
        const QString name = QFileInfo(canonical).fileName();
        m.meeting.title = name.isEmpty() ? canonical : name;
        m.meeting.id = slug(m.meeting.title);
        if (m.meeting.id.isEmpty())
            m.meeting.id = QStringLiteral("meeting");
    }
    QSet<QString> known;
    for (Document &d : m.documents) {
        known.insert(d.number);
        const QList<FoundFile> found = walker.byNumber.value(d.number);
        d.files = documentFiles(found);
        d.addedInSession = false;
        if (!d.received.isValid())
            d.received = earliest(found);
        if (d.title.isEmpty())
            d.title = titleFromFiles(found);
    }
    for (auto it = walker.byNumber.cbegin(); it != walker.byNumber.cend(); ++it) {
        if (known.contains(it.key()))
            continue;
        Document d;
        d.number = it.key();
        d.type = parseFileName(QFileInfo(it->first().file.name).fileName()).type;
        d.title = titleFromFiles(*it);
        d.received = earliest(*it);
        d.files = documentFiles(*it);
        m.documents << d;
    }

    // Publish only what every client will accept: a base that references
    // an unknown agenda item, say, is better refused here than by them.
    const auto check =
        MeetingJson::parse(MeetingJson::serialize(m), QStringLiteral("meeting.json"));
    if (!check.meeting) {
        result.error = tr("The manifest made from %1 is not valid: %2").arg(shown, check.error);
        return result;
    }
    result.meeting = std::move(m);
    return result;
}

} // namespace Plenary
