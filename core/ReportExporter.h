#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Plenary {

/// Writes a report's Markdown as PDF (QPdfWriter, A4, page numbers, fonts
/// that cover Cyrillic, Chinese and Arabic where the system has them), ODT
/// (QTextDocumentWriter) or the Markdown itself. PDF and ODT need a
/// QGuiApplication (fonts); plenary-cli makes one on the offscreen platform.
class ReportExporter {
    Q_DECLARE_TR_FUNCTIONS(Plenary::ReportExporter)
public:
    enum class Format { Pdf, Odt, Markdown };

    /// "pdf", "odt", "md" (or "markdown"), any case.
    static std::optional<Format> formatFromName(const QString &name);
    /// From a file name's extension.
    static std::optional<Format> formatFromFileName(const QString &fileName);
    static QString extension(Format format);
    /// A file name for an output titled @p title ("FG-Smart-LS-001",
    /// "Meeting report"): letters, digits, dots and dashes, and the
    /// format's extension.
    static QString suggestedFileName(const QString &title, Format format);

    /// Writes @p markdown to @p path as @p format. Atomic: on failure
    /// (reported in @p error) nothing is left at @p path and a file already
    /// there is untouched. @p title goes into the PDF's metadata.
    static bool write(const QString &markdown, const QString &title, Format format,
                      const QString &path, QString *error);
};

} // namespace Plenary
