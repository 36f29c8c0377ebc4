#pragma once

#include "Vocabulary.h"

#include <QString>

namespace Plenary {

/// What a file name says about the document it belongs to, when there is no
/// manifest: "FG-Smart-I-0012_Use-case.docx" is document FG-Smart-I-0012,
/// titled "Use case". Files of one document (pdf, docx, zip) share the number.
struct FileNameInfo {
    QString number;          ///< the document number, or the base name when none is found
    bool recognized = false; ///< true when a number pattern was found
    QString title;           ///< words after the number, if any
    DocumentType type = DocumentType::Contribution;
};

/// Parses names such as FG-Smart-I-0012.docx, T17-SG17-C-0123!!MSW-E.docx,
/// R1-2401234.zip, TD-0012, FG-Smart-I-0012r1.pdf.
///
/// The number is the shortest prefix that holds a letter and ends in a run
/// of at least three digits (with an optional revision suffix "r1", "Rev1")
/// followed by the end of the name or a separator. ITU's "!" suffixes and
/// the extension are dropped first.
FileNameInfo parseFileName(const QString &fileName);

/// The name without its extension (".pdf", ".docx", ".tar.gz").
QString baseName(const QString &fileName);

} // namespace Plenary
