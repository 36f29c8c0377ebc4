#include "Features.h"

#include <QCoreApplication>

#ifdef PLENARY_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#endif

namespace Plenary::Features {

bool hasSyntaxHighlighting() {
#ifdef PLENARY_HAVE_SYNTAX_HIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString syntaxHighlightingLine() {
#ifdef PLENARY_HAVE_SYNTAX_HIGHLIGHTING
    // Loading the repository proves the library and its definitions are
    // really there, not just linked.
    KSyntaxHighlighting::Repository repository;
    return QCoreApplication::translate("Features",
                                       "Syntax highlighting: available (KF6 "
                                       "SyntaxHighlighting %1, %n syntax definition(s))",
                                       nullptr, int(repository.definitions().size()))
        .arg(QStringLiteral(PLENARY_KF6_SYNTAX_VERSION));
#else
    return QCoreApplication::translate(
        "Features", "Syntax highlighting: not available (built without KF6 "
                    "SyntaxHighlighting); text documents are shown as plain text");
#endif
}

} // namespace Plenary::Features
