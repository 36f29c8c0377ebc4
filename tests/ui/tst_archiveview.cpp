// Archives in the reader, offscreen: a document that came as a ZIP opens as
// the list of its files, refused ones with their reason; a PDF and a text
// file inside open in tabs of their own; a refused one cannot be opened.
#include "ArchiveView.h"
#include "AsyncStore.h"
#include "DemoMeeting.h"
#include "MainWindow.h"
#include "PdfReader.h"
#include "ReaderTabs.h"
#include "SimplePdf.h"
#include "Store.h"
#include "TextReader.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <zip.h>

using namespace Plenary;

namespace {
const QString kMid = QStringLiteral("fg-smart-1");

bool makeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries) {
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return false;
    for (const auto &[name, data] : entries) {
        zip_source_t *src = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        if (zip_file_add(z, name.constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &name) {
    const auto found = tree->findItems(name, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}
} // namespace

class TestArchiveView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void membersOpenInTabs() {
        QTemporaryDir dir;
        const DataPaths paths = DataPaths::at(dir.path());
        {
            // FG-Smart-I-0014 came as a ZIP only.
            Store store(paths.databaseFile());
            QVERIFY(store.open());
            QString error;
            QVERIFY2(DemoMeeting::ensureCurrentMeeting(store, paths, &error), qPrintable(error));
            auto meeting = store.loadMeeting(kMid);
            for (Document &d : meeting->documents)
                if (d.number == QLatin1String("FG-Smart-I-0014"))
                    d.files = {{QStringLiteral("FG-Smart-I-0014.zip"), -1, {}, {}}};
            QVERIFY(store.importMeeting(*meeting));
            SimplePdf pdf;
            pdf.add(SimplePdf::Style::Title, QStringLiteral("Annex A: reference model"));
            QVERIFY(makeZip(
                QDir(paths.documentsDir(kMid)).filePath(QStringLiteral("FG-Smart-I-0014.zip")),
                {{"FG-Smart-I-0014/annex-a.pdf", pdf.render()},
                 {"FG-Smart-I-0014/model.asn", "Model DEFINITIONS ::= BEGIN END\n"},
                 {"../../outside.txt", "x"}}));
        }
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(paths);
        MainWindow w(&store, &settings);
        QSignalSpy loaded(&w, &MainWindow::meetingShown);
        w.resize(1200, 800);
        w.show();
        QVERIFY(loaded.wait(30000));
        ReaderTabs *tabs = w.readers();
        QSignalSpy shown(tabs, &ReaderTabs::documentShown);
        tabs->openDocument(QStringLiteral("FG-Smart-I-0014"), QStringLiteral("Reference model"));
        QVERIFY(shown.wait(10000));
        auto *archive = qobject_cast<ArchiveView *>(tabs->currentWidget());
        QVERIFY(archive);
        QTreeWidget *tree = archive->tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *outside = itemNamed(tree, QStringLiteral("../../outside.txt"));
        QVERIFY(outside);
        QVERIFY2(outside->text(2).contains(QStringLiteral("leaves the archive's folder")),
                 qPrintable(outside->text(2)));
        if (const QString shots = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/archive-view.png"));

        // The PDF inside: its own tab.
        shown.clear();
        tree->setCurrentItem(itemNamed(tree, QStringLiteral("FG-Smart-I-0014/annex-a.pdf")));
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        auto *pdf = qobject_cast<PdfReader *>(tabs->currentWidget());
        QVERIFY(pdf);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("annex-a.pdf"));
        QVERIFY(tabs->tabToolTip(tabs->currentIndex())
                    .contains(QStringLiteral("In the archive: FG-Smart-I-0014/annex-a.pdf")));
        QTRY_COMPARE(pdf->pageCount(), 1);
        // Extracted into the cache, never beside the documents.
        QVERIFY(!QFile::exists(
            QDir(paths.documentsDir(kMid)).filePath(QStringLiteral("FG-Smart-I-0014"))));

        // The text file, highlighted like any other.
        tabs->setCurrentWidget(archive);
        shown.clear();
        tree->setCurrentItem(itemNamed(tree, QStringLiteral("FG-Smart-I-0014/model.asn")));
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        auto *text = qobject_cast<TextReader *>(tabs->currentWidget());
        QVERIFY(text);
        QVERIFY(text->editor()->toPlainText().startsWith(QStringLiteral("Model DEFINITIONS")));
        const int open = tabs->count();

        // The refused one: nothing happens, nothing is written.
        tabs->setCurrentWidget(archive);
        tree->setCurrentItem(outside);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(!shown.wait(500));
        QCOMPARE(tabs->count(), open);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("outside.txt"))));
        QVERIFY(!QFile::exists(QDir(paths.cacheDir()).filePath(QStringLiteral("outside.txt"))));
    }
};

QTEST_MAIN(TestArchiveView)
#include "tst_archiveview.moc"
