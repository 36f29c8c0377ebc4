#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Plenary {

void installTranslators(QCoreApplication *app, const QString &language) {
    auto install = [app](const QLocale &locale, const QString &name, const QString &dir) {
        auto *t = new QTranslator(app);
        if (t->load(locale, name, QStringLiteral("_"), dir))
            QCoreApplication::installTranslator(t);
        else
            delete t;
    };
    // Installed last is searched first: English plurals go in first.
    install(QLocale(QLocale::English), QStringLiteral("plenary"), QStringLiteral(":/plenary/i18n"));
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(locale, QStringLiteral("plenary"), QStringLiteral(":/plenary/i18n"));
}

} // namespace Plenary
