#pragma once

#include <QDateTime>
#include <QString>

namespace Plenary {

/// A file of the meeting as the full-text index has it.
struct IndexedFile {
    QString number;
    QString path;      ///< relative to the meeting's documents folder
    QString signature; ///< size and modification time when it was read
    int pages = 0;
    QString error; ///< why its text could not be read; empty when it was
    QDateTime indexedAt;
};

/// One place where a search found its words.
struct SearchHit {
    /// Around the words found, in a snippet.
    static constexpr QChar kMatchStart = QChar(0x2);
    static constexpr QChar kMatchEnd = QChar(0x3);

    QString number;
    QString path;
    int page = 0; ///< 1-based; 1 for a text file
    QString snippet;
    double rank = 0; ///< lower is better (bm25)
};

} // namespace Plenary

#include <QMetaType>
Q_DECLARE_METATYPE(Plenary::SearchHit)
