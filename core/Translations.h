#pragma once

#include <QString>

class QCoreApplication;

namespace Plenary {

/// Installs Plenary's and Qt's catalogues for @p language (a BCP 47 name
/// such as "ru" or "zh_CN"; empty: the system's UI languages). The English
/// plural forms are always installed first, so that "%n document(s)" reads
/// "1 document" / "3 documents" when no other catalogue has the string.
void installTranslators(QCoreApplication *app, const QString &language = {});

} // namespace Plenary
