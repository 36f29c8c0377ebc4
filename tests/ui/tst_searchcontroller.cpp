// Search in the main window, offscreen: the index is brought up to date when
// the meeting opens, Ctrl+Shift+F shows the Search dock, a query lists its
// hits, and a hit opens its document at the page with the words found. An
// office document opens as LibreOffice's PDF of it, or is offered to the
// system's application where there is no LibreOffice.
#include "AsyncIndexer.h"
#include "AsyncStore.h"
#include "DemoMeeting.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "OfficeConverter.h"
#include "PdfReader.h"
#include "ReaderTabs.h"
#include "SearchController.h"
#include "SearchPanel.h"
#include "SearchResultModel.h"
#include "Store.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPdfSearchModel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Plenary;

namespace {
const QString kMid = QStringLiteral("fg-smart-1");

// FG-Smart-I-0013 as a word-processor file only (its PDF is not listed).
void makeOfficeDocument(const DataPaths &paths) {
    Store store(paths.databaseFile());
    QVERIFY(store.open());
    QString error;
    QVERIFY2(DemoMeeting::ensureCurrentMeeting(store, paths, &error), qPrintable(error));
    auto meeting = store.loadMeeting(kMid);
    QVERIFY(meeting);
    for (Document &d : meeting->documents)
        if (d.number == QLatin1String("FG-Smart-I-0013"))
            d.files = {{QStringLiteral("FG-Smart-I-0013.rtf"), -1, {}, {}}};
    QVERIFY(store.importMeeting(*meeting));
    QFile rtf(QDir(paths.documentsDir(kMid)).filePath(QStringLiteral("FG-Smart-I-0013.rtf")));
    QVERIFY(rtf.open(QIODevice::WriteOnly));
    rtf.write("{\\rtf1\\ansi Vehicle-to-grid: aggregators and zeppelins.\\par}");
}
} // namespace

// The main window on a meeting with an office document, shown and loaded.
struct OfficeWindow {
    QTemporaryDir dir;
    DataPaths paths = DataPaths::at(dir.path());
    QSettings settings{dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat};
    std::unique_ptr<AsyncStore> store;
    std::unique_ptr<MainWindow> w;

    bool open() {
        makeOfficeDocument(paths);
        if (QTest::currentTestFailed())
            return false;
        store = std::make_unique<AsyncStore>(paths);
        w = std::make_unique<MainWindow>(store.get(), &settings);
        QSignalSpy loaded(w.get(), &MainWindow::meetingShown);
        w->show();
        return loaded.wait(30000);
    }
};

class TestSearchController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void findAndOpenAtThePage() {
        qputenv("PLENARY_SOFFICE", "none");
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(dir.path()));
        MainWindow w(&store, &settings);
        SearchController *search = w.search();
        QSignalSpy indexed(search->indexer(), &AsyncIndexer::finished);
        w.resize(1400, 850);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Opening the meeting brings its index up to date by itself.
        QVERIFY(indexed.wait(60000));
        QCOMPARE(indexed.first().at(1).value<SearchIndexer::Result>().indexed, 36);
        QVERIFY2(search->panel()
                     ->findChild<QLabel *>(QStringLiteral("indexStatus"))
                     ->text()
                     .contains(QStringLiteral("36 files searchable")),
                 qPrintable(
                     search->panel()->findChild<QLabel *>(QStringLiteral("indexStatus"))->text()));

        QVERIFY(!search->dock()->isVisible());
        search->searchAction()->trigger();
        QVERIFY(search->dock()->isVisible());
        QLineEdit *query = search->panel()->queryField();
        QTRY_VERIFY(query->hasFocus());
        QTest::keyClicks(query, QStringLiteral("load-shedding events"));
        QTest::keyClick(query, Qt::Key_Return);
        QListView *results = search->panel()->resultView();
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, 10000);
        const QModelIndex top = results->model()->index(0, 0);
        QCOMPARE(top.data(SearchResultModel::NumberRole).toString(),
                 QStringLiteral("FG-Smart-I-0011"));
        QVERIFY(!top.data(SearchResultModel::TitleRole).toString().isEmpty());
        const int page = top.data(SearchResultModel::PageRole).toInt();
        const QString term = top.data(SearchResultModel::TermRole).toString();
        QVERIFY2(term.contains(QStringLiteral("load"), Qt::CaseInsensitive), qPrintable(term));
        QVERIFY(search->panel()
                    ->findChild<QLabel *>(QStringLiteral("searchSummary"))
                    ->text()
                    .contains(QStringLiteral("found")));
        if (const QString shots = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/search-panel.png"));

        // Down from the query goes to the hits, Enter opens the first one.
        QTest::keyClick(query, Qt::Key_Down);
        QVERIFY(results->hasFocus());
        QSignalSpy shown(w.readers(), &ReaderTabs::documentShown);
        QTest::keyClick(results, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        auto *reader = qobject_cast<PdfReader *>(w.readers()->currentWidget());
        QVERIFY(reader);
        QCOMPARE(w.readers()->tabText(w.readers()->currentIndex()),
                 QStringLiteral("FG-Smart-I-0011"));
        // The words are searched in the document, the hit on that page chosen.
        QCOMPARE(reader->searchModel()->searchString(), term);
        auto *hits = reader->findChild<QListView *>(QStringLiteral("pdfSearchHits"));
        QTRY_VERIFY_WITH_TIMEOUT(hits->currentIndex().isValid(), 10000);
        QCOMPARE(reader->searchModel()
                     ->index(hits->currentIndex().row(), 0)
                     .data(int(QPdfSearchModel::Role::Page))
                     .toInt(),
                 page - 1);
        QTRY_COMPARE(reader->currentPage(), page - 1);
        if (const QString shots = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            QTest::qWait(400);
            w.grab().save(shots + QStringLiteral("/search-hit-opened.png"));
        }

        // A query that finds nothing says so.
        query->setFocus();
        query->selectAll();
        QTest::keyClicks(query, QStringLiteral("zeppelin"));
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_VERIFY(search->panel()
                        ->findChild<QLabel *>(QStringLiteral("searchSummary"))
                        ->text()
                        .contains(QStringLiteral("Nothing found")));
        QCOMPARE(results->model()->rowCount(), 0);
    }

    void officeWithoutLibreOfficeIsOffered() {
        qputenv("PLENARY_SOFFICE", "none");
        OfficeWindow window;
        QVERIFY(window.open());
        MainWindow &w = *window.w;
        PlenaryTest::ModalAnswer answer(false); // Cancel: nothing is opened
        w.readers()->openDocument(QStringLiteral("FG-Smart-I-0013"), {});
        QTRY_VERIFY_WITH_TIMEOUT(!answer.text().isEmpty(), 10000);
        QVERIFY(answer.wasPlainText());
        const QString told = answer.text();
        QVERIFY2(told.contains(QStringLiteral("FG-Smart-I-0013.rtf is an office document")),
                 qPrintable(told));
        QVERIFY(told.contains(QStringLiteral("system's application")));
        QCOMPARE(w.readers()->count(), 1);
    }

    void officeThroughLibreOffice() {
        qunsetenv("PLENARY_SOFFICE");
        if (OfficeConverter::findProgram().isEmpty())
            QSKIP("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)");
        OfficeWindow window;
        QVERIFY(window.open());
        MainWindow &w = *window.w;
        AsyncStore &store = *window.store;
        QSignalSpy converting(&store, &AsyncStore::documentConverting);
        QSignalSpy shown(w.readers(), &ReaderTabs::documentShown);
        w.readers()->openDocument(QStringLiteral("FG-Smart-I-0013"), {});
        QVERIFY(shown.wait(120000));
        QCOMPARE(converting.size(), 1);
        auto *reader = qobject_cast<PdfReader *>(w.readers()->currentWidget());
        QVERIFY(reader);
        QVERIFY(w.readers()
                    ->tabToolTip(w.readers()->currentIndex())
                    .contains(QStringLiteral("LibreOffice")));
        QTRY_VERIFY(reader->pageCount() >= 1);

        // And the index reads it through the same PDF.
        QSignalSpy indexed(w.search()->indexer(), &AsyncIndexer::finished);
        w.search()->indexer()->update(kMid);
        QVERIFY(indexed.wait(120000));
        QSignalSpy found(&store, &AsyncStore::searchFinished);
        store.search(QStringLiteral("zeppelins"));
        // Emitted on the store's thread, maybe before a wait() would start.
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 10000);
        const auto hits = found.first().at(1).value<QList<SearchHit>>();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().path, QStringLiteral("FG-Smart-I-0013.rtf"));
    }
};

QTEST_MAIN(TestSearchController)
#include "tst_searchcontroller.moc"
