#include "AgendaModel.h"
#include "AsyncStore.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "DocumentTableView.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Plenary;

class TestMainWindow : public QObject {
    Q_OBJECT

    // PLENARY_SCREENSHOT_DIR=... saves what the tests see, for looking at.
    static void screenshot(QWidget *w, const QString &name) {
        const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
        QTest::qWait(50); // let pending layout requests run first
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void opensTheDemoMeeting() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(dir.path()));
        MainWindow window(&store, &settings);
        QAbstractItemModelTester agendaTester(
            window.agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(
            window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&window, &MainWindow::meetingShown);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(shown.wait(30000));

        QCOMPARE(window.agendaModel()->rowCount(), 15);
        QCOMPARE(window.agendaView()->model()->rowCount(), 15);
        QVERIFY(
            window.agendaView()->isExpanded(window.agendaModel()->indexForId(QStringLiteral("6"))));
        QCOMPARE(window.documentModel()->rowCount(), 36);
        QCOMPARE(window.filterModel()->rowCount(), 36);
        QVERIFY(window.windowTitle().contains(QStringLiteral("FG Smart")));
        QVERIFY(window.centralWidget()->isEnabled());
        const auto *title = window.findChild<QLabel *>(QStringLiteral("meetingTitle"));
        QCOMPARE(title->text(),
                 QStringLiteral("First meeting of the ITU-T Focus Group on Smart Grid"));
        QCOMPARE(title->textFormat(), Qt::PlainText);

        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menus,
                 QStringList({"File", "Edit", "View", "Meeting", "Reports", "Settings", "Help"}));
        screenshot(&window, QStringLiteral("mainwindow-1280x800"));

        // Choosing agenda item 6 shows the documents of 6 and its sub-items.
        window.selectAgendaItem(QStringLiteral("6"));
        QCOMPARE(window.filterModel()->rowCount(), 3);
        const auto *scope = window.findChild<QLabel *>(QStringLiteral("scopeLabel"));
        QVERIFY2(scope->text().startsWith(QStringLiteral("Item 6: Organizational issues")),
                 qPrintable(scope->text()));
        window.selectAgendaItem({});
        QCOMPARE(window.filterModel()->rowCount(), 36);

        // The quick filter narrows the table as one types.
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("use case"));
        QVERIFY(window.filterModel()->rowCount() >= 4 && window.filterModel()->rowCount() < 36);
        filter->clear();

        // Selecting a row shows its details.
        window.documentView()->setFocus();
        window.documentView()->setCurrentIndex(window.filterModel()->index(10, 0));
        const auto *number = window.findChild<QLabel *>(QStringLiteral("detailsNumber"));
        QVERIFY(number->isVisible());
        QCOMPARE(number->text(), window.filterModel()->index(10, 0).data().toString());
        // Keyboard: Down moves to the next document.
        QTest::keyClick(window.documentView(), Qt::Key_Down);
        QCOMPARE(number->text(), window.filterModel()->index(11, 0).data().toString());

        // The header's menu shows and hides columns; the number stays.
        QMenu *columns = window.documentView()->columnMenu();
        QCOMPARE(columns->actions().size(), int(DocumentTableModel::ColumnCount));
        QVERIFY(!columns->actions().at(DocumentTableModel::NumberColumn)->isEnabled());
        QAction *source = columns->actions().at(DocumentTableModel::SourceColumn);
        QVERIFY(source->isChecked());
        source->toggle();
        QVERIFY(window.documentView()->isColumnHidden(DocumentTableModel::SourceColumn));
        source->toggle();
        QVERIFY(!window.documentView()->isColumnHidden(DocumentTableModel::SourceColumn));
        delete columns;

        // The status bar counts documents and late ones, in real English.
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        bool counted = false;
        for (const QLabel *l : labels)
            counted |= l->text() == QStringLiteral("36 documents  \u00b7  4 received late");
        QVERIFY(counted);
    }

    void remembersGeometryAndSplitters() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("plenary.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            AsyncStore store(DataPaths::at(dir.path()));
            MainWindow window(&store, &settings);
            QSignalSpy shown(&window, &MainWindow::meetingShown);
            window.resize(720,
                          520); // inside the offscreen screen (800x600): restoreGeometry() clamps
            window.show();
            QVERIFY(shown.wait(30000));
            window.close();
        }
        QSettings check(ini, QSettings::IniFormat);
        QVERIFY(!check.value(QStringLiteral("MainWindow/geometry")).toByteArray().isEmpty());
        QVERIFY(!check.value(QStringLiteral("MainWindow/mainSplitter")).toByteArray().isEmpty());
        QVERIFY(!check.value(QStringLiteral("MainWindow/documentHeader")).toByteArray().isEmpty());
        {
            QSettings settings(ini, QSettings::IniFormat);
            AsyncStore store(DataPaths::at(dir.path()));
            MainWindow window(&store, &settings);
            QCOMPARE(window.size(), QSize(720, 520));
        }
    }

    void largeScreenAndDialogs() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(dir.path()));
        MainWindow window(&store, &settings);
        QSignalSpy shown(&window, &MainWindow::meetingShown);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(shown.wait(30000));
        window.selectAgendaItem(QStringLiteral("8"));
        window.documentView()->setCurrentIndex(window.filterModel()->index(4, 0));
        screenshot(&window, QStringLiteral("mainwindow-1920x1080"));

        window.showAbout();
        auto *about = window.findChild<QDialog *>();
        QVERIFY(about);
        QVERIFY(QTest::qWaitForWindowExposed(about));
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("featureLine")));
        screenshot(about, QStringLiteral("about"));
        about->close();
        QApplication::processEvents();

        window.showMeetingInfo();
        QDialog *info = nullptr;
        for (QDialog *d : window.findChildren<QDialog *>())
            if (d->windowTitle() == QStringLiteral("Meeting Information"))
                info = d;
        QVERIFY(info);
        QVERIFY(QTest::qWaitForWindowExposed(info));
        bool sawChair = false;
        for (const QLabel *l : info->findChildren<QLabel *>())
            sawChair |= l->text() == QStringLiteral("Les Brown (Lantiq, Germany)");
        QVERIFY(sawChair);
        screenshot(info, QStringLiteral("meeting-info"));
        info->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
