#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Plenary {

namespace {
// Qt decides the layout direction from this message; qtbase's own catalogue
// has it, but Debian ships that separately (qt6-translations-l10n), so each
// of Plenary's catalogues carries it too: "RTL" in Arabic, "LTR" elsewhere.
// The disambiguation must be Qt's, word for word, for Qt to find it.
constexpr struct {
    const char *source;
    const char *comment;
} kLayoutDirection = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");
} // namespace

bool installTranslators(QCoreApplication *app, const QString &language) {
    auto install = [app](const QLocale &locale, const QString &name, const QString &dir) {
        auto *t = new QTranslator(app);
        if (t->load(locale, name, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(t);
            return true;
        }
        delete t;
        return false;
    };
    // Installed last is searched first: English plurals go in first.
    install(QLocale(QLocale::English), QStringLiteral("plenary"), QStringLiteral(":/plenary/i18n"));
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(locale, QStringLiteral("plenary"), QStringLiteral(":/plenary/i18n"));
}

Qt::LayoutDirection translatedLayoutDirection() {
    return QCoreApplication::translate("QGuiApplication", kLayoutDirection.source,
                                       kLayoutDirection.comment) == QLatin1String("RTL")
               ? Qt::RightToLeft
               : Qt::LeftToRight;
}

} // namespace Plenary
