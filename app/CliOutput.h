#pragma once

// How plenary-cli's commands speak: translated text, one-line errors on
// stderr, exit code 1 for a failure and 2 for bad usage.

#include <QCoreApplication>
#include <QTextStream>

namespace Plenary::Cli {

// lupdate files the texts of this tr() under the namespace's name.
inline QString tr(const char *text) {
    return QCoreApplication::translate("Plenary::Cli", text);
}

inline int usage(QTextStream &err, const QString &what) {
    err << "plenary-cli: " << what << Qt::endl;
    return 2;
}

inline int failed(QTextStream &err, const QString &what) {
    err << "plenary-cli: " << what << Qt::endl;
    return 1;
}

} // namespace Plenary::Cli
