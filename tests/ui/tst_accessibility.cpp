#include "AboutDialog.h"
#include "AppSettings.h"
#include "AsyncStore.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "LiaisonDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MeetingInfoDialog.h"
#include "ReaderTabs.h"
#include "Report.h"
#include "ReportWindow.h"
#include "SearchController.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "Translators.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

using namespace Plenary;

// What a screen reader and a keyboard user meet in the main window: every
// control has a name, every menu entry an accelerator of its own. Run a
// second time at 200% (QT_SCALE_FACTOR=2, see CMakeLists.txt).
class TestAccessibility : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Window {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<AsyncStore> store;
        std::unique_ptr<MainWindow> window;
    };

    Window open(const QString &name) {
        Window w;
        w.settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")),
                                                 QSettings::IniFormat);
        w.store = std::make_unique<AsyncStore>(DataPaths::at(m_dir.filePath(name)));
        w.window = std::make_unique<MainWindow>(w.store.get(), w.settings.get());
        QSignalSpy shown(w.window.get(), &MainWindow::meetingShown);
        w.window->resize(1280, 800);
        w.window->show();
        if (!shown.wait(30000))
            w.window.reset();
        return w;
    }

    static void useLanguage(const QString &language) {
        PlenaryTest::removeTranslators();
        installTranslators(qApp, language);
    }

    // Parts of Qt's composite widgets (a spin box's line edit, a scroll
    // area's bars, a dock's title buttons) are named by Qt or reached
    // through their owner.
    static bool isPartOfAComposite(QWidget *w) {
        if (w->objectName().startsWith(QLatin1String("qt_")))
            return true;
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) ||
                qobject_cast<QLineEdit *>(p) || qobject_cast<QTabBar *>(p) ||
                qobject_cast<QHeaderView *>(p))
                return true;
        return qobject_cast<QScrollBar *>(w) || qobject_cast<QHeaderView *>(w);
    }

    static bool isControl(QWidget *w) {
        return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
               qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
               qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTabBar *>(w) ||
               qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w);
    }

    static QStringList unnamedControls(QWidget *top) {
        QStringList unnamed;
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(top) || !isControl(w) || isPartOfAComposite(w))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                    w->objectName(),
                                    w->parentWidget()
                                        ? QString::fromLatin1(
                                              w->parentWidget()->metaObject()->className())
                                        : QString());
        }
        return unnamed;
    }

    static void checkMenu(QMenu *menu, const QString &path, QStringList *problems) {
        QHash<QChar, QString> used;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString text = a->text();
            // Entries named by the meeting's data (its working groups and
            // liaison statements) are reached with the arrow keys.
            static const QRegularExpression named(QStringLiteral("^(WG\\d|LS[-/])"));
            if (named.match(text).hasMatch())
                continue;
            const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (amp < 0) {
                *problems << QStringLiteral("%1 > %2: no accelerator").arg(path, text);
            } else {
                const QChar key = text.at(amp + 1).toLower();
                if (used.contains(key))
                    *problems << QStringLiteral("%1: \"%2\" and \"%3\" share &%4")
                                     .arg(path, used.value(key), text, key);
                used.insert(key, text);
            }
            if (a->menu())
                checkMenu(a->menu(), path + QStringLiteral(" > ") + text, problems);
        }
    }

private Q_SLOTS:
    void initTestCase() { useLanguage(QStringLiteral("en")); }

    void everyControlHasAName() {
        Window w = open(QStringLiteral("names"));
        QVERIFY(w.window);
        MainWindow &window = *w.window;
        // Everything on screen at once: a document open, all docks shown.
        QSignalSpy opened(window.readers(), &ReaderTabs::documentShown);
        window.openDocumentAt(window.filterModel()->index(0, 0));
        QVERIFY(opened.wait(10000));
        window.readers()->setCurrentIndex(0);
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        QTest::qWait(100);
        QStringList unnamed = unnamedControls(&window);
        window.readers()->setCurrentIndex(1); // the reader's own controls
        QTest::qWait(100);
        unnamed << unnamedControls(window.readers()->currentWidget());
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void dialogsNameTheirControls() {
        QSettings ini(m_dir.filePath(QStringLiteral("dialogs.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(m_dir.filePath(QStringLiteral("dialogs"))));
        QSignalSpy loaded(&store, &AsyncStore::meetingLoaded);
        store.openCurrentMeeting();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        const auto meeting = loaded.first().first().value<MeetingData>();
        AppSettings settings(&ini);
        settings.rememberServer({QStringLiteral("https://ifa.itu.int:443"), QStringLiteral("me")});

        std::vector<std::unique_ptr<QWidget>> windows;
        windows.emplace_back(new SettingsDialog(&settings, &store, QStringLiteral("/data")));
        windows.emplace_back(new LiaisonDialog(meeting, LiaisonStatement{}));
        windows.emplace_back(new MeetingInfoDialog(meeting));
        windows.emplace_back(new AboutDialog(store.paths()));
        windows.emplace_back(
            new LoginDialog(QUrl(QStringLiteral("https://ifa.itu.int/")), QStringLiteral("401")));
        windows.emplace_back(new ReportWindow(&store, Report::meetingId()));
        QStringList unnamed;
        for (auto &w : windows) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.get()));
            // Each page of a tabbed dialog.
            const auto tabs = w->findChildren<QTabWidget *>();
            for (QTabWidget *t : tabs)
                for (int i = 0; i < t->count(); ++i) {
                    t->setCurrentIndex(i);
                    unnamed << unnamedControls(w.get());
                }
            unnamed << unnamedControls(w.get());
            w->hide();
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void everyMenuEntryHasItsOwnAccelerator_data() {
        QTest::addColumn<QString>("language");
        for (const char *l : {"en", "ar", "es", "fr", "ru", "zh_CN"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void everyMenuEntryHasItsOwnAccelerator() {
        QFETCH(QString, language);
        useLanguage(language);
        Window w = open(QStringLiteral("menus-") + language);
        QVERIFY(w.window);
        QStringList problems;
        QHash<QChar, QString> bar;
        for (QAction *top : w.window->menuBar()->actions()) {
            const QString text = top->text();
            const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (amp < 0)
                problems << QStringLiteral("menu bar: %1 has no accelerator").arg(text);
            else if (const QChar k = text.at(amp + 1).toLower(); bar.contains(k))
                problems
                    << QStringLiteral("menu bar: %1 and %2 share &%3").arg(bar.value(k), text, k);
            else
                bar.insert(k, text);
            checkMenu(top->menu(), text, &problems);
        }
        // The File menu as a user sees it, to look at in each language.
        if (const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QMenu *file = w.window->menuBar()->actions().constFirst()->menu();
            file->popup(w.window->mapToGlobal(QPoint(0, w.window->menuBar()->height())));
            QTest::qWait(200);
            file->grab().save(dir + QStringLiteral("/file-menu-%1.png").arg(language));
            file->hide();
        }
        useLanguage(QStringLiteral("en"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    void textIsNotClippedAtAnyScale() {
        Window w = open(QStringLiteral("scale"));
        QVERIFY(w.window);
        MainWindow &window = *w.window;
        if (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2)
            QCOMPARE(window.devicePixelRatio(), 2.0);
        QStringList clipped;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->isVisibleTo(&window) || label->text().isEmpty() || label->wordWrap())
                continue;
            // Elided or cut-off single lines are a layout bug; only height is
            // checked (long titles may be narrowed on purpose).
            if (label->height() < label->fontMetrics().height())
                clipped << QStringLiteral("%1: %2 < %3")
                               .arg(label->objectName())
                               .arg(label->height())
                               .arg(label->fontMetrics().height());
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
        QVERIFY(window.menuBar()->height() >= window.menuBar()->fontMetrics().height());
        if (const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300);
            window.grab().save(
                dir + QStringLiteral("/plenary-scale-%1.png")
                          .arg(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
