#pragma once

#include <QString>

#include <memory>

class QPalette;
class QTextDocument;

namespace Plenary {

/// Syntax highlighting of a text document by KF6 SyntaxHighlighting, in a
/// theme that follows the palette (light or dark); does nothing in builds
/// without KF6 (Debian 12), where text stays plain.
class TextHighlighter {
public:
    explicit TextHighlighter(QTextDocument *document);
    ~TextHighlighter();
    TextHighlighter(const TextHighlighter &) = delete;
    TextHighlighter &operator=(const TextHighlighter &) = delete;

    /// The syntax by name ("Markdown") or for a file name ("module.asn").
    void setSyntax(const QString &name);
    void setSyntaxForFile(const QString &fileName);
    /// Picks the light or dark theme for @p palette and highlights again.
    void followPalette(const QPalette &palette);
    /// The syntax in use ("ASN.1"); empty when the text is plain.
    QString syntaxName() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Plenary
