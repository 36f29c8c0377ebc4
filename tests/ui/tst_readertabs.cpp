// Reading from the library, offscreen: a document opens in its own tab
// (once), where it was left last time; a document without a local copy
// says so; the library tab stays.
#include "AsyncStore.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "PdfReader.h"
#include "ReaderTabs.h"
#include "SimplePdf.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Plenary;

namespace {
QModelIndex rowOf(MainWindow &w, const QString &number) {
    return w.filterModel()->mapFromSource(
        w.documentModel()->index(w.documentModel()->rowOf(number), 0));
}
} // namespace

class TestReaderTabs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void documentsOpenInTabsWhereTheyWereLeft() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        const DataPaths paths = DataPaths::at(dir.path());
        AsyncStore store(paths);
        MainWindow w(&store, &settings);
        QSignalSpy shown(&w, &MainWindow::meetingShown);
        w.resize(1280, 800);
        w.show();
        QVERIFY(shown.wait(30000));
        ReaderTabs *tabs = w.readers();
        QCOMPARE(tabs->count(), 1);
        QVERIFY(!tabs->tabBar()->tabButton(0, QTabBar::RightSide)); // the library stays

        // A longer version of FG-Smart-I-0013 arrives.
        SimplePdf pdf;
        pdf.add(SimplePdf::Style::Title, QStringLiteral("FG-Smart-I-0013"));
        QString filler;
        for (int i = 0; i < 200; ++i)
            filler += QStringLiteral("Line %1.\n").arg(i);
        pdf.add(SimplePdf::Style::Body, filler);
        QFile f(QDir(paths.documentsDir(QStringLiteral("fg-smart-1")))
                    .filePath(QStringLiteral("FG-Smart-I-0013.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf.render());
        f.close();

        QSignalSpy opened(tabs, &ReaderTabs::documentShown);
        w.openDocumentAt(rowOf(w, QStringLiteral("FG-Smart-I-0012")));
        QVERIFY(opened.wait(10000));
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("FG-Smart-I-0012"));
        QVERIFY(tabs->tabToolTip(1).startsWith(QStringLiteral("Use case: electric vehicle")));
        QVERIFY(qobject_cast<PdfReader *>(tabs->currentWidget()));
        if (const QString shots = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            QTest::qWait(400); // pages render in the background
            w.grab().save(shots + QStringLiteral("/reader-tab.png"));
        }
        // Asked again: the same tab, not a second one.
        tabs->setCurrentIndex(0);
        QCOMPARE(w.filterModel()->rowCount(), 36); // back in the library, nothing filtered
        w.openDocumentAt(rowOf(w, QStringLiteral("FG-Smart-I-0012")));
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 1);

        // Read to page 3 of the long one, close it, open it again: page 3.
        opened.clear();
        w.openDocumentAt(rowOf(w, QStringLiteral("FG-Smart-I-0013")));
        QVERIFY(opened.wait(10000));
        auto *reader = qobject_cast<PdfReader *>(tabs->currentWidget());
        QVERIFY(reader);
        QTRY_VERIFY(reader->pageCount() >= 3);
        QCOMPARE(reader->currentPage(), 0);
        reader->goToPage(2);
        QTRY_COMPARE(reader->currentPage(), 2);
        tabs->closeCurrentDocument();
        QCOMPARE(tabs->count(), 2);
        opened.clear();
        w.openDocumentAt(rowOf(w, QStringLiteral("FG-Smart-I-0013")));
        QVERIFY(opened.wait(10000));
        reader = qobject_cast<PdfReader *>(tabs->currentWidget());
        QTRY_COMPARE(reader->currentPage(), 2);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("where you left it")));

        // No local copy: said plainly, no tab.
        QVERIFY(QFile::remove(QDir(paths.documentsDir(QStringLiteral("fg-smart-1")))
                                  .filePath(QStringLiteral("FG-Smart-I-0015.pdf"))));
        PlenaryTest::ModalAnswer answer;
        const int before = tabs->count();
        w.openDocumentAt(rowOf(w, QStringLiteral("FG-Smart-I-0015")));
        QTRY_VERIFY_WITH_TIMEOUT(!answer.text().isEmpty(), 10000);
        QVERIFY(answer.wasPlainText());
        const QString told = answer.text();
        QVERIFY2(told.contains(QStringLiteral("FG-Smart-I-0015 has no local copy yet")),
                 qPrintable(told));
        QCOMPARE(tabs->count(), before);
        tabs->setCurrentIndex(0);
        tabs->closeCurrentDocument(); // the library: nothing happens
        QCOMPARE(tabs->count(), before);
    }
};

QTEST_MAIN(TestReaderTabs)
#include "tst_readertabs.moc"
