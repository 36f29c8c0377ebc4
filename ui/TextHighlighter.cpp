#include "TextHighlighter.h"

#include <QPalette>
#include <QPointer>
#include <QTextDocument>

#ifdef PLENARY_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Plenary {

#ifdef PLENARY_HAVE_SYNTAX_HIGHLIGHTING
struct TextHighlighter::Private {
    KSyntaxHighlighting::Repository repository;
    // A child of the document; gone first when the document goes first.
    QPointer<KSyntaxHighlighting::SyntaxHighlighter> highlighter;

    // The highlighter's definition refers to the repository: it goes first.
    ~Private() { delete highlighter.data(); }
};

TextHighlighter::TextHighlighter(QTextDocument *document)
    : d(std::make_unique<Private>()) {
    d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
}

TextHighlighter::~TextHighlighter() = default;

void TextHighlighter::setSyntax(const QString &name) {
    d->highlighter->setDefinition(d->repository.definitionForName(name));
    d->highlighter->rehighlight();
}

void TextHighlighter::setSyntaxForFile(const QString &fileName) {
    d->highlighter->setDefinition(d->repository.definitionForFileName(fileName));
    d->highlighter->rehighlight();
}

void TextHighlighter::followPalette(const QPalette &palette) {
    using KSyntaxHighlighting::Repository;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    d->highlighter->setTheme(
        d->repository.defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme));
    d->highlighter->rehighlight();
}

QString TextHighlighter::syntaxName() const {
    return d->highlighter->definition().isValid() ? d->highlighter->definition().name() : QString();
}
#else
struct TextHighlighter::Private {};

TextHighlighter::TextHighlighter(QTextDocument *) {}
TextHighlighter::~TextHighlighter() = default;
void TextHighlighter::setSyntax(const QString &) {}
void TextHighlighter::setSyntaxForFile(const QString &) {}
void TextHighlighter::followPalette(const QPalette &) {}
QString TextHighlighter::syntaxName() const {
    return {};
}
#endif

} // namespace Plenary
