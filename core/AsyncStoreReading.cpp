// AsyncStore's reading: a document's file read from disk on the worker
// thread for the reader, and the page it was left at.
#include "AsyncStore.h"

#include "FileVersion.h"
#include "OfficeConverter.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Plenary {

namespace {
// PDFs larger than this are not read into memory for the reader.
constexpr qint64 kMaxReaderBytes = qint64(512) * 1024 * 1024;

// The file to show: a PDF first, then a text format, then anything else
// (for the system's application). Only files that are on disk.
QString bestFile(const QStringList &files, const QString &root) {
    for (const auto kind :
         {TextExtractor::Kind::Pdf, TextExtractor::Kind::Text, TextExtractor::Kind::Office,
          TextExtractor::Kind::Archive, TextExtractor::Kind::Other})
        for (const QString &f : files)
            if (TextExtractor::kindOf(f) == kind && QFileInfo(QDir(root).filePath(f)).isFile())
                return f;
    return {};
}

// The bytes of a file for the reader, or why not (in @p error).
QByteArray readForReader(const QString &path, const QString &name, qint64 limit, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        *error = AsyncStore::tr("Cannot read %1: %2").arg(name, file.errorString());
    else if (file.size() > limit)
        *error = AsyncStore::tr("%1 is too large to open here (%2 MB).")
                     .arg(name)
                     .arg(file.size() / (1024 * 1024));
    else
        return file.readAll();
    return {};
}
} // namespace

void AsyncStore::openDocument(const QString &number, const QString &file) {
    QMetaObject::invokeMethod(m_worker, [this, number, file] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        OpenedDocument d;
        d.number = number;
        const QString root = m_paths.documentsDir(m_currentMeetingId);
        const QStringList local = m_store->localFiles(m_currentMeetingId, number);
        d.fileName = local.contains(file) && QFileInfo(QDir(root).filePath(file)).isFile()
                         ? file
                         : bestFile(local, root);
        if (d.fileName.isEmpty()) {
            d.error = tr("%1 has no local copy yet: sync the meeting to read it.").arg(number);
            emit documentOpened(d);
            return;
        }
        d.path = QDir(root).filePath(d.fileName);
        d.kind = TextExtractor::kindOf(d.fileName);
        readContent(d);
        if (const auto page = m_store->readingPosition(m_currentMeetingId, number)) {
            d.page = *page;
            d.firstTime = false;
        }
        if (d.error.isEmpty() && !m_store->saveReadingPosition(m_currentMeetingId, number, d.page))
            d.error = m_store->lastError();
        finishOpening(d);
    });
}

void AsyncStore::readContent(OpenedDocument &d) {
    const QString name = d.member.isEmpty() ? d.fileName : d.member;
    if (d.kind == TextExtractor::Kind::Pdf || d.kind == TextExtractor::Kind::Text) {
        d.bytes = readForReader(d.path, name,
                                d.kind == TextExtractor::Kind::Pdf ? kMaxReaderBytes
                                                                   : TextExtractor::kMaxTextBytes,
                                &d.error);
    } else if (d.kind == TextExtractor::Kind::Archive) {
        if (!d.member.isEmpty()) {
            d.error = tr("%1 is an archive inside the archive: it is not opened.").arg(name);
            return;
        }
        const ZipArchive::Listing listing = ZipArchive::list(d.path);
        d.error = listing.error;
        d.members = listing.members;
    }
}

void AsyncStore::finishOpening(const OpenedDocument &d) {
    // Without LibreOffice the reader offers the system's application.
    if (d.error.isEmpty() && d.kind == TextExtractor::Kind::Office &&
        !OfficeConverter::findProgram().isEmpty())
        convertForReader(d);
    else
        emit documentOpened(d);
}

void AsyncStore::openArchiveMember(const QString &number, const QString &archive,
                                   const QString &member) {
    QMetaObject::invokeMethod(m_worker, [this, number, archive, member] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        OpenedDocument d;
        d.number = number;
        d.fileName = archive;
        d.member = member;
        d.kind = TextExtractor::kindOf(member);
        // Only an archive of this document, as the store knows its files.
        if (!m_store->localFiles(m_currentMeetingId, number).contains(archive)) {
            d.error = tr("%1 is not a file of %2.").arg(archive, number);
            emit documentOpened(d);
            return;
        }
        const QString zip = QDir(m_paths.documentsDir(m_currentMeetingId)).filePath(archive);
        // Members go to the cache, in a folder per version of the archive.
        const ZipArchive::Extracted x = ZipArchive::extract(
            zip, member, m_paths.cacheDir() + QStringLiteral("/archives/") + fileVersionKey(zip));
        if (!x.ok()) {
            d.error = x.error;
            emit documentOpened(d);
            return;
        }
        d.path = x.path;
        readContent(d);
        finishOpening(d);
    });
}

void AsyncStore::notesWritten(bool ok, qint64 savedNote) {
    if (!ok) {
        emit noteWriteFailed(m_store->lastError());
        emit failed(tr("Your note or position was not kept: %1").arg(m_store->lastError()));
        return;
    }
    QList<Note> notes;
    QHash<QString, Position> positions;
    if (!m_store->notesAndPositions(m_currentMeetingId, &notes, &positions)) {
        emit noteWriteFailed(m_store->lastError());
        emit failed(m_store->lastError());
        return;
    }
    for (const Note &n : std::as_const(notes))
        if (savedNote != 0 && n.id == savedNote)
            emit noteSaved(n);
    emit notesChanged(notes, positions);
}

void AsyncStore::saveNote(const Note &note) {
    QMetaObject::invokeMethod(m_worker, [this, note] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        Note saved = note;
        saved.updated = {}; // now, by the store's clock
        const qint64 id = m_store->saveNote(m_currentMeetingId, saved);
        notesWritten(id != 0, id);
    });
}

void AsyncStore::removeNote(qint64 id) {
    QMetaObject::invokeMethod(m_worker, [this, id] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        notesWritten(m_store->removeNote(m_currentMeetingId, id));
    });
}

void AsyncStore::setPosition(const QString &number, std::optional<Position> position) {
    QMetaObject::invokeMethod(m_worker, [this, number, position] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        notesWritten(m_store->setPosition(m_currentMeetingId, number, position));
    });
}

void AsyncStore::search(const QString &query, int limit) {
    QMetaObject::invokeMethod(m_worker, [this, query, limit] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        const auto hits = m_store->search(m_currentMeetingId, query, limit);
        emit searchFinished(query, hits.value_or(QList<SearchHit>()),
                            hits ? QString() : m_store->lastError());
    });
}

void AsyncStore::convertForReader(const OpenedDocument &document) {
    emit documentConverting(document.number, document.fileName);
    QMetaObject::invokeMethod(m_convertWorker, [this, d = document]() mutable {
        if (!m_converter)
            m_converter = std::make_unique<OfficeConverter>(m_paths.cacheDir());
        const OfficeConverter::Result r =
            m_converter->convert(d.path, [this] { return bool(m_quitting); });
        if (r.cancelled)
            return;
        if (!r.ok()) {
            d.conversionError = r.error;
            emit documentOpened(d);
            return;
        }
        d.bytes = readForReader(r.pdfPath, tr("The PDF of %1").arg(d.fileName), kMaxReaderBytes,
                                &d.conversionError);
        if (d.conversionError.isEmpty())
            d.convertedPdf = r.pdfPath;
        emit documentOpened(d);
    });
}

void AsyncStore::saveReadingPosition(const QString &number, int page) {
    QMetaObject::invokeMethod(m_worker, [this, number, page] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        if (!m_store->saveReadingPosition(m_currentMeetingId, number, page))
            emit failed(m_store->lastError());
    });
}

} // namespace Plenary
