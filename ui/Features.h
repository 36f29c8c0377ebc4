#pragma once

#include <QString>

namespace Plenary::Features {

/// Whether this build highlights text documents (KF6 SyntaxHighlighting).
bool hasSyntaxHighlighting();
/// One translated line for the About dialog, e.g. "Syntax highlighting:
/// available (KF6 SyntaxHighlighting 6.13.0, 312 syntax definitions)".
QString syntaxHighlightingLine();

} // namespace Plenary::Features
