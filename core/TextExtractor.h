#pragma once

#include <QString>
#include <QStringList>

namespace Plenary {

/// The text of a document file for the full-text index, page by page:
/// PDFs through QtPdf, text formats (.txt .md .xml .asn .yang .json .csv
/// .c .h .py ...) as one page. Nothing in a file is ever executed; a file
/// that cannot be read gives an error, not a crash.
class TextExtractor {
public:
    enum class Kind { Pdf, Text, Office, Archive, Other };

    struct Result {
        QStringList pages; ///< the text of each page (one for text formats)
        QString error;     ///< why there is none; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    static Kind kindOf(const QString &fileName);
    /// Whether extract() can read files of this kind (office formats and
    /// archives need a conversion first).
    static bool canExtract(const QString &fileName);
    static Result extract(const QString &path);

    /// Text files larger than this are indexed up to this size.
    static constexpr qint64 kMaxTextBytes = 16 * 1024 * 1024;
};

} // namespace Plenary
