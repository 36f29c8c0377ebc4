#pragma once

#include <QString>
#include <Qt>

class QCoreApplication;

namespace Plenary {

/// Installs Plenary's and Qt's catalogues for @p language (a BCP 47 name
/// such as "ru" or "zh_CN"; empty: the system's UI languages) and makes it
/// the default QLocale when given, so that dates and numbers follow. The
/// English plural forms are always installed first, so that "%n document(s)"
/// reads "1 document" / "3 documents" when no other catalogue has the string.
/// Returns true when a Plenary catalogue other than English was installed.
bool installTranslators(QCoreApplication *app, const QString &language = {});

/// The layout direction the installed catalogues ask for: right-to-left for
/// Arabic. (Qt reads the same message; asking it here lets the application
/// set the direction before its first window exists.)
Qt::LayoutDirection translatedLayoutDirection();

} // namespace Plenary
