#include "SearchIndexer.h"

#include "OfficeConverter.h"
#include "Store.h"
#include "TextExtractor.h"

#include <QDir>
#include <QFileInfo>

namespace Plenary {

namespace {
QString signatureOf(const QFileInfo &info) {
    return QStringLiteral("%1:%2")
        .arg(info.size())
        .arg(info.lastModified().toUTC().toMSecsSinceEpoch());
}
} // namespace

SearchIndexer::SearchIndexer(Store &store, DataPaths paths, OfficeConverter *converter)
    : m_store(store)
    , m_paths(std::move(paths))
    , m_converter(converter) {}

bool SearchIndexer::canRead(const QString &path) const {
    if (TextExtractor::canExtract(path))
        return true;
    return m_converter && m_converter->isAvailable() &&
           TextExtractor::kindOf(path) == TextExtractor::Kind::Office;
}

SearchIndexer::Result SearchIndexer::update(const QString &meetingId,
                                            const ProgressCallback &progress,
                                            const CancelCheck &cancelled) {
    Result r;
    const auto meeting = m_store.loadMeeting(meetingId);
    if (!meeting) {
        r.error = m_store.lastError();
        return r;
    }
    const QString root = m_paths.documentsDir(meetingId);

    // Every local file of the meeting, by path under the documents folder.
    const QHash<QString, QStringList> local = m_store.localFiles(meetingId);
    struct Candidate {
        QString number, path, signature;
    };
    QList<Candidate> toRead;
    QSet<QString> present;
    const QHash<QString, IndexedFile> indexed = m_store.indexedFiles(meetingId);
    for (const Document &d : meeting->documents) {
        for (const QString &path : local.value(d.number)) {
            const QFileInfo info(QDir(root).filePath(path));
            if (!info.isFile())
                continue; // not downloaded (yet)
            if (!canRead(path)) {
                ++r.skipped;
                continue;
            }
            present.insert(path);
            const QString signature = signatureOf(info);
            const auto it = indexed.constFind(path);
            if (it != indexed.cend() && it->signature == signature && it->number == d.number) {
                ++r.unchanged;
                if (!it->error.isEmpty()) // still unreadable: still reported
                    r.failures << QStringLiteral("%1 (%2): %3").arg(d.number, path, it->error);
                continue;
            }
            toRead.append({d.number, path, signature});
        }
    }
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        if (!m_store.removeIndexedFile(meetingId, it.key())) {
            r.error = m_store.lastError();
            return r;
        }
        ++r.removed;
    }

    for (int i = 0; i < toRead.size(); ++i) {
        const Candidate &c = toRead.at(i);
        if (progress && !progress({i, int(toRead.size()), c.path})) {
            r.cancelled = true;
            return r;
        }
        const QString source = QDir(root).filePath(c.path);
        TextExtractor::Result text;
        if (TextExtractor::kindOf(c.path) == TextExtractor::Kind::Office) {
            // Its text is the text of the PDF the reader shows for it.
            const OfficeConverter::Result pdf = m_converter->convert(source, cancelled);
            if (pdf.cancelled) {
                r.cancelled = true;
                return r;
            }
            if (pdf.ok()) {
                text = TextExtractor::extract(pdf.pdfPath);
            } else if (pdf.retry) {
                // LibreOffice's or the machine's trouble (a time limit, no
                // room): not recorded, so the next run tries again.
                r.failures << QStringLiteral("%1 (%2): %3").arg(c.number, c.path, pdf.error);
                continue;
            } else {
                text.error = pdf.error;
            }
        } else {
            text = TextExtractor::extract(source);
        }
        IndexedFile file;
        file.number = c.number;
        file.path = c.path;
        file.signature = c.signature;
        file.error = text.error;
        // A file that cannot be read is recorded too (with why), so that it
        // is not read again until it changes.
        if (!m_store.saveIndexedFile(meetingId, file, text.pages)) {
            r.error = m_store.lastError();
            return r;
        }
        if (text.ok()) {
            ++r.indexed;
            r.pages += int(text.pages.size());
        } else {
            r.failures << QStringLiteral("%1 (%2): %3").arg(c.number, c.path, text.error);
        }
    }
    if (progress)
        progress({int(toRead.size()), int(toRead.size()), {}});
    return r;
}

} // namespace Plenary
