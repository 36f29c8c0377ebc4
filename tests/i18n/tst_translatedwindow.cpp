#include "AsyncStore.h"
#include "DocumentTableView.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Translators.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Plenary;

// The window as a delegate sees it in another language, from the catalogues
// the build embeds (a missing or broken catalogue shows English here).
class TestTranslatedWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void uninstallTranslators() {
        PlenaryTest::removeTranslators();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    static QStringList menuTitles(MainWindow &window) {
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text().remove(QLatin1Char('&'));
        return titles;
    }

    static bool allInScript(const QStringList &texts, QChar::Script script) {
        for (const QString &t : texts) {
            bool found = false;
            for (QChar c : t)
                found = found || c.script() == script;
            if (!found)
                return false;
        }
        return !texts.isEmpty();
    }

    static void screenshot(QWidget *w, const QString &name) {
        const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
        QTest::qWait(300);
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<MainWindow> openWindow(const QString &name, AsyncStore &store,
                                           QSettings &settings) {
        auto window = std::make_unique<MainWindow>(&store, &settings);
        QSignalSpy shown(window.get(), &MainWindow::meetingShown);
        window->resize(1280, 800);
        window->show();
        if (!shown.wait(30000))
            return nullptr;
        screenshot(window.get(), name);
        return window;
    }

private Q_SLOTS:
    void arabicIsRightToLeft() {
        uninstallTranslators();
        QVERIFY(installTranslators(qApp, QStringLiteral("ar")));
        // Qt itself finds the direction in our catalogue (Debian ships
        // qtbase's own separately): the message and its disambiguation match.
        QTRY_COMPARE(qApp->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(translatedLayoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Arabic);

        QSettings settings(m_dir.filePath(QStringLiteral("ar.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(m_dir.filePath(QStringLiteral("ar"))));
        auto window = openWindow(QStringLiteral("plenary-arabic"), store, settings);
        QVERIFY(window);
        QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window->agendaView()->layoutDirection(), Qt::RightToLeft);
        const QStringList menus = menuTitles(*window);
        QCOMPARE(menus.size(), 7);
        QVERIFY2(allInScript(menus, QChar::Script_Arabic), qPrintable(menus.join(u' ')));
        QCOMPARE(menus.first(), QStringLiteral("ملف"));
        // The File menu starts at the right-hand edge.
        QMenuBar *bar = window->menuBar();
        QVERIFY(bar->actionGeometry(bar->actions().first()).left() > bar->width() / 2);
        // The agenda (the first pane) is on the right, the documents left of it.
        const int agenda = window->agendaView()->mapTo(window.get(), QPoint(0, 0)).x();
        const int documents = window->documentView()->mapTo(window.get(), QPoint(0, 0)).x();
        QVERIFY2(agenda > documents,
                 qPrintable(QStringLiteral("%1 %2").arg(agenda).arg(documents)));
    }

    void russianMenusFollowTheCircular() {
        uninstallTranslators();
        QCoreApplication::processEvents();
        qApp->setLayoutDirection(Qt::LeftToRight);
        QVERIFY(installTranslators(qApp, QStringLiteral("ru")));
        QCOMPARE(translatedLayoutDirection(), Qt::LeftToRight);
        QSettings settings(m_dir.filePath(QStringLiteral("ru.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(m_dir.filePath(QStringLiteral("ru"))));
        auto window = openWindow(QStringLiteral("plenary-russian"), store, settings);
        QVERIFY(window);
        QCOMPARE(window->layoutDirection(), Qt::LeftToRight);
        const QStringList menus = menuTitles(*window);
        QVERIFY2(allInScript(menus, QChar::Script_Cyrillic), qPrintable(menus.join(u' ')));
        QCOMPARE(menus.value(0), QStringLiteral("Файл"));
        QCOMPARE(menus.value(3), QStringLiteral("Собрание"));
        // The seed circular's terms.
        QCOMPARE(QCoreApplication::translate("Plenary::AgendaModel", "Item"),
                 QStringLiteral("Пункт"));
        const QString item =
            QCoreApplication::translate("Plenary::SessionController", "&Previous Agenda Item");
        QVERIFY2(item.contains(QStringLiteral("повестки дня")), qPrintable(item));
    }

    void theSystemLanguageIsFollowed() {
        uninstallTranslators();
        QCoreApplication::processEvents();
        qApp->setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // "the system"
        QVERIFY(installTranslators(qApp));
        QCOMPARE(QCoreApplication::translate("Plenary::MainWindow", "&File").remove(u'&'),
                 QStringLiteral("Fichier"));
        // English, and an unknown language, install no catalogue but the
        // plural forms: the source text shows.
        uninstallTranslators();
        QVERIFY(!installTranslators(qApp, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Plenary::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("Plenary::AgendaModel", "%n document(s) allocated",
                                             nullptr, 1),
                 QStringLiteral("1 document allocated"));
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
